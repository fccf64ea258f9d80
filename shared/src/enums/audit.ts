/** What the audit log records: every administrative act and every reveal of personal data. */
export const AUDIT_ACTIONS = [
  'organisation.verify',
  'organisation.reject',
  'worker.reveal_id_number',
  'worker.assisted_register',
  'user.role_change',
  'provider.attach_trainer',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'organisation.verify': '审核通过',
  'organisation.reject': '审核驳回',
  'worker.reveal_id_number': '查看完整身份证号',
  'worker.assisted_register': '代为注册劳动者',
  'user.role_change': '变更角色',
  'provider.attach_trainer': '添加培训讲师',
};
