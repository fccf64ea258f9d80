import type { OccupationInput, OccupationView } from '@app/shared/api';
import type { CertificateLevel, CertificateType } from '@app/shared/enums';
import { LEVELLED } from '../../utils/certificate';
import { charCount, codeProblem } from './brand-form';

/** The server's limits (OccupationInputDto). */
export const OCCUPATION_NAME_MIN = 2;
export const OCCUPATION_NAME_MAX = 32;
export const SUBSIDY_MAX = 100_000;
export const OCCUPATION_BRANDS_MAX = 30;

/** The occupation form as typed: the level and the amount still text, '' for none. */
export interface OccupationForm {
  code: string;
  name: string;
  certificateType: CertificateType | null;
  maxLevel: string;
  subsidised: boolean;
  subsidyAmount: string;
  effectiveFrom: string;
  /** No end date: in force until changed. */
  openEnded: boolean;
  effectiveTo: string;
  brandCodes: string[];
}

export type OccupationErrors = Partial<Record<keyof OccupationForm, string>>;

/**
 * A new entry, or the one being edited. Only the brands in `ownBrands` (the admin's region) are
 * offered; links to brands elsewhere are left as they are by the server.
 */
export function occupationFormFrom(
  occupation: OccupationView | null,
  ownBrands: readonly string[],
): OccupationForm {
  return {
    code: occupation?.code ?? '',
    name: occupation?.name ?? '',
    certificateType: occupation?.certificateType ?? null,
    maxLevel: occupation?.maxLevel ? String(occupation.maxLevel) : '',
    subsidised: occupation?.subsidised ?? false,
    subsidyAmount: occupation?.subsidyAmount != null ? String(occupation.subsidyAmount) : '',
    effectiveFrom: occupation?.effectiveFrom ?? '',
    openEnded: occupation ? occupation.effectiveTo === null : true,
    effectiveTo: occupation?.effectiveTo ?? '',
    brandCodes: (occupation?.brandCodes ?? []).filter((c) => ownBrands.includes(c)),
  };
}

export function validateOccupationForm(form: OccupationForm): {
  errors: OccupationErrors;
  input: OccupationInput | null;
} {
  const errors: OccupationErrors = {};
  const code = form.code.trim();
  const codeError = codeProblem(code, '职业');
  if (codeError) errors.code = codeError;
  const name = form.name.trim();
  if (!name) errors.name = '请填写职业名称';
  else if (charCount(name) < OCCUPATION_NAME_MIN || charCount(name) > OCCUPATION_NAME_MAX) {
    errors.name = `职业名称应为${OCCUPATION_NAME_MIN}到${OCCUPATION_NAME_MAX}个字`;
  }
  if (!form.certificateType) errors.certificateType = '请选择证书类型';
  const levelled = form.certificateType === LEVELLED;
  if (levelled && !form.maxLevel) errors.maxLevel = '请选择最高可考等级';
  const amountText = form.subsidyAmount.trim();
  if (form.subsidised && amountText) {
    if (!/^\d+$/.test(amountText) || Number(amountText) > SUBSIDY_MAX) {
      errors.subsidyAmount = `补贴金额请填0到${SUBSIDY_MAX}的整数（元）`;
    }
  }
  if (!form.effectiveFrom) errors.effectiveFrom = '请选择生效日期';
  if (!form.openEnded) {
    if (!form.effectiveTo) errors.effectiveTo = '请选择失效日期，或打开“长期有效”';
    else if (form.effectiveFrom && form.effectiveTo < form.effectiveFrom) {
      errors.effectiveTo = '失效日期不能早于生效日期';
    }
  }
  if (form.brandCodes.length > OCCUPATION_BRANDS_MAX) {
    errors.brandCodes = `最多关联${OCCUPATION_BRANDS_MAX}个品牌`;
  }
  if (Object.keys(errors).length > 0 || !form.certificateType) return { errors, input: null };
  return {
    errors,
    input: {
      code,
      name,
      certificateType: form.certificateType,
      maxLevel: levelled ? (Number(form.maxLevel) as CertificateLevel) : null,
      subsidised: form.subsidised,
      subsidyAmount: form.subsidised && amountText ? Number(amountText) : null,
      effectiveFrom: form.effectiveFrom,
      effectiveTo: form.openEnded ? null : form.effectiveTo,
      brandCodes: form.brandCodes,
    },
  };
}
