import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { LoginResponse } from '@app/shared/api';
import { showError } from '../services/api-error';
import { saveLogin } from '../services/auth-store';

/**
 * Runs one way of logging in (WeChat, demo role): stores the tokens and the user, then opens the home
 * tab. Ignores taps while a login is under way and shows a failure's Chinese message.
 */
export function useLogin(): {
  busy: boolean;
  logIn: (login: () => Promise<LoginResponse>) => void;
} {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const logIn = useCallback((login: () => Promise<LoginResponse>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    void (async () => {
      try {
        saveLogin(await login());
        await Taro.switchTab({ url: '/pages/index/index' });
      } catch (error) {
        showError(error);
      } finally {
        running.current = false;
        setBusy(false);
      }
    })();
  }, []);
  return { busy, logIn };
}
