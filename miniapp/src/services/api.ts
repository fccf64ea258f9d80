import type { DemoLoginRequest, LoginResponse, MeResponse } from '@app/shared/api';
import type { Role } from '@app/shared/enums';
import { request } from './request';

/** Typed calls to the server; request and response types come from @app/shared/api. */
export const api = {
  demoLogin: (role: Role) =>
    request<LoginResponse>('POST', '/auth/demo', {
      body: { role } satisfies DemoLoginRequest,
      auth: false,
    }),
  wechatLogin: (code: string) =>
    request<LoginResponse>('POST', '/auth/wechat', { body: { code }, auth: false }),
  getMe: () => request<MeResponse>('GET', '/me'),
};
