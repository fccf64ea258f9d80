/** What the audit log records: every administrative act and every reveal of personal data. */
export const AUDIT_ACTIONS = [
  'organisation.verify',
  'organisation.reject',
  'worker.reveal_id_number',
  'worker.assisted_register',
  'user.role_change',
  'provider.attach_trainer',
  'brand.create',
  'brand.update',
  'brand.archive',
  'brand.targets',
  'brand.affiliate_add',
  'brand.affiliate_archive',
  'occupation.create',
  'occupation.update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'organisation.verify': '审核通过',
  'organisation.reject': '审核驳回',
  'worker.reveal_id_number': '查看完整身份证号',
  'worker.assisted_register': '代为注册劳动者',
  'user.role_change': '变更角色',
  'provider.attach_trainer': '添加培训讲师',
  'brand.create': '新建劳务品牌',
  'brand.update': '修改劳务品牌',
  'brand.archive': '归档劳务品牌',
  'brand.targets': '修改品牌目标',
  'brand.affiliate_add': '添加品牌依托单位',
  'brand.affiliate_archive': '移除品牌依托单位',
  'occupation.create': '新增培训清单职业',
  'occupation.update': '修改培训清单职业',
};
