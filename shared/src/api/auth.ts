import type { ProviderMemberRole, Role, UserStatus } from '../enums';

export interface UserSummary {
  id: string;
  displayName: string;
  roles: Role[];
  status: UserStatus;
  /** 手机号，已脱敏（138****1234）。 */
  phoneMasked: string | null;
  /** 管理员的管辖区划代码（GB/T 2260）；其他角色为 null。 */
  regionCode: string | null;
  /** Whether a WeChat account is bound (login by WeChat works). */
  wechatBound: boolean;
  /** The employer this user acts for, if any. */
  employerId: string | null;
  /** The training provider this user trains for, if any, and their place in it. */
  providerId: string | null;
  providerRole: ProviderMemberRole | null;
  /** Whether the worker profile exists (a worker must complete it before enrolling). */
  hasWorkerProfile: boolean;
}

export interface DemoLoginRequest {
  role: Role;
}

/** `Taro.login` code. */
export interface WechatLoginRequest {
  code: string;
}

/** Code from the `getPhoneNumber` button. */
export interface WechatPhoneRequest {
  code: string;
}

export interface SmsSendRequest {
  phone: string;
}

export interface SmsSendResponse {
  /** Seconds before another code may be asked for this phone. */
  cooldownSeconds: number;
  /** Seconds the code stays valid. */
  expiresInSeconds: number;
}

export interface SmsLoginRequest {
  phone: string;
  /** Six digits. */
  code: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface LogoutRequest {
  refreshToken: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** accessToken 有效秒数。 */
  expiresIn: number;
}

export interface LoginResponse extends TokenPair {
  user: UserSummary;
  /** True when this login created the account. */
  isNewUser: boolean;
}

export interface MeResponse {
  user: UserSummary;
}

/**
 * Answer to binding the WeChat phone. When the phone belongs to an account a trainer or admin
 * registered for this worker (assisted sign-up, not yet claimed), the WeChat login moves to that
 * account: `login` then holds its tokens and the app must switch to them.
 */
export interface WechatPhoneResponse extends MeResponse {
  login: LoginResponse | null;
}
