import Taro, { useDidShow } from '@tarojs/taro';
import { getAccessToken } from '../services/auth-store';

/** Sends a visitor without a token to the login page. */
export function useRequireLogin(): boolean {
  const loggedIn = getAccessToken() !== null;
  useDidShow(() => {
    if (getAccessToken() === null) void Taro.reLaunch({ url: '/pages/login/index' });
  });
  return loggedIn;
}
