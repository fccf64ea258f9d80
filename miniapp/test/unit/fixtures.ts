import type { LoginResponse, UserSummary } from '@app/shared/api';

export const WORKER: UserSummary = {
  id: 'u1',
  displayName: '黄秀梅',
  roles: ['worker'],
  status: 'active',
  phoneMasked: '138****0001',
  regionCode: null,
};

export const WORKER_LOGIN: LoginResponse = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  expiresIn: 900,
  user: WORKER,
};
