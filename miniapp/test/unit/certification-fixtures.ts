import type { CertificationView } from '@app/shared/api';

/** An application for a skills assessment as staff see it: 张三's first try at 缝纫工 初级工. */
export function certification(overrides: Partial<CertificationView>): CertificationView {
  return {
    id: 'c1',
    workerId: 'w1',
    workerName: '张三',
    sessionId: 's1',
    sessionTitle: '福绵裁缝12月班',
    providerName: '福绵职业技能培训学校',
    brandCode: 'fumian-tailor',
    occupationCode: 'sewing-worker',
    occupationName: '缝纫工',
    certificateType: '职业技能等级认定',
    level: 5,
    status: 'applied',
    appliedBy: 'provider',
    attempt: 1,
    scheduledAt: null,
    place: null,
    score: null,
    certificateNo: null,
    issuer: null,
    issuedOn: null,
    timeline: [],
    next: null,
    createdAt: '2026-12-19T02:00:00.000Z',
    ...overrides,
  };
}
