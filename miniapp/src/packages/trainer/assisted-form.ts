import type { AssistedWorkerRequest } from '@app/shared/api';
import { isValidPhone, normalizePhone, PHONE_PROBLEM_MESSAGE } from '@app/shared/validators';
import {
  emptyProfileForm,
  validateProfileFields,
  type ProfileForm,
} from '../../components/worker-profile-form';

/** The worker's details, plus what an assisted sign-up needs: their phone and the signed paper form. */
export interface AssistedForm extends ProfileForm {
  phone: string;
  paperConsentSigned: boolean;
  paperConsentReference: string;
}

export type AssistedErrors = Partial<Record<keyof AssistedForm, string>>;

export const PAPER_REFERENCE_MAX = 64;

export function emptyAssistedForm(): AssistedForm {
  return {
    ...emptyProfileForm(),
    phone: '',
    paperConsentSigned: false,
    paperConsentReference: '',
  };
}

/**
 * Checks everything the server will (the ID number with the shared validator, the phone, the signed
 * paper form) and builds the request from known fields only: the server refuses unknown ones, and an
 * assisted sign-up has no consentVersion (the paper form is the consent).
 */
export function validateAssistedForm(form: AssistedForm): {
  errors: AssistedErrors;
  input: AssistedWorkerRequest | null;
} {
  const { errors: fieldProblems, fields } = validateProfileFields(form, true);
  const errors: AssistedErrors = { ...fieldProblems };

  const phone = isValidPhone(form.phone) ? normalizePhone(form.phone) : null;
  if (!form.phone.trim()) errors.phone = '请填写劳动者本人的手机号';
  else if (!phone) errors.phone = PHONE_PROBLEM_MESSAGE;

  if (!form.paperConsentSigned)
    errors.paperConsentSigned = '请先请劳动者签署纸质《个人信息保护告知书》同意书';
  const reference = form.paperConsentReference.trim();
  if (!reference) errors.paperConsentReference = '请填写同意书的档案号或编号';
  else if (reference.length > PAPER_REFERENCE_MAX)
    errors.paperConsentReference = `档案号不能超过${PAPER_REFERENCE_MAX}个字`;

  if (!fields?.idNumber || !phone || Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors,
    input: {
      realName: fields.realName,
      idNumber: fields.idNumber,
      householdRegionCode: fields.householdRegionCode,
      currentRegionCode: fields.currentRegionCode,
      education: fields.education,
      skills: fields.skills,
      wantedBrands: fields.wantedBrands,
      wantedRegionCodes: fields.wantedRegionCodes,
      minMonthlySalary: fields.minMonthlySalary,
      priorityGroup: fields.priorityGroup,
      priorityGroupConsent: fields.priorityGroupConsent,
      phone,
      paperConsentSigned: true,
      paperConsentReference: reference,
    },
  };
}
