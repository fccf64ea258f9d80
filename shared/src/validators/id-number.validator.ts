/**
 * 18-digit mainland resident ID number (公民身份号码, GB 11643-1999): six-digit address code, eight-digit
 * birth date, three-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** First two digits of a real province-level division (GB/T 2260), including 港澳台 codes in use. */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

export const ID_NUMBER_PROBLEMS = ['format', 'region', 'birth_date', 'check_digit'] as const;
export type IdNumberProblem = (typeof ID_NUMBER_PROBLEMS)[number];

export const ID_NUMBER_PROBLEM_MESSAGES: Readonly<Record<IdNumberProblem, string>> = {
  format: '身份证号应为18位，前17位为数字，最后一位为数字或X',
  region: '身份证号的地区码不正确',
  birth_date: '身份证号中的出生日期不正确',
  check_digit: '身份证号校验位不正确，请核对后重新输入',
};

export type IdNumberResult =
  | {
      ok: true;
      normalized: string;
      /** YYYY-MM-DD */
      birthDate: string;
      gender: 'male' | 'female';
      /** The six-digit address code at registration. */
      regionCode: string;
    }
  | { ok: false; reason: IdNumberProblem; message: string };

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function fail(reason: IdNumberProblem): IdNumberResult {
  return { ok: false, reason, message: ID_NUMBER_PROBLEM_MESSAGES[reason] };
}

export function validateIdNumber(value: string, today: Date = new Date()): IdNumberResult {
  const normalized = String(value).trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(normalized)) return fail('format');
  if (!PROVINCE_PREFIXES.has(normalized.slice(0, 2))) return fail('region');

  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate =
    birth.getUTCFullYear() === year &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (!realDate || year < 1900 || birth.getTime() > todayUtc) return fail('birth_date');

  if (idNumberCheckChar(normalized) !== normalized[17]) return fail('check_digit');
  return {
    ok: true,
    normalized,
    birthDate: `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`,
    gender: Number(normalized[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: normalized.slice(0, 6),
  };
}

export function isValidIdNumber(value: string, today?: Date): boolean {
  return validateIdNumber(value, today).ok;
}

/** `450902**********2X`: the first six and last two characters stay, the rest become `*`. */
export function maskIdNumber(value: string): string {
  const v = String(value).trim().toUpperCase();
  if (v.length <= 8) return '*'.repeat(v.length);
  return `${v.slice(0, 6)}${'*'.repeat(v.length - 8)}${v.slice(-2)}`;
}
