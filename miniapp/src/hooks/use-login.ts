import { useCallback, useRef, useState } from 'react';
import type { LoginResponse } from '@app/shared/api';
import { errorMessage, showError } from '../services/api-error';
import { saveLogin } from '../services/auth-store';
import { goAfterLogin } from '../utils/navigation';

export interface LogInOptions {
  /** What happens after the login is stored; by default the worker's consent page or 我的. */
  next?: (login: LoginResponse) => unknown;
  /** Keep a failure's message in `error` (shown beside the form) instead of a toast. */
  inline?: boolean;
}

/**
 * Runs one way of logging in (WeChat, SMS, demo role): stores the tokens and the user, then moves
 * on. Ignores taps while a login is under way and shows a failure's Chinese message.
 */
export function useLogin(): {
  busy: boolean;
  error: string | null;
  logIn: (login: () => Promise<LoginResponse>, options?: LogInOptions) => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const logIn = useCallback((login: () => Promise<LoginResponse>, options: LogInOptions = {}) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const result = await login();
        saveLogin(result);
        await (options.next ?? ((r: LoginResponse) => goAfterLogin(r.user)))(result);
      } catch (e) {
        if (options.inline) setError(errorMessage(e));
        else showError(e);
      } finally {
        running.current = false;
        setBusy(false);
      }
    })();
  }, []);
  return { busy, error, logIn };
}
