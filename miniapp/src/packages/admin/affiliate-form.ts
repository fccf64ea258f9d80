import type { AffiliateInput } from '@app/shared/api';
import type { AffiliateKind } from '@app/shared/enums';
import { charCount } from './brand-form';

/** The server's limits (AffiliateInputDto). */
export const AFFILIATE_NAME_MIN = 2;
export const AFFILIATE_NAME_MAX = 64;
export const AFFILIATE_DESCRIPTION_MAX = 500;

export interface AffiliateForm {
  kind: AffiliateKind | null;
  name: string;
  regionCode: string;
  description: string;
}

export type AffiliateErrors = Partial<Record<keyof AffiliateForm, string>>;

export function emptyAffiliateForm(regionCode: string): AffiliateForm {
  return { kind: null, name: '', regionCode, description: '' };
}

export function validateAffiliateForm(form: AffiliateForm): {
  errors: AffiliateErrors;
  input: AffiliateInput | null;
} {
  const errors: AffiliateErrors = {};
  if (!form.kind) errors.kind = '请选择单位类型';
  const name = form.name.trim();
  if (!name) errors.name = '请填写单位名称';
  else if (charCount(name) < AFFILIATE_NAME_MIN || charCount(name) > AFFILIATE_NAME_MAX) {
    errors.name = `名称应为${AFFILIATE_NAME_MIN}到${AFFILIATE_NAME_MAX}个字`;
  }
  if (!form.regionCode) errors.regionCode = '请选择所在地区';
  const description = form.description.trim();
  if (charCount(description) > AFFILIATE_DESCRIPTION_MAX) {
    errors.description = `简介不能超过${AFFILIATE_DESCRIPTION_MAX}个字`;
  }
  if (Object.keys(errors).length > 0 || !form.kind) return { errors, input: null };
  return {
    errors,
    input: { kind: form.kind, name, regionCode: form.regionCode, description },
  };
}
