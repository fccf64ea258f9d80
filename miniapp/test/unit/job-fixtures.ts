import type { ApplicationView, JobInvitationView, JobView } from '@app/shared/api';

/** An open job of employer e1 (玉林福绵服装有限公司). */
export const JOB: JobView = {
  id: 'j1',
  employerId: 'e1',
  employerName: '玉林福绵服装有限公司',
  title: '牛仔服装车位工',
  brandCode: 'fumian-tailor',
  brandName: '福绵裁缝',
  occupationCode: 'sewing-worker',
  occupationName: '缝纫工',
  regionCode: '450903',
  regionName: '福绵区',
  address: '福绵镇服装产业园8号',
  salaryMin: 4500,
  salaryMax: 6000,
  headcount: 10,
  hires: 2,
  requiredCertificate: { type: '职业技能等级认定', minLevel: 5 },
  acceptsTrainees: true,
  accommodation: true,
  meals: true,
  workingHours: '8:00–17:30，月休4天',
  description: '计件工资，熟手月入6000以上',
  closesOn: '2099-12-31',
  status: 'open',
  openedAt: '2026-11-20T02:00:00.000Z',
  closedAt: null,
  createdAt: '2026-11-19T02:00:00.000Z',
};

export const SPECIAL_JOB: JobView = {
  ...JOB,
  id: 'j2',
  title: '服装熨烫工',
  brandCode: null,
  brandName: null,
  salaryMin: 3500,
  salaryMax: 3500,
  requiredCertificate: { type: '专项职业能力考核', minLevel: null },
  acceptsTrainees: false,
  accommodation: false,
  meals: false,
};

export function application(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'a1',
    jobId: JOB.id,
    job: JOB,
    status: 'applied',
    interviewAt: null,
    interviewPlace: null,
    note: null,
    candidate: {
      workerId: 'u1',
      name: '黄秀梅',
      phone: '13800000001',
      countyName: '福绵区',
      certificates: [{ occupationName: '缝纫工', type: '职业技能等级认定', level: 4 }],
      skills: ['缝纫', '熨烫'],
    },
    timeline: [{ status: 'applied', at: '2026-11-21T02:00:00.000Z', note: null }],
    createdAt: '2026-11-21T02:00:00.000Z',
    ...overrides,
  };
}

/** Employer e1's invitation to worker u1 to apply to JOB, not answered yet. */
export function invitation(overrides: Partial<JobInvitationView> = {}): JobInvitationView {
  return {
    id: 'i1',
    jobId: JOB.id,
    workerId: 'u1',
    status: 'pending',
    message: '看了你的证书，欢迎来厂里看看',
    createdAt: '2026-11-24T02:00:00.000Z',
    respondedAt: null,
    job: JOB,
    ...overrides,
  };
}
