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
