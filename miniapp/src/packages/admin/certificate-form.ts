import type { IssueCertificateRequest } from '@app/shared/api';
import { findRegion } from '@app/shared/regions';
import { chinaToday } from '../../utils/catalogue';

/** The server's rules (IssueCertificateDto): letters, digits and hyphens as printed on certificates. */
export const CERTIFICATE_NO_PATTERN = /^[A-Z0-9][A-Z0-9-]{5,39}$/;
export const CERTIFICATE_NO_MAX = 40;
export const CERTIFICATE_NO_MESSAGE = '证书编号应为6到40位字母、数字或连字符';
export const ISSUER_MIN = 2;
export const ISSUER_MAX = 60;

export interface CertificateForm {
  certificateNo: string;
  issuer: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
}

export type CertificateErrors = Partial<Record<keyof CertificateForm, string>>;

/**
 * The bureau that usually issues in the admin's region ('玉林市人力资源和社会保障局'): a starting
 * point the admin can change (some certificates are issued by an appraisal body instead).
 */
export function defaultIssuer(regionCode: string | null): string {
  const name = regionCode ? findRegion(regionCode)?.name : undefined;
  return name ? `${name}人力资源和社会保障局` : '';
}

export function emptyCertificateForm(regionCode: string | null, today = chinaToday()) {
  return { certificateNo: '', issuer: defaultIssuer(regionCode), issuedOn: today };
}

/** The number as the server stores it: no spaces, upper case (it upper-cases too). */
export function normaliseCertificateNo(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export function checkCertificateForm(
  form: CertificateForm,
  today = chinaToday(),
): { errors: CertificateErrors; input: IssueCertificateRequest | null } {
  const errors: CertificateErrors = {};
  const certificateNo = normaliseCertificateNo(form.certificateNo);
  const issuer = form.issuer.trim();
  if (!certificateNo) errors.certificateNo = '请填写证书编号';
  else if (!CERTIFICATE_NO_PATTERN.test(certificateNo))
    errors.certificateNo = CERTIFICATE_NO_MESSAGE;
  if (!issuer) errors.issuer = '请填写发证机构';
  else if (issuer.length < ISSUER_MIN || issuer.length > ISSUER_MAX) {
    errors.issuer = `发证机构应为${ISSUER_MIN}到${ISSUER_MAX}个字`;
  }
  if (!form.issuedOn) errors.issuedOn = '请选择发证日期';
  else if (form.issuedOn > today) errors.issuedOn = '发证日期不能晚于今天';
  if (Object.keys(errors).length) return { errors, input: null };
  return { errors, input: { certificateNo, issuer, issuedOn: form.issuedOn } };
}
