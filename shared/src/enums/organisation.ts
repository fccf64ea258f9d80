/** Verification state of an employer or a training provider. */
export const ORGANISATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];
export const ORGANISATION_STATUS_LABELS: Readonly<Record<OrganisationStatus, string>> = {
  pending: '待审核',
  verified: '已认证',
  rejected: '未通过',
};

export const ORGANISATION_KINDS = ['employer', 'provider'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  employer: '用人单位',
  provider: '培训机构',
};

export const PROVIDER_KINDS = [
  'vocational_college',
  'technical_school',
  'training_agency',
  'enterprise',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS: Readonly<Record<ProviderKind, string>> = {
  vocational_college: '职业院校',
  technical_school: '技工院校',
  training_agency: '培训机构',
  enterprise: '企业',
};

/** A trainer's place in a provider: its administrator can invite other trainers. */
export const PROVIDER_MEMBER_ROLES = ['admin', 'trainer'] as const;
export type ProviderMemberRole = (typeof PROVIDER_MEMBER_ROLES)[number];
