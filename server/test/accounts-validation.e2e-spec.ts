import type {
  AssistedWorkerRequest,
  EmployerInput,
  EmployerResponse,
  LoginResponse,
  ProviderInput,
  ProviderInviteResponse,
  ProviderResponse,
  WorkerProfileInput,
} from '@app/shared/api';
import type { ApiErrorBody, FieldError } from '@app/shared/errors';
import { idNumberCheckChar } from '@app/shared/validators';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { RefreshTokenEntity } from '../src/modules/auth/refresh-token.entity';
import { SmsCodeEntity } from '../src/modules/auth/sms-code.entity';
import { EmployerEntity } from '../src/modules/organisations/employer.entity';
import { ProviderInviteEntity } from '../src/modules/organisations/provider-invite.entity';
import { TrainingProviderEntity } from '../src/modules/organisations/training-provider.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import {
  type AccountsTestApp,
  demoLogin,
  employerInput,
  profileInput,
  smsLogin,
  startAccountsApp,
  uniqueValues,
} from './helpers/accounts';
import { call } from './helpers/test-app';

/**
 * Bad input on every accounts endpoint that takes a body or a query: 400 VALIDATION_FAILED with a
 * Chinese message and details naming the field, and nothing written (row counts of every accounts
 * table, the rows the call would edit, and the messages sent to SMS / WeChat are all unchanged). Each
 * endpoint ends with a valid request, which must succeed, so over-strict validation fails too.
 */

const API = '/api/v1';
const unique = uniqueValues();

const TABLES = {
  users: UserEntity,
  worker_profiles: WorkerProfileEntity,
  employers: EmployerEntity,
  training_providers: TrainingProviderEntity,
  audit_logs: AuditLogEntity,
  sms_codes: SmsCodeEntity,
  refresh_tokens: RefreshTokenEntity,
  provider_invites: ProviderInviteEntity,
} as const satisfies Record<string, EntityTarget<ObjectLiteral>>;
type Table = keyof typeof TABLES;

type Body = Record<string, unknown>;
type Mutate = (valid: Body) => unknown;

/** One bad input: a change to the valid body (or a query string), and the field it must name. */
interface BadInput {
  title: string;
  field: string;
  mutate?: Mutate;
  query?: string;
}

const set =
  (field: string, value: unknown): Mutate =>
  (valid) => ({ ...valid, [field]: value });
const drop =
  (field: string): Mutate =>
  (valid) =>
    Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));
const bad = (title: string, field: string, mutate: Mutate): BadInput => ({
  title,
  field,
  mutate,
});
const badQuery = (query: string, field: string): BadInput => ({ title: `?${query}`, field, query });

/** An ID number whose only fault is the check character. */
function idWithWrongCheckDigit(): string {
  const valid = unique.idNumber();
  const wrong = '10X98765432'.split('').find((c) => c !== valid[17]) ?? '0';
  return valid.slice(0, 17) + wrong;
}
/** An ID number with a right check character but a day that does not exist (30 February). */
function idWithImpossibleDate(): string {
  const first17 = '450903' + '19900230' + '123';
  return first17 + idNumberCheckChar(first17);
}
/** A 统一社会信用代码 whose only fault is the check character. */
function creditCodeWithWrongCheckChar(): string {
  const valid = unique.creditCode();
  return valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
}

const ID_NUMBER_CASES: BadInput[] = [
  bad('ID number with a wrong check digit', 'idNumber', (v) => ({
    ...v,
    idNumber: idWithWrongCheckDigit(),
  })),
  bad('ID number with an impossible birth date (30 February)', 'idNumber', (v) => ({
    ...v,
    idNumber: idWithImpossibleDate(),
  })),
  bad('ID number of 17 characters', 'idNumber', set('idNumber', '45090319900101123')),
  bad('ID number as a number', 'idNumber', set('idNumber', 450903199001011)),
];

