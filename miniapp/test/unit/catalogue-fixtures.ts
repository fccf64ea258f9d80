import Taro from '@tarojs/taro';
import type {
  BrandDetail,
  BrandListItem,
  CourseView,
  OccupationView,
  SessionDetail,
  SessionListItem,
  ProviderView,
} from '@app/shared/api';
import { ok } from './fixtures';

export const BRAND_FUMIAN: BrandListItem = {
  code: 'fumian-tailor',
  name: '福绵裁缝',
  regionCode: '450903',
  regionName: '福绵区',
  level: 'county',
  series: '八桂系列',
  industry: '纺织服装',
  type: '高端技能型',
  stage: '成长期',
  summary: '福绵是全国有名的服装加工基地。',
  coverUrl: null,
  archived: false,
};

export const BRAND_JIAZHENG: BrandListItem = {
  ...BRAND_FUMIAN,
  code: 'bagui-jiazheng',
  name: '八桂家政',
  regionCode: '450900',
  regionName: '玉林市',
  level: 'municipal',
  industry: '家政服务',
  type: '高品质服务型',
  summary: '八桂家政培养月嫂、育婴员和养老护理员。',
  coverUrl: 'https://cdn.test/bagui-jiazheng.jpg',
};

export const SESSION: SessionListItem = {
  id: 's1',
  title: '福绵裁缝12月班',
  brandCode: 'fumian-tailor',
  brandName: '福绵裁缝',
  occupationCode: 'sewing-worker',
  occupationName: '缝纫工',
  providerName: '福绵职业技能培训学校',
  regionCode: '450903',
  regionName: '福绵区',
  address: '福绵镇服装产业园3号楼',
  startDate: '2026-12-07',
  endDate: '2026-12-18',
  enrolOpensAt: '2026-11-20',
  enrolClosesAt: '2026-12-05',
  capacity: 40,
  seatsLeft: 12,
  subsidised: true,
  status: 'scheduled',
};

export const FULL_SESSION: SessionListItem = {
  ...SESSION,
  id: 's2',
  title: '玉州区家政1月班',
  brandCode: 'bagui-jiazheng',
  brandName: '八桂家政',
  regionCode: '450902',
  regionName: '玉州区',
  seatsLeft: 0,
  subsidised: false,
};

export const SESSION_DETAIL: SessionDetail = {
  ...SESSION,
  courseId: 'c1',
  providerId: 'p1',
  hours: 80,
  certificateType: '职业技能等级认定',
  certificateLevel: 5,
  latitude: 22.58,
  longitude: 110.05,
  minAttendanceRate: 0.8,
  geofenceRadiusMeters: null,
  description: '从认识缝纫机开始，学会平车、包缝和整件成衣。',
  lessons: [
    // Stored in UTC; shown in China time (+08:00): 12-08 14:00–17:00, then 12-07 09:00–12:00.
    {
      id: 'l2',
      startsAt: '2026-12-08T06:00:00.000Z',
      endsAt: '2026-12-08T09:00:00.000Z',
      topic: '包缝机',
    },
    {
      id: 'l1',
      startsAt: '2026-12-07T01:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      topic: '认识平车',
    },
  ],
};

export const OCCUPATION: OccupationView = {
  code: 'sewing-worker',
  name: '缝纫工',
  certificateType: '职业技能等级认定',
  maxLevel: 3,
  subsidised: true,
  subsidyAmount: 1200,
  effectiveFrom: '2022-01-01',
  effectiveTo: '2025-12-31',
  brandCodes: ['fumian-tailor'],
};

export const SPECIAL_OCCUPATION: OccupationView = {
  ...OCCUPATION,
  code: 'garment-ironing',
  name: '服装熨烫',
  certificateType: '专项职业能力考核',
  maxLevel: null,
  subsidyAmount: null,
};

export const BRAND_DETAIL: BrandDetail = {
  ...BRAND_FUMIAN,
  aliases: ['福绵服装'],
  extraRegionCodes: [],
  story: '福绵区有上千家服装企业。\n裁缝手艺代代相传。',
  occupations: [OCCUPATION, SPECIAL_OCCUPATION],
  targets: [
    {
      periodEnd: '2025-12-31',
      trainingTarget: 10000,
      employmentTarget: 15000,
      trainingDone: 0,
      employmentDone: 0,
    },
  ],
  affiliates: [
    {
      id: 'a1',
      kind: 'training_base',
      name: '福绵服装职业技能培训基地',
      regionCode: '450903',
      regionName: '福绵区',
      description: '市级培训基地',
      isDemo: false,
    },
    {
      id: 'a2',
      kind: 'leading_enterprise',
      name: '示例服装有限公司',
      regionCode: '450903',
      regionName: '福绵区',
      description: '',
      isDemo: true,
    },
  ],
  // open for sign-up whenever the tests run (the card says 报名已截止 once the window has passed)
  upcomingSessions: [{ ...SESSION, enrolClosesAt: '2099-12-31' }],
};

export const COURSE: CourseView = {
  id: 'c1',
  providerId: 'p1',
  providerName: '福绵职业技能培训学校',
  brandCode: 'fumian-tailor',
  brandName: '福绵裁缝',
  occupationCode: 'sewing-worker',
  occupationName: '缝纫工',
  title: '缝纫工（初级）培训',
  hours: 80,
  certificateType: '职业技能等级认定',
  certificateLevel: 5,
  description: '',
  archived: false,
};

export const PROVIDER: ProviderView = {
  id: 'p1',
  kind: 'training_agency',
  name: '福绵职业技能培训学校',
  creditCode: '52450903MJX000000X',
  regionCode: '450903',
  regionName: '福绵区',
  address: '福绵镇',
  contactName: '李校长',
  contactPhone: '13900000003',
  description: '',
  status: 'verified',
  rejectReason: null,
  reviewedAt: '2026-11-21T02:00:00.000Z',
  createdAt: '2026-11-20T02:00:00.000Z',
};

export const page = <T>(items: T[], total = items.length, pageNo = 1) =>
  ok({ items, total, page: pageNo, pageSize: 20 });

export interface SentRequest {
  url: string;
  method: string;
  header: Record<string, string>;
  data?: unknown;
}

/** The path and query of a sent request, decoded: '/sessions?regionCode=450900&pageSize=3'. */
export function pathOf(request: SentRequest): string {
  return decodeURIComponent(request.url.replace('https://api.test/api/v1', ''));
}

type Answer = { statusCode: number; data: unknown };

/**
 * Answers Taro.request by method and decoded path. A call the handler does not answer gets a 500
 * naming it, so the page shows that error and the test's expectations fail.
 */
export function serve(
  handler: (method: string, path: string, body: unknown) => Answer | undefined,
) {
  const mockRequest = Taro.request as unknown as jest.Mock;
  mockRequest.mockImplementation(async (option: SentRequest) => {
    const path = pathOf(option);
    return (
      handler(option.method, path, option.data) ?? {
        statusCode: 500,
        data: { code: 'INTERNAL', message: `测试没有准备：${option.method} ${path}` },
      }
    );
  });
}

/** Every request sent so far, as 'GET /brands?page=1&pageSize=20'. */
export function sentCalls(): string[] {
  const mockRequest = Taro.request as unknown as jest.Mock;
  return mockRequest.mock.calls.map((c) => `${c[0].method} ${pathOf(c[0])}`);
}

/** The requests sent with this method, in order. */
export function sentWith(method: string): SentRequest[] {
  const mockRequest = Taro.request as unknown as jest.Mock;
  return mockRequest.mock.calls.map((c) => c[0] as SentRequest).filter((o) => o.method === method);
}
