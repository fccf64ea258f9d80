/** 重点群体 named by both plans; drives waitlist priority, recommendations and subsidy eligibility. */
export const PRIORITY_GROUPS = ['脱贫人口', '防止返贫监测对象', '农村低收入人口'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];