const ORGANISATION_CASES: BadInput[] = [
  bad('an unknown field (status)', 'status', set('status', 'verified')),
  bad('统一社会信用代码 with a wrong check character', 'creditCode', (v) => ({
    ...v,
    creditCode: creditCodeWithWrongCheckChar(),
  })),
  bad('统一社会信用代码 with letters outside the alphabet (I, O)', 'creditCode', (v) => ({
    ...v,
    creditCode: '91450903MA5I0DEMOM',
  })),
  bad('统一社会信用代码 of 17 characters', 'creditCode', set('creditCode', '91450903MA5L0DEM0')),
  bad('a city (not county) region code', 'regionCode', set('regionCode', '450900')),
  bad('a region code that does not exist', 'regionCode', set('regionCode', '459999')),
  bad('an invalid contact phone', 'contactPhone', set('contactPhone', '12345678901')),
  bad('contact phone as a number', 'contactPhone', set('contactPhone', 13800138000)),
  bad('a missing name', 'name', drop('name')),
  bad('name as a number', 'name', set('name', 12345)),
  bad('an empty address', 'address', set('address', '')),
  bad('description as a list', 'description', set('description', ['牛仔'])),
  bad('an empty body', 'creditCode', () => ({})),
];

const PROVIDER_CASES: BadInput[] = [
  ...ORGANISATION_CASES,
  bad('an unknown provider kind', 'kind', set('kind', 'university')),
  bad('a missing provider kind', 'kind', drop('kind')),
];

const REASON_CASES: BadInput[] = [
  bad('a missing reason', 'reason', () => ({})),
  bad('a one-character reason', 'reason', set('reason', '查')),
  bad('a reason of spaces only', 'reason', set('reason', '    ')),
  bad('reason as a number', 'reason', set('reason', 12345)),
  bad('a reason of 201 characters', 'reason', set('reason', '因'.repeat(201))),
];

const PAGE_CASES: BadInput[] = [
  badQuery('page=0', 'page'),
  badQuery('page=abc', 'page'),
  badQuery('page=1.5', 'page'),
  badQuery('pageSize=0', 'pageSize'),
  badQuery('pageSize=101', 'pageSize'),
  badQuery('unknown=1', 'unknown'),
];

function expectValidationFailed(body: unknown, field: string): void {
  const error = body as ApiErrorBody;
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(Array.isArray(error.details)).toBe(true);
  const details = (Array.isArray(error.details) ? error.details : []) as FieldError[];
  const named = details.find((d) => d.field === field);
  expect({ field, named: named !== undefined, details }).toMatchObject({ field, named: true });
  for (const message of named?.messages ?? []) {
    // A Chinese explanation, not class-validator's English default.
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/\b(must|should)\b/);
  }
}

