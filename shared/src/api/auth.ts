import type { Role, UserStatus } from '../enums';

export interface UserSummary {
  id: string;
  displayName: string;
  roles: Role[];
  status: UserStatus;
  /** 手机号，已脱敏（138****1234）。 */
  phoneMasked: string | null;
  /** 管理员的管辖区划代码（GB/T 2260）；其他角色为 null。 */
  regionCode: string | null;
}

export interface DemoLoginRequest {
  role: Role;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** accessToken 有效秒数。 */
  expiresIn: number;
}

export interface LoginResponse extends TokenPair {
  user: UserSummary;
}

export interface MeResponse {
  user: UserSummary;
}
