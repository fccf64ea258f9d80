import type { BrandDetail, BrandInput } from '@app/shared/api';
import type { BrandLevel, BrandStage, BrandType } from '@app/shared/enums';

/** The server's limits (BrandInputDto). */
export const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CODE_MIN = 2;
export const CODE_MAX = 48;
export const BRAND_NAME_MIN = 2;
export const BRAND_NAME_MAX = 48;
export const ALIASES_MAX = 10;
export const SERIES_MAX = 24;
export const INDUSTRY_MAX = 24;
export const STORY_MIN = 10;
export const STORY_MAX = 2000;
export const COVER_URL_MAX = 298;
export const EXTRA_REGIONS_MAX = 10;
export const OCCUPATIONS_MAX = 30;

const COVER_URL_PATTERN = /^https:\/\/\S{1,290}$/;

/** The brand form as typed: aliases still one line of text, the choices null until made. */
export interface BrandForm {
  code: string;
  name: string;
  aliases: string;
  regionCode: string;
  extraRegionCodes: string[];
  level: BrandLevel | null;
  series: string;
  industry: string;
  type: BrandType | null;
  stage: BrandStage | null;
  story: string;
  coverUrl: string;
  occupationCodes: string[];
}

export type BrandField = keyof BrandForm;
export type BrandErrors = Partial<Record<BrandField, string>>;

/** Characters as people count them (and as the server does), not UTF-16 units. */
export const charCount = (text: string) => [...text].length;

/** '福绵服装、福绵制衣' (or with commas) → the aliases, trimmed, each once. */
export function splitAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A new brand in the admin's own region, or the brand being edited. */
export function brandFormFrom(brand: BrandDetail | null, ownRegion: string | null): BrandForm {
  return {
    code: brand?.code ?? '',
    name: brand?.name ?? '',
    aliases: brand ? brand.aliases.join('、') : '',
    regionCode: brand?.regionCode ?? ownRegion ?? '',
    extraRegionCodes: brand ? [...brand.extraRegionCodes] : [],
    level: brand?.level ?? null,
    series: brand?.series ?? '',
    industry: brand?.industry ?? '',
    type: brand?.type ?? null,
    stage: brand?.stage ?? null,
    story: brand?.story ?? '',
    coverUrl: brand?.coverUrl ?? '',
    occupationCodes: brand ? brand.occupations.map((o) => o.code) : [],
  };
}

/** The problem with a brand or occupation code, or undefined. */
export function codeProblem(code: string, what: string): string | undefined {
  if (!code) return `请填写${what}代码`;
  if (!CODE_PATTERN.test(code))
    return `${what}代码只能用小写字母、数字和连字符（如 fumian-caifeng）`;
  if (code.length < CODE_MIN || code.length > CODE_MAX) {
    return `${what}代码应为${CODE_MIN}到${CODE_MAX}个字符`;
  }
  return undefined;
}

/** Checks the form as the server will; `input` is what to send, or null when something is wrong. */
export function validateBrandForm(form: BrandForm): {
  errors: BrandErrors;
  input: BrandInput | null;
} {
  const errors: BrandErrors = {};
  const code = form.code.trim();
  const codeError = codeProblem(code, '品牌');
  if (codeError) errors.code = codeError;

  const name = form.name.trim();
  if (!name) errors.name = '请填写品牌名称';
  else if (charCount(name) < BRAND_NAME_MIN || charCount(name) > BRAND_NAME_MAX) {
    errors.name = `品牌名称应为${BRAND_NAME_MIN}到${BRAND_NAME_MAX}个字`;
  }
  const aliases = splitAliases(form.aliases);
  if (aliases.length > ALIASES_MAX) errors.aliases = `别名最多${ALIASES_MAX}个`;
  if (!form.regionCode) errors.regionCode = '请选择品牌所在地区';
  if (form.extraRegionCodes.length > EXTRA_REGIONS_MAX) {
    errors.extraRegionCodes = `其他地区最多${EXTRA_REGIONS_MAX}个`;
  }
  if (!form.level) errors.level = '请选择品牌级别';
  const series = form.series.trim();
  if (!series) errors.series = '请选择或填写品牌系列';
  else if (charCount(series) > SERIES_MAX) errors.series = `品牌系列不能超过${SERIES_MAX}个字`;
  const industry = form.industry.trim();
  if (!industry) errors.industry = '请填写所属行业';
  else if (charCount(industry) > INDUSTRY_MAX)
    errors.industry = `所属行业不能超过${INDUSTRY_MAX}个字`;
  if (!form.type) errors.type = '请选择品牌类型';
  if (!form.stage) errors.stage = '请选择发展阶段';
  const story = form.story.trim();
  if (charCount(story) < STORY_MIN || charCount(story) > STORY_MAX) {
    errors.story = `品牌故事应为${STORY_MIN}到${STORY_MAX}个字（现在${charCount(story)}个字）`;
  }
  const coverUrl = form.coverUrl.trim();
  if (coverUrl && !COVER_URL_PATTERN.test(coverUrl)) {
    errors.coverUrl = '封面图片应为 https:// 开头的地址，不含空格';
  }
  if (form.occupationCodes.length > OCCUPATIONS_MAX) {
    errors.occupationCodes = `培训职业最多选${OCCUPATIONS_MAX}个`;
  }

  if (Object.keys(errors).length > 0 || !form.level || !form.type || !form.stage) {
    return { errors, input: null };
  }
  return {
    errors,
    input: {
      code,
      name,
      aliases,
      regionCode: form.regionCode,
      extraRegionCodes: form.extraRegionCodes.filter((c) => c !== form.regionCode),
      level: form.level,
      series,
      industry,
      type: form.type,
      stage: form.stage,
      story,
      coverUrl: coverUrl || null,
      occupationCodes: form.occupationCodes,
    },
  };
}

/** A 400's per-field messages (`aliases.0` counts as `aliases`) for the fields this form has. */
export function serverFieldErrors<F extends string>(
  fields: Record<string, string>,
  known: readonly F[],
): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  for (const [field, message] of Object.entries(fields)) {
    const head = field.split(/[.[\]]/)[0] as F;
    if (known.includes(head)) result[head] = result[head] ? `${result[head]}；${message}` : message;
  }
  return result;
}
