import type { CandidateRecommendationView, JobFairView, RecommendationView } from '@app/shared/api';
import { WORKER } from './fixtures';
import { JOB, SPECIAL_JOB } from './job-fixtures';

/** An employer's staff member (employer e1, the one that posted JOB). */
export const EMPLOYER_USER = { ...WORKER, roles: ['employer' as const], employerId: 'e1' };

export function recommendation(overrides: Partial<RecommendationView> = {}): RecommendationView {
  return {
    id: 'r1',
    job: JOB,
    score: 80,
    reasons: ['你已取得 缝纫工 五级/初级工证书', '岗位在福绵区，离你住的地方近'],
    createdAt: '2026-11-21T02:00:00.000Z',
    pushedAt: '2026-11-21T02:00:00.000Z',
    seenAt: null,
    appliedAt: null,
    ...overrides,
  };
}

export function candidate(
  overrides: Partial<CandidateRecommendationView> = {},
): CandidateRecommendationView {
  return {
    candidate: {
      workerId: 'u1',
      name: '黄**',
      phone: null,
      countyName: '福绵区',
      certificates: [{ occupationName: '缝纫工', type: '职业技能等级认定', level: 5 }],
      skills: ['缝纫', '熨烫'],
    },
    score: 70,
    reasons: ['已取得 缝纫工 五级/初级工证书', '住在福绵区，离岗位近'],
    applied: false,
    invitation: null,
    ...overrides,
  };
}

export const FAIR: JobFairView = {
  id: 'f1',
  title: '福绵裁缝专场招聘会',
  regionCode: '450903',
  regionName: '福绵区',
  date: '2099-12-10',
  place: '福绵区人力资源市场',
  brandCodes: ['fumian-tailor'],
  brandNames: ['福绵裁缝'],
  jobs: [SPECIAL_JOB],
  createdAt: '2026-11-22T02:00:00.000Z',
};