describe('accounts: bad input is refused and writes nothing', () => {
  let t: AccountsTestApp;
  const tokens: Record<string, string> = {};

  async function snapshot(): Promise<Record<Table | 'smsSent' | 'wechatCalls', number>> {
    const counts = {} as Record<Table | 'smsSent' | 'wechatCalls', number>;
    for (const [name, entity] of Object.entries(TABLES)) {
      counts[name as Table] = await t.db.getRepository(entity).count();
    }
    counts.smsSent = t.sms.messages.length;
    counts.wechatCalls = t.wechat.calls.length;
    return counts;
  }

  const userRow = (login: LoginResponse) =>
    t.db.getRepository(UserEntity).findOneByOrFail({ id: login.user.id });

  async function signUp(
    kind: 'employer' | 'provider',
  ): Promise<{ login: LoginResponse; id: string }> {
    const login = await smsLogin(t, unique.phone());
    if (kind === 'employer') {
      const res = await call<EmployerResponse>(t.baseUrl, 'POST', `${API}/employers`, {
        token: login.accessToken,
        body: employerIn(),
      });
      return { login, id: res.body.employer.id };
    }
    const res = await call<ProviderResponse>(t.baseUrl, 'POST', `${API}/providers`, {
      token: login.accessToken,
      body: providerIn(),
    });
    return { login, id: res.body.provider.id };
  }

  const employerIn = (): EmployerInput => employerInput({ creditCode: unique.creditCode() });
  const providerIn = (): ProviderInput => ({ ...employerIn(), kind: 'training_agency' });
  const profileIn = (overrides: Partial<WorkerProfileInput> = {}): WorkerProfileInput =>
    profileInput({ idNumber: unique.idNumber(), ...overrides });
  const assistedIn = (): AssistedWorkerRequest => {
    const { consentVersion: _c, ...fields } = profileIn({ realName: '莫阿姨' });
    return {
      ...fields,
      idNumber: unique.idNumber(),
      phone: unique.phone(),
      paperConsentSigned: true,
      paperConsentReference: 'YL-2026-0009',
    };
  };

  interface Spec {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH';
    path: () => string;
    token?: () => string;
    /** A valid body, fresh for every call; GET endpoints have none. */
    valid?: () => Body;
    validQuery?: string;
    cases: BadInput[];
    /** Rows the call would change; they must stay exactly as they were after a refused call. */
    watch?: () => Promise<unknown>;
    /** What the valid request answers, and the table it adds a row to, if any. */
    success: { status: number; adds?: Table };
  }

  function endpoint(title: string, spec: Spec): void {
    describe(title, () => {
      const send = (body: unknown, query?: string) =>
        call(t.baseUrl, spec.method, `${spec.path()}${query ? `?${query}` : ''}`, {
          token: spec.token?.(),
          body,
        });

      it.each(spec.cases)('$title → 400 naming $field, nothing written', async (input) => {
        const before = await snapshot();
        const watched = await spec.watch?.();
        const body = input.mutate ? input.mutate(spec.valid?.() ?? {}) : undefined;
        const res = await send(body, input.query);
        expect(res.status).toBe(400);
        expect(await snapshot()).toEqual(before);
        if (spec.watch) expect(await spec.watch()).toEqual(watched);
        expectValidationFailed(res.body, input.field);
      });

      it(`a valid request afterwards → ${spec.success.status}`, async () => {
        const before = await snapshot();
        const res = await send(spec.valid?.(), spec.validQuery);
        expect({ status: res.status, body: res.body }).toMatchObject({
          status: spec.success.status,
        });
        const { adds } = spec.success;
        if (adds) expect((await snapshot())[adds]).toBe(before[adds] + 1);
      });
    });
  }

  const as = (name: string) => () => tokens[name];

  let worker: LoginResponse; // has a profile
  let newcomer: LoginResponse; // no profile yet
  let wechatUser: LoginResponse;
  let sessions: LoginResponse; // whose refresh tokens are spent last
  let smsPhone: string;
  let employerStaff: { login: LoginResponse; id: string };
  let providerAdmin: { login: LoginResponse; id: string };
  let pendingEmployer: string;
  let pendingProvider: string;
  let joiner: LoginResponse;
  let inviteCode: string;
  let attachable: LoginResponse;
  let attachablePhone: string;

  beforeAll(async () => {
    t = await startAccountsApp();
    worker = await smsLogin(t, unique.phone());
    const profile = await call(t.baseUrl, 'PUT', `${API}/workers/me/profile`, {
      token: worker.accessToken,
      body: profileIn(),
    });
    expect(profile.status).toBe(200);
    newcomer = await smsLogin(t, unique.phone());
    sessions = await smsLogin(t, unique.phone());
    joiner = await smsLogin(t, unique.phone());
    attachablePhone = unique.phone();
    attachable = await smsLogin(t, attachablePhone);
    const wechat = await call<LoginResponse>(t.baseUrl, 'POST', `${API}/auth/wechat`, {
      body: { code: `validation-wechat-${unique.phone()}` },
    });
    wechatUser = wechat.body;
    employerStaff = await signUp('employer');
    providerAdmin = await signUp('provider');
    pendingEmployer = (await signUp('employer')).id;
    pendingProvider = (await signUp('provider')).id;
    const invite = await call<ProviderInviteResponse>(
      t.baseUrl,
      'POST',
      `${API}/providers/mine/invites`,
      { token: providerAdmin.login.accessToken },
    );
    inviteCode = invite.body.code;
    smsPhone = unique.phone();

    tokens.worker = worker.accessToken;
    tokens.newcomer = newcomer.accessToken;
    tokens.wechatUser = wechatUser.accessToken;
    tokens.employerStaff = employerStaff.login.accessToken;
    tokens.providerAdmin = providerAdmin.login.accessToken;
    tokens.joiner = joiner.accessToken;
    tokens.signer = (await smsLogin(t, unique.phone())).accessToken;
    tokens.providerSigner = (await smsLogin(t, unique.phone())).accessToken;
    tokens.trainer = (await demoLogin(t, 'trainer')).accessToken;
    tokens.admin = (await demoLogin(t, 'admin')).accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  // ——— sign-in ———

  endpoint('POST /auth/demo', {
    method: 'POST',
    path: () => `${API}/auth/demo`,
    valid: () => ({ role: 'worker' }),
    cases: [
      bad('an unknown field', 'regionCode', set('regionCode', '450900')),
      bad('a role that does not exist', 'role', set('role', 'superadmin')),
      bad('role as a list', 'role', set('role', ['admin'])),
      bad('a missing role', 'role', () => ({})),
    ],
    success: { status: 200, adds: 'refresh_tokens' },
  });

  endpoint('POST /auth/wechat', {
    method: 'POST',
    path: () => `${API}/auth/wechat`,
    valid: () => ({ code: `validation-newcomer-${unique.phone()}` }),
    cases: [
      bad('an unknown field', 'openid', set('openid', 'o-forged')),
      bad('an empty code', 'code', set('code', '')),
      bad('code as a number', 'code', set('code', 123456)),
      bad('a code of 129 characters', 'code', set('code', 'c'.repeat(129))),
      bad('a missing code', 'code', () => ({})),
    ],
    success: { status: 200, adds: 'users' },
  });

  endpoint('POST /auth/wechat/phone', {
    method: 'POST',
    path: () => `${API}/auth/wechat/phone`,
    token: as('wechatUser'),
    valid: () => ({ code: `phone-${unique.phone()}` }),
    cases: [
      bad('an unknown field', 'phone', set('phone', '13800138000')),
      bad('an empty code', 'code', set('code', '')),
      bad('code as a number', 'code', set('code', 13800138000)),
      bad('a missing code', 'code', () => ({})),
    ],
    watch: () => userRow(wechatUser),
    success: { status: 200 },
  });

  endpoint('POST /auth/sms/send', {
    method: 'POST',
    path: () => `${API}/auth/sms/send`,
    valid: () => ({ phone: smsPhone }),
    cases: [
      bad('a phone starting 12', 'phone', set('phone', '12345678901')),
      bad('a phone of 10 digits', 'phone', set('phone', '1380013800')),
      bad('a landline', 'phone', set('phone', '0775-2823456')),
      bad('phone as a number', 'phone', set('phone', 13800138000)),
      bad('a missing phone', 'phone', () => ({})),
      bad('an unknown field', 'code', set('code', '123456')),
    ],
    success: { status: 200, adds: 'sms_codes' },
  });

  endpoint('POST /auth/sms/login', {
    method: 'POST',
    path: () => `${API}/auth/sms/login`,
    // Runs after /auth/sms/send above, which sent a code to smsPhone.
    valid: () => ({ phone: smsPhone, code: t.sms.lastCodeFor(smsPhone) }),
    cases: [
      bad('an invalid phone', 'phone', set('phone', 'abc')),
      bad('a code of five digits', 'code', set('code', '12345')),
      bad('a code with letters', 'code', set('code', '12345a')),
      bad('code as a number', 'code', set('code', 123456)),
      bad('a missing code', 'code', drop('code')),
      bad('an unknown field', 'role', set('role', 'admin')),
    ],
    // Not even a failed attempt is counted against the code.
    watch: () => t.db.getRepository(SmsCodeEntity).findBy({ phone: smsPhone }),
    success: { status: 200, adds: 'users' },
  });

  for (const action of ['refresh', 'logout'] as const) {
    endpoint(`POST /auth/${action}`, {
      method: 'POST',
      path: () => `${API}/auth/${action}`,
      valid: () => ({ refreshToken: sessions.refreshToken }),
      cases: [
        bad('a token of 5 characters', 'refreshToken', set('refreshToken', 'short')),
        bad('token as a number', 'refreshToken', set('refreshToken', 1234567890123456)),
        bad('a missing token', 'refreshToken', () => ({})),
        bad('an unknown field', 'userId', set('userId', '00000000-0000-4000-8000-000000000004')),
      ],
      watch: () => t.db.getRepository(RefreshTokenEntity).findBy({ userId: sessions.user.id }),
      success: { status: action === 'refresh' ? 200 : 204 },
    });
  }

  // ——— the account ———

  endpoint('PATCH /me', {
    method: 'PATCH',
    path: () => `${API}/me`,
    token: as('worker'),
    valid: () => ({ displayName: '秀梅' }),
    cases: [
      bad('an unknown field (roles)', 'roles', set('roles', ['admin'])),
      bad('an unknown field (regionCode)', 'regionCode', set('regionCode', '450900')),
      bad('an empty name', 'displayName', set('displayName', '')),
      bad('a name of spaces only', 'displayName', set('displayName', '   ')),
      bad('a name of 33 characters', 'displayName', set('displayName', '名'.repeat(33))),
      bad('name as a number', 'displayName', set('displayName', 5)),
      bad('a missing name', 'displayName', () => ({})),
    ],
    watch: () => userRow(worker),
    success: { status: 200 },
  });

  // ——— worker profiles ———

  const PROFILE_CASES: BadInput[] = [
    bad(
      'an unknown field',
      'assistedBy',
      set('assistedBy', '00000000-0000-4000-8000-000000000003'),
    ),
    bad('real name as a number', 'realName', set('realName', 12345)),
    bad('a one-character real name', 'realName', set('realName', '黄')),
    bad('a missing real name', 'realName', drop('realName')),
    ...ID_NUMBER_CASES,
    bad(
      'a city (not county) household region',
      'householdRegionCode',
      set('householdRegionCode', '450900'),
    ),
    bad(
      'a household region that does not exist',
      'householdRegionCode',
      set('householdRegionCode', '459999'),
    ),
    bad('household region as a number', 'householdRegionCode', set('householdRegionCode', 450903)),
    bad('a province as current region', 'currentRegionCode', set('currentRegionCode', '450000')),
    bad('an education level that does not exist', 'education', set('education', '博士后')),
    bad('skills as text', 'skills', set('skills', '缝纫')),
    bad(
      '21 skills',
      'skills',
      set(
        'skills',
        Array.from({ length: 21 }, (_, i) => `技能${i}`),
      ),
    ),
    bad('a skill of 21 characters', 'skills', set('skills', ['缝'.repeat(21)])),
    bad(
      'a wanted region that does not exist',
      'wantedRegionCodes',
      set('wantedRegionCodes', ['123456']),
    ),
    bad('salary as text', 'minMonthlySalary', set('minMonthlySalary', '3500')),
    bad('a fractional salary', 'minMonthlySalary', set('minMonthlySalary', 3500.5)),
    bad('a negative salary', 'minMonthlySalary', set('minMonthlySalary', -1)),
    bad('a priority group that does not exist', 'priorityGroup', set('priorityGroup', '贵宾')),
    bad('consent given as text', 'priorityGroupConsent', set('priorityGroupConsent', 'true')),
    bad('consent version as a number', 'consentVersion', set('consentVersion', 1)),
    bad('a list instead of an object', 'realName', () => []),
  ];

  endpoint('PUT /workers/me/profile (creating)', {
    method: 'PUT',
    path: () => `${API}/workers/me/profile`,
    token: as('newcomer'),
    valid: () => ({ ...profileIn() }),
    cases: [...PROFILE_CASES, bad('a missing ID number', 'idNumber', drop('idNumber'))],
    watch: () => userRow(newcomer),
    success: { status: 200, adds: 'worker_profiles' },
  });

  endpoint('PUT /workers/me/profile (editing)', {
    method: 'PUT',
    path: () => `${API}/workers/me/profile`,
    token: as('worker'),
    valid: () => ({ ...profileIn({ realName: '黄秀英' }) }),
    cases: PROFILE_CASES,
    watch: () => t.db.getRepository(WorkerProfileEntity).findOneBy({ userId: worker.user.id }),
    success: { status: 200 },
  });

  endpoint('POST /workers/assisted', {
    method: 'POST',
    path: () => `${API}/workers/assisted`,
    token: as('trainer'),
    valid: () => ({ ...assistedIn() }),
    cases: [
      ...PROFILE_CASES.filter((c) => c.field !== 'consentVersion'),
      bad('a missing ID number', 'idNumber', drop('idNumber')),
      bad('an invalid phone', 'phone', set('phone', '12345')),
      bad('a missing phone', 'phone', drop('phone')),
      bad('paper consent not signed', 'paperConsentSigned', set('paperConsentSigned', false)),
      bad('paper consent as text', 'paperConsentSigned', set('paperConsentSigned', 'yes')),
      bad('an empty consent reference', 'paperConsentReference', set('paperConsentReference', '')),
      bad('a missing consent reference', 'paperConsentReference', drop('paperConsentReference')),
    ],
    success: { status: 201, adds: 'worker_profiles' },
  });

  endpoint('GET /admin/workers', {
    method: 'GET',
    path: () => `${API}/admin/workers`,
    token: as('admin'),
    validQuery: `page=1&pageSize=10&q=${encodeURIComponent('黄')}`,
    cases: [...PAGE_CASES, badQuery(`q=${'黄'.repeat(33)}`, 'q')],
    success: { status: 200 },
  });

  endpoint('POST /admin/workers/:userId/id-number', {
    method: 'POST',
    path: () => `${API}/admin/workers/${worker.user.id}/id-number`,
    token: as('admin'),
    valid: () => ({ reason: '核实补贴申领材料' }),
    cases: [...REASON_CASES, bad('an unknown field', 'fields', set('fields', ['idNumber']))],
    success: { status: 200, adds: 'audit_logs' },
  });

  // ——— organisations ———

  endpoint('POST /employers', {
    method: 'POST',
    path: () => `${API}/employers`,
    token: as('signer'),
    valid: () => ({ ...employerIn() }),
    cases: ORGANISATION_CASES,
    success: { status: 201, adds: 'employers' },
  });

  endpoint('PUT /employers/mine', {
    method: 'PUT',
    path: () => `${API}/employers/mine`,
    token: as('employerStaff'),
    valid: () => ({ ...employerIn(), address: '福绵镇服装产业园9号' }),
    cases: ORGANISATION_CASES,
    watch: () => t.db.getRepository(EmployerEntity).findOneBy({ id: employerStaff.id }),
    success: { status: 200 },
  });

  endpoint('POST /providers', {
    method: 'POST',
    path: () => `${API}/providers`,
    token: as('providerSigner'),
    valid: () => ({ ...providerIn() }),
    cases: PROVIDER_CASES,
    success: { status: 201, adds: 'training_providers' },
  });

  endpoint('PUT /providers/mine', {
    method: 'PUT',
    path: () => `${API}/providers/mine`,
    token: as('providerAdmin'),
    valid: () => ({ ...providerIn(), kind: 'technical_school' }),
    cases: PROVIDER_CASES,
    watch: () => t.db.getRepository(TrainingProviderEntity).findOneBy({ id: providerAdmin.id }),
    success: { status: 200 },
  });

  endpoint('POST /providers/join', {
    method: 'POST',
    path: () => `${API}/providers/join`,
    token: as('joiner'),
    valid: () => ({ code: inviteCode }),
    cases: [
      bad('a code of 3 characters', 'code', set('code', 'ABC')),
      bad('a code of 9 characters', 'code', (v) => ({ ...v, code: `${inviteCode}X` })),
      bad('code as a number', 'code', set('code', 12345678)),
      bad('a missing code', 'code', () => ({})),
      bad('an unknown field', 'providerRole', set('providerRole', 'admin')),
    ],
    watch: async () => [
      await userRow(joiner),
      await t.db.getRepository(ProviderInviteEntity).findOneBy({ code: inviteCode }),
    ],
    success: { status: 200 },
  });

  endpoint('GET /admin/organisations', {
    method: 'GET',
    path: () => `${API}/admin/organisations`,
    token: as('admin'),
    validQuery: 'kind=employer&status=pending&page=1&pageSize=10',
    cases: [...PAGE_CASES, badQuery('kind=school', 'kind'), badQuery('status=done', 'status')],
    success: { status: 200 },
  });

  for (const kind of ['employer', 'provider'] as const) {
    endpoint(`POST /admin/${kind}s/:id/reject`, {
      method: 'POST',
      path: () =>
        `${API}/admin/${kind}s/${kind === 'employer' ? pendingEmployer : pendingProvider}/reject`,
      token: as('admin'),
      valid: () => ({ reason: '营业执照信息与填写不符' }),
      cases: [...REASON_CASES, bad('an unknown field', 'status', set('status', 'verified'))],
      watch: () =>
        kind === 'employer'
          ? t.db.getRepository(EmployerEntity).findOneBy({ id: pendingEmployer })
          : t.db.getRepository(TrainingProviderEntity).findOneBy({ id: pendingProvider }),
      success: { status: 200, adds: 'audit_logs' },
    });
  }

  endpoint('POST /admin/providers/:id/trainers', {
    method: 'POST',
    path: () => `${API}/admin/providers/${providerAdmin.id}/trainers`,
    token: as('admin'),
    valid: () => ({ phone: attachablePhone }),
    cases: [
      bad('an invalid phone', 'phone', set('phone', '123')),
      bad('phone as a number', 'phone', set('phone', 13800138000)),
      bad('a missing phone', 'phone', () => ({})),
      bad('an unknown field', 'providerRole', set('providerRole', 'admin')),
    ],
    watch: () => userRow(attachable),
    success: { status: 200, adds: 'audit_logs' },
  });

  endpoint('GET /admin/audit-logs', {
    method: 'GET',
    path: () => `${API}/admin/audit-logs`,
    token: as('admin'),
    validQuery: 'action=organisation.reject&page=1&pageSize=10',
    cases: [...PAGE_CASES, badQuery('action=drop.tables', 'action')],
    success: { status: 200 },
  });

  describe('consent problems answer with their own code, and write nothing', () => {
    const PRIORITY = { priorityGroup: '脱贫人口', priorityGroupConsent: false } as const;

    it.each([
      [
        'PUT /workers/me/profile',
        'an old privacy-notice version',
        'CONSENT_REQUIRED',
        { consentVersion: '2020-01-v0' },
      ],
      [
        'PUT /workers/me/profile',
        'a priority group without separate consent',
        'SENSITIVE_CONSENT_REQUIRED',
        PRIORITY,
      ],
      [
        'POST /workers/assisted',
        'a priority group without separate consent',
        'SENSITIVE_CONSENT_REQUIRED',
        PRIORITY,
      ],
    ] as const)('%s with %s → 400 %s', async (route, _what, code, change) => {
      const assisted = route === 'POST /workers/assisted';
      const token = assisted ? tokens.trainer : (await smsLogin(t, unique.phone())).accessToken;
      const before = await snapshot();
      const res = await call<ApiErrorBody>(
        t.baseUrl,
        assisted ? 'POST' : 'PUT',
        `${API}/${assisted ? 'workers/assisted' : 'workers/me/profile'}`,
        {
          token,
          body: { ...(assisted ? assistedIn() : profileIn()), ...change },
        },
      );
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await snapshot()).toEqual(before);
    });
  });
});
