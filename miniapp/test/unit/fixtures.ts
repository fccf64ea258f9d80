import type {
  EmployerView,
  LoginResponse,
  OrganisationListItem,
  UserSummary,
  WorkerProfileView,
} from '@app/shared/api';

export const WORKER: UserSummary = {
  id: 'u1',
  displayName: '黄秀梅',
  roles: ['worker'],
  status: 'active',
  phoneMasked: '138****0001',
  regionCode: null,
  wechatBound: false,
  employerId: null,
  providerId: null,
  providerRole: null,
  hasWorkerProfile: true,
};

export const WORKER_LOGIN: LoginResponse = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  expiresIn: 900,
  user: WORKER,
  isNewUser: false,
};

/** A phone that has just signed up by SMS: a worker with no profile yet. */
export const NEW_WORKER_LOGIN: LoginResponse = {
  accessToken: 'access-new',
  refreshToken: 'refresh-new',
  expiresIn: 900,
  user: { ...WORKER, id: 'u9', displayName: '用户0009', hasWorkerProfile: false },
  isNewUser: true,
};

export const ADMIN: UserSummary = {
  ...WORKER,
  id: 'a1',
  displayName: '玉林市人社局',
  roles: ['admin'],
  regionCode: '450900',
  hasWorkerProfile: false,
};

export const PROFILE: WorkerProfileView = {
  userId: 'u1',
  realName: '黄秀梅',
  idNumberMasked: '450903**********23',
  gender: 'female',
  birthDate: '1988-03-12',
  householdRegionCode: '450903',
  householdRegionName: '福绵区',
  currentRegionCode: '450902',
  currentRegionName: '玉州区',
  phoneMasked: '138****0001',
  education: '初中',
  skills: ['缝纫', '熨烫'],
  wantedBrands: ['福绵裁缝'],
  wantedRegionCodes: ['440111'],
  minMonthlySalary: 4000,
  priorityGroup: null,
  consentVersion: '2026-11-v1',
  consentAt: '2026-11-20T08:00:00.000Z',
  assisted: false,
  claimed: true,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};

export const EMPLOYER_VIEW: EmployerView = {
  id: 'e1',
  name: '玉林福绵服装有限公司',
  creditCode: '91450903MA5KXXXX0X',
  regionCode: '450903',
  regionName: '福绵区',
  address: '福绵镇服装产业园1号',
  contactName: '李经理',
  contactPhone: '13900000002',
  description: '',
  status: 'rejected',
  rejectReason: '营业执照名称与填写的不一致',
  reviewedAt: '2026-11-21T02:00:00.000Z',
  createdAt: '2026-11-20T02:00:00.000Z',
};

export const PENDING_EMPLOYER: OrganisationListItem = {
  id: 'e7',
  kind: 'employer',
  name: '博白县编织工艺厂',
  creditCode: '91450923MA5L000000',
  regionCode: '450923',
  regionName: '博白县',
  contactName: '陈厂长',
  contactPhone: '139****0007',
  providerKind: null,
  status: 'pending',
  rejectReason: null,
  reviewedAt: null,
  createdAt: '2026-11-22T01:30:00.000Z',
};

export const PENDING_PROVIDER: OrganisationListItem = {
  ...PENDING_EMPLOYER,
  id: 'p3',
  kind: 'provider',
  name: '玉林市八桂家政培训学校',
  providerKind: 'training_agency',
};

/** A 200 answer for the Taro.request mock. */
export const ok = (data: unknown) => ({ statusCode: 200, data });

/** An error answer in the API's one error shape. */
export const fail = (statusCode: number, code: string, message: string, details?: unknown) => ({
  statusCode,
  data: { code, message, details, requestId: 'req-test' },
});
