export const USER_STATUSES = ['active', 'disabled', 'deleted'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const USER_STATUS_LABELS: Readonly<Record<UserStatus, string>> = {
  active: '正常',
  disabled: '已停用',
  deleted: '已注销',
};
