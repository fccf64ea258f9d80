import Taro from '@tarojs/taro';
import type { LoginResponse, UserSummary } from '@app/shared/api';

/** The one place tokens and the signed-in user are kept (Taro storage: WeChat storage or localStorage). */
const KEYS = { access: 'lb.accessToken', refresh: 'lb.refreshToken', user: 'lb.user' } as const;

export function saveLogin(login: LoginResponse): void {
  Taro.setStorageSync(KEYS.access, login.accessToken);
  Taro.setStorageSync(KEYS.refresh, login.refreshToken);
  Taro.setStorageSync(KEYS.user, login.user);
}

export function saveUser(user: UserSummary): void {
  Taro.setStorageSync(KEYS.user, user);
}

export function getAccessToken(): string | null {
  const token: unknown = Taro.getStorageSync(KEYS.access);
  return typeof token === 'string' && token ? token : null;
}

export function getRefreshToken(): string | null {
  const token: unknown = Taro.getStorageSync(KEYS.refresh);
  return typeof token === 'string' && token ? token : null;
}

export function getStoredUser(): UserSummary | null {
  const user: unknown = Taro.getStorageSync(KEYS.user);
  return user && typeof user === 'object' ? (user as UserSummary) : null;
}

export function clearLogin(): void {
  Taro.removeStorageSync(KEYS.access);
  Taro.removeStorageSync(KEYS.refresh);
  Taro.removeStorageSync(KEYS.user);
}
