import type { ApiErrorBody } from '@app/shared/errors';
import type { LoginResponse, WorkerProfileInput } from '@app/shared/api';
import { PRIVACY_NOTICE_VERSION, type Role } from '@app/shared/enums';
import { idNumberCheckChar, socialCreditCodeCheckChar } from '@app/shared/validators';
import { type FakeSmsServer, startFakeSmsServer } from '../../src/dev/fake-sms-server';
import { type FakeWechatServer, startFakeWechatServer } from '../../src/dev/fake-wechat-server';
import { call, startTestApp, type TestApp } from './test-app';

/** The server with both outside systems replaced by the local fakes, over real HTTP. */
export interface AccountsTestApp extends TestApp {
  wechat: FakeWechatServer;
  sms: FakeSmsServer;
}

export async function startAccountsApp(
  overrides: Record<string, string | undefined> = {},
): Promise<AccountsTestApp> {
  const wechat = await startFakeWechatServer();
  const sms = await startFakeSmsServer();
  const t = await startTestApp({
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_TIMEOUT_MS: '500',
    SMS_PROVIDER: 'http',
    SMS_API_BASE: sms.baseUrl,
    SMS_API_KEY: sms.apiKey,
    SMS_TIMEOUT_MS: '500',
    SMS_IP_HOURLY_LIMIT: '100000',
    ...overrides,
  });
  return {
    ...t,
    wechat,
    sms,
    async close() {
      await t.close();
      await wechat.close();
      await sms.close();
    },
  };
}

/** A random block per test file: under `--runInBand` all files share one process id and one database. */
const FILE_BLOCK = Math.floor(Math.random() * 10000);

let phoneSeq = 0;
/** A fresh, valid mobile number per call. */
export function freshPhone(): string {
  phoneSeq += 1;
  return `139${String(FILE_BLOCK).padStart(4, '0')}${String(phoneSeq).padStart(4, '0')}`;
}

let idSeq = 0;
/** 1970-01-01 plus FILE_BLOCK days: files of one run get different birth dates. */
const FILE_BIRTH = new Date(Date.UTC(1970, 0, 1) + FILE_BLOCK * 86_400_000)
  .toISOString()
  .slice(0, 10)
  .replace(/-/g, '');
/** A valid 18-digit ID number (福绵区 450903), unique per call; the birth date is this file's own. */
export function freshIdNumber(birth = FILE_BIRTH): string {
  idSeq += 1;
  const first17 = `450903${birth}${String(idSeq % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

let creditSeq = 0;
/** A valid 统一社会信用代码, unique per call. */
export function freshCreditCode(): string {
  creditSeq += 1;
  const first17 = `91450903MA${String(FILE_BLOCK).padStart(4, '0')}${String(creditSeq % 1000).padStart(3, '0')}`;
  return first17 + socialCreditCodeCheckChar(first17);
}

/** Logs a new (or existing) phone in through the SMS flow, reading the code from the fake provider. */
export async function smsLogin(t: AccountsTestApp, phone = freshPhone()): Promise<LoginResponse> {
  const sent = await call(t.baseUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone } });
  if (sent.status !== 200) throw new Error(`sms send ${sent.status}: ${JSON.stringify(sent.body)}`);
  const code = t.sms.lastCodeFor(phone);
  const res = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/sms/login', {
    body: { phone, code },
  });
  if (res.status !== 200) throw new Error(`sms login ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function demoLogin(t: TestApp, role: Role): Promise<LoginResponse> {
  const res = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/demo', { body: { role } });
  if (res.status !== 200) throw new Error(`demo login ${res.status}`);
  return res.body;
}

export function profileInput(overrides: Partial<WorkerProfileInput> = {}): WorkerProfileInput {
  return {
    realName: '黄秀梅',
    idNumber: freshIdNumber(),
    householdRegionCode: '450903',
    currentRegionCode: '450903',
    education: '初中',
    skills: ['缝纫', '熨烫'],
    wantedBrands: ['福绵裁缝'],
    wantedRegionCodes: ['450903'],
    minMonthlySalary: 3500,
    priorityGroup: null,
    priorityGroupConsent: false,
    consentVersion: PRIVACY_NOTICE_VERSION,
    ...overrides,
  };
}

export function employerInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '玉林市福绵区测试服装厂',
    creditCode: freshCreditCode(),
    regionCode: '450903',
    address: '福绵镇服装产业园8号',
    contactName: '陈经理',
    contactPhone: '13800138000',
    description: '牛仔服装加工',
    ...overrides,
  };
}

export function expectError(body: unknown, code: string): ApiErrorBody {
  const error = body as ApiErrorBody;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  return error;
}

/** Fresh phones, ID numbers and 统一社会信用代码 that stay unique across the test files of one run. */
export interface UniqueValues {
  phone(): string;
  /** A valid 18-digit ID number; `birth` (YYYYMMDD) defaults to a different day per call, before 1990. */
  idNumber(birth?: string): string;
  creditCode(): string;
}

/**
 * freshPhone / freshIdNumber / freshCreditCode restart from the same values in every test file, and
 * under `jest --runInBand` every file has the same process id, so two files of one run (one database)
 * would get the same "fresh" values. Each call here draws its own random block, and the values differ
 * from those helpers' (other prefixes, birth dates before 1990).
 */
export function uniqueValues(): UniqueValues {
  const block = String(Math.floor(Math.random() * 10000)).padStart(4, '0');
  let n = 0;
  return {
    phone() {
      n += 1;
      return `137${block}${String(n % 10000).padStart(4, '0')}`;
    },
    idNumber(birth?: string) {
      n += 1;
      const day = new Date(Date.UTC(1960, 0, 1) + (n % 10000) * 86_400_000);
      const date = birth ?? day.toISOString().slice(0, 10).replace(/-/g, '');
      const first17 = `45${block}${date}${String(n % 1000).padStart(3, '0')}`;
      return first17 + idNumberCheckChar(first17);
    },
    creditCode() {
      n += 1;
      const first17 = `91450903MB${block}${String(n % 1000).padStart(3, '0')}`;
      return first17 + socialCreditCodeCheckChar(first17);
    },
  };
}
