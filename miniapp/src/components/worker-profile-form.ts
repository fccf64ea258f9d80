import type { WorkerProfileInput, WorkerProfileView } from '@app/shared/api';
import { PRIVACY_NOTICE_VERSION, type EducationLevel, type PriorityGroup } from '@app/shared/enums';
import { ERROR_CATALOGUE } from '@app/shared/errors';
import { validateIdNumber } from '@app/shared/validators';
import { fieldErrors } from '../services/api-error';
import { splitList } from '../utils/format';

/** What the form holds while the worker types (text as typed; lists as one line). */
export interface ProfileForm {
  realName: string;
  idNumber: string;
  householdRegionCode: string;
  currentRegionCode: string;
  education: EducationLevel | null;
  skills: string;
  wantedBrands: string;
  wantedRegionCodes: string[];
  minMonthlySalary: string;
  priorityGroup: PriorityGroup | null;
  priorityGroupConsent: boolean;
}

export type ProfileErrors = Partial<Record<keyof ProfileForm, string>>;

export const MAX_SKILLS = 20;
export const MAX_WANTED_BRANDS = 10;
export const MAX_WANTED_REGIONS = 10;

export function emptyProfileForm(): ProfileForm {
  return {
    realName: '',
    idNumber: '',
    householdRegionCode: '',
    currentRegionCode: '',
    education: null,
    skills: '',
    wantedBrands: '',
    wantedRegionCodes: [],
    minMonthlySalary: '',
    priorityGroup: null,
    priorityGroupConsent: false,
  };
}

/** The form prefilled from the stored profile; the ID number stays empty (kept unless retyped). */
export function profileFormFrom(profile: WorkerProfileView): ProfileForm {
  return {
    realName: profile.realName,
    idNumber: '',
    householdRegionCode: profile.householdRegionCode,
    currentRegionCode: profile.currentRegionCode,
    education: profile.education,
    skills: profile.skills.join('、'),
    wantedBrands: profile.wantedBrands.join('、'),
    wantedRegionCodes: [...profile.wantedRegionCodes],
    minMonthlySalary: profile.minMonthlySalary === null ? '' : String(profile.minMonthlySalary),
    priorityGroup: profile.priorityGroup,
    // A stored group was saved with the separate consent; the box starts ticked and can be unticked.
    priorityGroupConsent: profile.priorityGroup !== null,
  };
}

/** The profile fields as sent: what the worker's own form and an assisted sign-up have in common. */
export type ProfileFields = Omit<WorkerProfileInput, 'consentVersion'>;

/**
 * Checks the fields the way the server will, with the shared validators' Chinese messages. The ID
 * number is needed when `idRequired`; otherwise an empty box keeps the stored one.
 */
export function validateProfileFields(
  form: ProfileForm,
  idRequired: boolean,
): { errors: ProfileErrors; fields: ProfileFields | null } {
  const errors: ProfileErrors = {};
  const realName = form.realName.trim();
  if (!realName) errors.realName = '请填写真实姓名';
  else if (realName.length > 30) errors.realName = '姓名不能超过30个字';

  const idNumber = form.idNumber.trim().toUpperCase();
  let normalizedId: string | undefined;
  if (idNumber || idRequired) {
    if (!idNumber) errors.idNumber = '请填写身份证号';
    else {
      const result = validateIdNumber(idNumber);
      if (result.ok) normalizedId = result.normalized;
      else errors.idNumber = result.message;
    }
  }

  if (!form.householdRegionCode) errors.householdRegionCode = '请选择户籍所在地';
  if (!form.currentRegionCode) errors.currentRegionCode = '请选择现在住在哪里';

  const skills = splitList(form.skills);
  if (skills.length > MAX_SKILLS) errors.skills = `技能最多填写${MAX_SKILLS}项`;
  const wantedBrands = splitList(form.wantedBrands);
  if (wantedBrands.length > MAX_WANTED_BRANDS)
    errors.wantedBrands = `意向品牌最多填写${MAX_WANTED_BRANDS}个`;
  if (form.wantedRegionCodes.length > MAX_WANTED_REGIONS)
    errors.wantedRegionCodes = `意向工作地最多选${MAX_WANTED_REGIONS}个`;

  const salaryText = form.minMonthlySalary.trim();
  let minMonthlySalary: number | null = null;
  if (salaryText) {
    if (/^\d{1,7}$/.test(salaryText)) minMonthlySalary = Number(salaryText);
    else errors.minMonthlySalary = '请填写整数金额（元），不填表示不限';
  }

  if (form.priorityGroup && !form.priorityGroupConsent)
    errors.priorityGroupConsent = ERROR_CATALOGUE.SENSITIVE_CONSENT_REQUIRED.message;

  if (Object.keys(errors).length > 0) return { errors, fields: null };
  const fields: ProfileFields = {
    realName,
    householdRegionCode: form.householdRegionCode,
    currentRegionCode: form.currentRegionCode,
    education: form.education,
    skills,
    wantedBrands,
    wantedRegionCodes: form.wantedRegionCodes,
    minMonthlySalary,
    priorityGroup: form.priorityGroup,
    priorityGroupConsent: form.priorityGroup !== null && form.priorityGroupConsent,
  };
  if (normalizedId) fields.idNumber = normalizedId;
  return { errors, fields };
}

/**
 * The worker's own form: the fields under the current privacy notice. Creating a profile needs the ID
 * number; editing keeps the stored one when the box is left empty.
 */
export function validateProfileForm(
  form: ProfileForm,
  creating: boolean,
): { errors: ProfileErrors; input: WorkerProfileInput | null } {
  const { errors, fields } = validateProfileFields(form, creating);
  return {
    errors,
    input: fields ? { ...fields, consentVersion: PRIVACY_NOTICE_VERSION } : null,
  };
}

/** The server's field names ('skills.0', 'idNumber') mapped onto the form's fields. */
export function profileServerErrors<F extends object>(
  error: unknown,
  form: F,
): Partial<Record<keyof F, string>> {
  const result: Partial<Record<keyof F, string>> = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    const key = field.split(/[.[]/)[0];
    if (key in form) result[key as keyof F] = message;
  }
  return result;
}
