export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, string>> = { male: '男', female: '女' };

/** 最高学历. */
export const EDUCATION_LEVELS = [
  '小学及以下',
  '初中',
  '高中/中专/技校',
  '大专',
  '本科及以上',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
