/** Roles a user can hold. A user may hold several (a worker who also trains). */
export const ROLES = ['worker', 'employer', 'trainer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  worker: '劳动者',
  employer: '用人单位',
  trainer: '培训讲师',
  admin: '人社局管理员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
