export const BRAND_LEVELS = ['provincial', 'municipal', 'county'] as const;
export type BrandLevel = (typeof BRAND_LEVELS)[number];
export const BRAND_LEVEL_LABELS: Readonly<Record<BrandLevel, string>> = {
  provincial: '自治区/省级',
  municipal: '市级',
  county: '县级',
};

/** 广州方案的品牌类型分类。 */
export const BRAND_TYPES = ['高端技能型', '高品质服务型', '文化旅游类', '民生保障型'] as const;
export type BrandType = (typeof BRAND_TYPES)[number];

export const BRAND_STAGES = ['培育期', '成长期', '成熟期'] as const;
export type BrandStage = (typeof BRAND_STAGES)[number];

/** Brand series shown as chips on the home page. */
export const BRAND_SERIES = ['八桂系列', '广州劳务品牌', '三项工程'] as const;
export type BrandSeries = (typeof BRAND_SERIES)[number];

export const CERTIFICATE_TYPES = ['职业技能等级认定', '专项职业能力考核'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** Bodies that carry a brand: where it trains, incubates, teaches and employs. */
export const AFFILIATE_KINDS = [
  'training_base',
  'incubation_base',
  'expert_studio',
  'leading_enterprise',
  'leader_figure',
] as const;
export type AffiliateKind = (typeof AFFILIATE_KINDS)[number];
export const AFFILIATE_KIND_LABELS: Readonly<Record<AffiliateKind, string>> = {
  training_base: '培训基地',
  incubation_base: '孵化基地',
  expert_studio: '专家工作室',
  leading_enterprise: '龙头企业',
  leader_figure: '领军人物',
};

export const SESSION_STATUSES = ['scheduled', 'cancelled', 'archived'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  scheduled: '正常',
  cancelled: '已取消',
  archived: '已归档',
};
