/** Mainland mobile numbers: 11 digits starting 13–19; +86 / 86 / 0086 prefixes, spaces and hyphens accepted. */
export const PHONE_PROBLEM_MESSAGE = '请输入正确的11位手机号';

/** The 11-digit number, or null when the value is not a mainland mobile number. */
export function normalizePhone(value: string): string | null {
  let digits = String(value).replace(/[\s-]/g, '');
  digits = digits.replace(/^(\+86|0086)/, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export function isValidPhone(value: string): boolean {
  return normalizePhone(value) !== null;
}

/** `138****1234`. */
export function maskPhone(value: string): string {
  const phone = normalizePhone(value) ?? String(value);
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
