/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — registration authority, organisation type, a six-digit
 * region code, the nine-character organisation code, and a MOD 31 check character. The alphabet has
 * no I, O, S, V or Z.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Registration authorities of the standard (1 机构编制, 5 民政, 9 工商, Y 其他, …). */
const AUTHORITIES = '123456789ANY';

export const SOCIAL_CREDIT_CODE_PROBLEMS = ['format', 'authority', 'region', 'check_char'] as const;
export type SocialCreditCodeProblem = (typeof SOCIAL_CREDIT_CODE_PROBLEMS)[number];

export const SOCIAL_CREDIT_CODE_PROBLEM_MESSAGES: Readonly<
  Record<SocialCreditCodeProblem, string>
> = {
  format: '统一社会信用代码应为18位数字或大写字母（不含 I、O、S、V、Z）',
  authority: '统一社会信用代码的登记管理部门代码不正确',
  region: '统一社会信用代码中的行政区划码不正确',
  check_char: '统一社会信用代码校验位不正确，请核对营业执照',
};

export type SocialCreditCodeResult =
  | { ok: true; normalized: string; regionCode: string }
  | { ok: false; reason: SocialCreditCodeProblem; message: string };

/** The check character for the first 17 characters (which must be in the alphabet). */
export function socialCreditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

function fail(reason: SocialCreditCodeProblem): SocialCreditCodeResult {
  return { ok: false, reason, message: SOCIAL_CREDIT_CODE_PROBLEM_MESSAGES[reason] };
}

export function validateSocialCreditCode(value: string): SocialCreditCodeResult {
  const normalized = String(value).trim().toUpperCase();
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(normalized)) return fail('format');
  if (!AUTHORITIES.includes(normalized[0])) return fail('authority');
  const regionCode = normalized.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) return fail('region');
  if (socialCreditCodeCheckChar(normalized) !== normalized[17]) return fail('check_char');
  return { ok: true, normalized, regionCode };
}

export function isValidSocialCreditCode(value: string): boolean {
  return validateSocialCreditCode(value).ok;
}
