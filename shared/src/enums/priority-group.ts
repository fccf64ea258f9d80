/**
 * 重点群体 a worker may declare (sensitive personal information: asked with its own consent).
 * The first three are the groups both plans name for priority in waitlists and recommendations.
 */
export const PRIORITY_GROUPS = [
  '脱贫人口',
  '防止返贫监测对象',
  '农村低收入人口',
  '残疾人',
] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/** Groups that go ahead of others on waitlists and when jobs are scarce. */
export const WAITLIST_PRIORITY_GROUPS: readonly PriorityGroup[] = [
  '脱贫人口',
  '防止返贫监测对象',
  '农村低收入人口',
];

export function isPriorityGroup(value: unknown): value is PriorityGroup {
  return typeof value === 'string' && (PRIORITY_GROUPS as readonly string[]).includes(value);
}
