import { randomUUID } from 'node:crypto';
import type {
  AssistedWorkerRequest,
  AuditLogListResponse,
  EmployerInput,
  EmployerResponse,
  MeResponse,
  OrganisationListResponse,
  ProviderInput,
  ProviderInviteResponse,
  ProviderResponse,
  RevealIdNumberResponse,
  TrainerListResponse,
  WorkerDataExport,
  WorkerListResponse,
  WorkerProfileInput,
  WorkerProfileResponse,
} from '@app/shared/api';
import type { ErrorCode } from '@app/shared/errors';
import { isWithin } from '@app/shared/regions';
import { DEMO_EMPLOYER_ID, DEMO_PROVIDER_ID } from '../src/modules/auth/demo-accounts';
import { TokenService } from '../src/modules/auth/token.service';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { EmployerEntity } from '../src/modules/organisations/employer.entity';
import { ProviderInviteEntity } from '../src/modules/organisations/provider-invite.entity';
import { TrainingProviderEntity } from '../src/modules/organisations/training-provider.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import {
  type AccountsTestApp,
  demoLogin,
  employerInput,
  expectError,
  profileInput,
  smsLogin,
  startAccountsApp,
  uniqueValues,
} from './helpers/accounts';
import { call, type JsonResponse } from './helpers/test-app';

/**
 * Who may call which accounts endpoint (docs/api-accounts.md), as a matrix: one test per endpoint ×
 * actor, asserting the exact status and error code. A wrong role is 403, someone else's resource or
 * one outside an admin's region is 404, and a refused answer carries nothing but the error shape.
 */

const API = '/api/v1';
const unique = uniqueValues();

type ActorName =
  | 'anonymous'
  | 'owner'
  | 'otherWorker'
  | 'employer'
  | 'trainer'
  | 'adminOutside'
  | 'countyAdmin'
  | 'adminInside';

const ACTOR_LABELS: Readonly<Record<ActorName, string>> = {
  anonymous: 'anonymous',
  owner: 'owner (worker with a profile in 福绵区)',
  otherWorker: 'another worker',
  employer: 'demo employer',
  trainer: 'demo trainer (admin of a verified provider)',
  adminOutside: 'admin outside the region (广州市 440100)',
  countyAdmin: 'county admin of another county (北流市 450981)',
  adminInside: 'admin in scope (玉林市 450900)',
};

interface Actor {
  name: ActorName;
  id: string | null;
  token: string | undefined;
  phone: string | null;
}

interface Row {
  actor: ActorName;
  status: number;
  code?: ErrorCode;
}

const allowed = (actor: ActorName, status = 200): Row => ({ actor, status });
const denied = (actor: ActorName, status: number, code: ErrorCode): Row => ({
  actor,
  status,
  code,
});
const ANONYMOUS = denied('anonymous', 401, 'UNAUTHENTICATED');
const forbidden = (...actors: ActorName[]): Row[] =>
  actors.map((actor) => denied(actor, 403, 'FORBIDDEN'));
const notFound = (...actors: ActorName[]): Row[] =>
  actors.map((actor) => denied(actor, 404, 'NOT_FOUND'));

const ADMINS: ActorName[] = ['adminOutside', 'countyAdmin', 'adminInside'];
const NOT_ADMINS: ActorName[] = ['owner', 'otherWorker', 'employer', 'trainer'];
const SIGNED_IN: ActorName[] = [...NOT_ADMINS, ...ADMINS];

/** Rows of an endpoint only workers may call (their own data). */
const WORKERS_ONLY: Row[] = [
  ANONYMOUS,
  allowed('owner'),
  allowed('otherWorker'),
  ...forbidden('employer', 'trainer', ...ADMINS),
];
/** Rows of an admin list: any admin may call it, each sees their own region. */
const ANY_ADMIN: Row[] = [ANONYMOUS, ...forbidden(...NOT_ADMINS), ...ADMINS.map((a) => allowed(a))];
/** Rows of an act on a 福绵区 resource: only the 玉林 admin reaches it. */
const ADMIN_IN_SCOPE: Row[] = [
  ANONYMOUS,
  ...forbidden(...NOT_ADMINS),
  ...notFound('adminOutside', 'countyAdmin'),
  allowed('adminInside'),
];
/** Sign-up of an organisation: anyone not yet in one (workers and admins alike). */
const SIGN_UP = (status: number): Row[] => [
  ANONYMOUS,
  allowed('owner', status),
  allowed('otherWorker', status),
  denied('employer', 409, 'ALREADY_IN_ORGANISATION'),
  denied('trainer', 409, 'ALREADY_IN_ORGANISATION'),
  // bureau staff review organisations, so they may not be one
  ...ADMINS.map((a) => denied(a, 403, 'FORBIDDEN')),
];
/** Actors a sign-up would change: each row gets a new account of the same kind instead. */
const NOT_IN_ORGANISATION: ActorName[] = ['owner', 'otherWorker', ...ADMINS];

const CHINESE_DIGITS = '零一二三四五六七八九';
const OWNER_NAME = `覃${String(Math.floor(Math.random() * 10000))
  .padStart(4, '0')
  .replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)])}`;

describe('accounts: who may call what', () => {
  let t: AccountsTestApp;
  const actors = {} as Record<ActorName, Actor>;
  let ownerIdNumber: string;
  let otherIdNumber: string;

  const api = <T = unknown>(
    method: string,
    path: string,
    actor: Actor,
    body?: unknown,
  ): Promise<JsonResponse<T>> =>
    call<T>(t.baseUrl, method, `${API}${path}`, { token: actor.token, body });

  /** A new worker account, logged in by SMS, with a 福绵区 profile unless told otherwise. */
  async function newWorker(
    name: ActorName = 'owner',
    profile: Partial<WorkerProfileInput> | null = {},
  ): Promise<Actor & { idNumber: string }> {
    const phone = unique.phone();
    const login = await smsLogin(t, phone);
    const actor: Actor = { name, id: login.user.id, token: login.accessToken, phone };
    const idNumber = unique.idNumber();
    if (profile) {
      const res = await api('PUT', '/workers/me/profile', actor, {
        ...profileInput({ idNumber }),
        ...profile,
      });
      if (res.status !== 200) throw new Error(`profile ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return { ...actor, idNumber };
  }

  /** An admin account inserted straight into the database, with a token from the running app. */
  async function newAdmin(name: ActorName, regionCode: string): Promise<Actor> {
    const id = randomUUID();
    const phone = unique.phone();
    await t.db.getRepository(UserEntity).insert({
      id,
      displayName: `测试管理员${regionCode}`,
      phone,
      wechatOpenId: null,
      wechatUnionId: null,
      roles: ['admin'],
      status: 'active',
      regionCode,
      employerId: null,
      providerId: null,
      providerRole: null,
      deletedAt: null,
      isDemo: false,
    });
    const tokens = await t.app.get(TokenService).issue(id);
    return { name, id, token: tokens.accessToken, phone };
  }

  const REGION_OF: Partial<Record<ActorName, string>> = {
    adminOutside: '440100',
    countyAdmin: '450981',
    adminInside: '450900',
  };

  /** A new account of the same kind as the actor, for calls that change who the caller is. */
  async function freshActor(name: ActorName): Promise<Actor> {
    const region = REGION_OF[name];
    if (region) return newAdmin(name, region);
    if (name === 'owner' || name === 'otherWorker') return newWorker(name);
    if (name === 'employer') {
      const staff = await newWorker(name, null);
      const res = await api('POST', '/employers', staff, employerIn());
      if (res.status !== 201) throw new Error(`employer ${res.status}`);
      return staff;
    }
    if (name === 'trainer') {
      const staff = await newWorker(name, null);
      const res = await api('POST', '/providers', staff, providerIn());
      if (res.status !== 201) throw new Error(`provider ${res.status}`);
      return staff;
    }
    return actors.anonymous;
  }

  const employerIn = (): EmployerInput => employerInput({ creditCode: unique.creditCode() });
  const providerIn = (): ProviderInput => ({ ...employerIn(), kind: 'training_agency' });

  /** A pending 福绵区 employer or provider, signed up by a new worker. */
  async function pendingOrganisation(kind: 'employer' | 'provider'): Promise<string> {
    const founder = await newWorker('owner', null);
    if (kind === 'employer') {
      const res = await api<EmployerResponse>('POST', '/employers', founder, employerIn());
      return res.body.employer.id;
    }
    const res = await api<ProviderResponse>('POST', '/providers', founder, providerIn());
    return res.body.provider.id;
  }

  const auditRows = (targetId: string) => t.db.getRepository(AuditLogEntity).findBy({ targetId });

  /** What a refused caller gets: the error shape and nothing about the resource. */
  function expectOnlyError(body: unknown, code: ErrorCode): void {
    const error = expectError(body, code);
    expect(Object.keys(error).sort()).toEqual(['code', 'message', 'requestId']);
    const text = JSON.stringify(body);
    for (const secret of [
      ownerIdNumber,
      otherIdNumber,
      OWNER_NAME,
      actors.owner.phone ?? '',
      actors.owner.id ?? '',
      '91450903MA5L0DEM0M', // the demo employer's 信用代码
    ]) {
      expect(text).not.toContain(secret);
    }
  }

  interface Endpoint<C> {
    rows: Row[];
    /** Actors replaced by a new account of the same kind (the call changes who they are). */
    fresh?: readonly ActorName[];
    prepare?: () => Promise<C>;
    request: (actor: Actor, ctx: C) => Promise<JsonResponse>;
    /** Checks on a successful answer. */
    ok?: (res: JsonResponse, actor: Actor, ctx: C) => void | Promise<void>;
    /** Checks that a refused call changed nothing. */
    refused?: (actor: Actor, ctx: C) => void | Promise<void>;
  }

  /** One test per row: `<actor> → <status> <code>`. */
  function matrix<C = undefined>(title: string, endpoint: Endpoint<C>): void {
    describe(title, () => {
      const cases = endpoint.rows.map((row) => ({
        ...row,
        label: `${ACTOR_LABELS[row.actor]}${endpoint.fresh?.includes(row.actor) ? ' [a new account of that kind]' : ''}`,
        expected: row.code ?? 'OK',
      }));
      it.each(cases)('$label → $status $expected', async (row) => {
        const actor = endpoint.fresh?.includes(row.actor)
          ? await freshActor(row.actor)
          : actors[row.actor];
        const ctx = (endpoint.prepare ? await endpoint.prepare() : undefined) as C;
        const res = await endpoint.request(actor, ctx);
        expect({
          status: res.status,
          code: res.status >= 400 ? (res.body as { code?: unknown }).code : undefined,
        }).toEqual({ status: row.status, code: row.code });
        if (row.code) {
          expectOnlyError(res.body, row.code);
          await endpoint.refused?.(actor, ctx);
        } else {
          await endpoint.ok?.(res, actor, ctx);
        }
      });
    });
  }

  beforeAll(async () => {
    t = await startAccountsApp();
    actors.anonymous = { name: 'anonymous', id: null, token: undefined, phone: null };
    const owner = await newWorker('owner', { realName: OWNER_NAME });
    ownerIdNumber = owner.idNumber;
    actors.owner = owner;
    const other = await newWorker('otherWorker', { realName: '韦小红' });
    otherIdNumber = other.idNumber;
    actors.otherWorker = other;
    for (const role of ['employer', 'trainer', 'admin'] as const) {
      const login = await demoLogin(t, role);
      const name: ActorName = role === 'admin' ? 'adminInside' : role;
      actors[name] = { name, id: login.user.id, token: login.accessToken, phone: null };
    }
    actors.adminOutside = await newAdmin('adminOutside', '440100');
    actors.countyAdmin = await newAdmin('countyAdmin', '450981');
  });

  afterAll(async () => {
    await t?.close();
  });

  // ——— the account itself ———

  matrix('GET /me', {
    rows: [ANONYMOUS, ...SIGNED_IN.map((a) => allowed(a))],
    request: (actor) => api('GET', '/me', actor),
    ok: (res, actor) => {
      expect((res.body as MeResponse).user.id).toBe(actor.id);
    },
  });

  matrix('PATCH /me', {
    rows: [ANONYMOUS, ...SIGNED_IN.map((a) => allowed(a))],
    async request(actor) {
      // The same name again, so the shared demo accounts stay as they were.
      const me = await api<MeResponse>('GET', '/me', actor);
      return api('PATCH', '/me', actor, { displayName: me.body.user?.displayName ?? '张三' });
    },
    ok: (res, actor) => {
      expect((res.body as MeResponse).user.id).toBe(actor.id);
    },
  });

  matrix('GET /me/export', {
    rows: [ANONYMOUS, ...SIGNED_IN.map((a) => allowed(a))],
    request: (actor) => api('GET', '/me/export', actor),
    ok: (res, actor) => {
      const data = res.body as WorkerDataExport;
      expect(data.account.id).toBe(actor.id);
      if (actor.phone) expect(data.account.phone).toBe(actor.phone);
      const own = { owner: ownerIdNumber, otherWorker: otherIdNumber }[actor.name as string];
      expect(data.profile?.idNumber ?? null).toBe(own ?? null);
      // Nobody's export carries anyone else's personal data.
      const text = JSON.stringify(data);
      if (actor.name !== 'owner') {
        expect(text).not.toContain(ownerIdNumber);
        expect(text).not.toContain(OWNER_NAME);
        expect(text).not.toContain(actors.owner.phone);
      }
      if (actor.name !== 'otherWorker') expect(text).not.toContain(otherIdNumber);
    },
  });

  matrix('DELETE /me (a throwaway account of each kind)', {
    rows: [ANONYMOUS, ...SIGNED_IN.map((a) => allowed(a, 204))],
    fresh: SIGNED_IN,
    request: (actor) => api('DELETE', '/me', actor),
    ok: async (_res, actor) => {
      const after = await api('GET', '/me', actor);
      expect(after.status).toBe(401);
      expectError(after.body, 'TOKEN_INVALID');
      const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: actor.id ?? '' });
      expect(row).toMatchObject({ status: 'deleted', phone: null, displayName: '已注销用户' });
    },
  });

  // ——— the worker's own profile ———

  matrix('GET /workers/me/profile', {
    rows: WORKERS_ONLY,
    request: (actor) => api('GET', '/workers/me/profile', actor),
    ok: (res, actor) => {
      const { profile } = res.body as WorkerProfileResponse;
      expect(profile.userId).toBe(actor.id);
      expect(profile.idNumberMasked).toMatch(/\*{10}/);
    },
  });

  matrix('PUT /workers/me/profile', {
    rows: WORKERS_ONLY,
    request(actor) {
      const realName = actor.name === 'owner' ? OWNER_NAME : '韦小红';
      if (actor.name === 'owner' || actor.name === 'otherWorker') {
        // An edit: the stored ID number is kept when none is sent.
        const { idNumber: _kept, ...edit } = profileInput({ realName });
        return api('PUT', '/workers/me/profile', actor, edit);
      }
      return api('PUT', '/workers/me/profile', actor, {
        ...profileInput({ idNumber: unique.idNumber() }),
        realName,
      });
    },
    ok: (res, actor) => {
      const { profile } = res.body as WorkerProfileResponse;
      expect(profile.userId).toBe(actor.id);
      expect(profile.householdRegionCode).toBe('450903');
    },
    refused: async (actor) => {
      if (!actor.id) return;
      const profiles = t.db.getRepository(WorkerProfileEntity);
      expect(await profiles.countBy({ userId: actor.id })).toBe(0);
    },
  });

  matrix('GET /workers/me/profile/id-number', {
    rows: WORKERS_ONLY,
    request: (actor) => api('GET', '/workers/me/profile/id-number', actor),
    ok: async (res, actor) => {
      const expected = actor.name === 'owner' ? ownerIdNumber : otherIdNumber;
      expect((res.body as RevealIdNumberResponse).idNumber).toBe(expected);
      // Audited like any reveal.
      expect(await auditRows(actor.id ?? '')).toContainEqual(
        expect.objectContaining({
          actorId: actor.id,
          action: 'worker.reveal_id_number',
          reason: '本人查看',
        }),
      );
    },
  });

  // ——— assisted sign-up ———

  matrix<AssistedWorkerRequest>('POST /workers/assisted', {
    rows: [
      ANONYMOUS,
      ...forbidden('owner', 'otherWorker', 'employer'),
      allowed('trainer', 201),
      ...forbidden('adminOutside', 'countyAdmin'),
      allowed('adminInside', 201),
    ],
    prepare: async () => {
      const { consentVersion: _c, ...fields } = profileInput({ realName: '莫阿姨' });
      return {
        ...fields,
        idNumber: unique.idNumber(),
        phone: unique.phone(),
        paperConsentSigned: true,
        paperConsentReference: 'YL-2026-0001',
      };
    },
    request: (actor, body) => api('POST', '/workers/assisted', actor, body),
    ok: async (res, _actor, body) => {
      const { profile } = res.body as WorkerProfileResponse;
      expect(profile).toMatchObject({
        realName: '莫阿姨',
        householdRegionCode: '450903',
        assisted: true,
        claimed: false,
      });
      expect(profile.idNumberMasked).not.toBe(body.idNumber);
    },
    refused: async (_actor, body) => {
      expect(await t.db.getRepository(UserEntity).countBy({ phone: body.phone })).toBe(0);
    },
  });

  it('POST /workers/assisted: a trainer of a provider not yet verified → 403 FORBIDDEN', async () => {
    const trainer = await freshActor('trainer'); // their provider is pending
    const { consentVersion: _c, ...fields } = profileInput({ idNumber: unique.idNumber() });
    const phone = unique.phone();
    const res = await api('POST', '/workers/assisted', trainer, {
      ...fields,
      phone,
      paperConsentSigned: true,
      paperConsentReference: 'YL-2026-0002',
    });
    expect(res.status).toBe(403);
    expectOnlyError(res.body, 'FORBIDDEN');
    expect(await t.db.getRepository(UserEntity).countBy({ phone })).toBe(0);
  });

  // ——— admins and workers ———

  matrix('GET /admin/workers', {
    rows: ANY_ADMIN,
    request: (actor) =>
      api('GET', `/admin/workers?pageSize=100&q=${encodeURIComponent(OWNER_NAME)}`, actor),
    ok: (res, actor) => {
      const list = res.body as WorkerListResponse;
      const ids = list.items.map((item) => item.userId);
      if (actor.name === 'adminInside') expect(ids).toContain(actors.owner.id);
      else expect(ids).not.toContain(actors.owner.id);
      for (const item of list.items) {
        expect(item.idNumberMasked).toMatch(/\*{10}/);
        if (item.phoneMasked) expect(item.phoneMasked).toMatch(/\*{4}/);
      }
      expect(JSON.stringify(list)).not.toContain(ownerIdNumber);
    },
  });

  matrix('GET /admin/workers/:userId (the owner)', {
    rows: ADMIN_IN_SCOPE,
    request: (actor) => api('GET', `/admin/workers/${actors.owner.id}`, actor),
    ok: (res) => {
      const { profile } = res.body as WorkerProfileResponse;
      expect(profile).toMatchObject({ userId: actors.owner.id, realName: OWNER_NAME });
      expect(JSON.stringify(profile)).not.toContain(ownerIdNumber);
    },
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['an id that is not a UUID', 'not-a-uuid'],
  ])('GET /admin/workers/:userId: %s → 404 NOT_FOUND for the admin in scope', async (_l, id) => {
    const res = await api('GET', `/admin/workers/${id}`, actors.adminInside);
    expect(res.status).toBe(404);
    expectOnlyError(res.body, 'NOT_FOUND');
  });

  matrix<number>('POST /admin/workers/:userId/id-number (the owner)', {
    rows: ADMIN_IN_SCOPE,
    prepare: async () => (await auditRows(actors.owner.id ?? '')).length,
    request: (actor) =>
      api('POST', `/admin/workers/${actors.owner.id}/id-number`, actor, {
        reason: '核实补贴申领材料',
      }),
    ok: async (res, actor, before) => {
      expect((res.body as RevealIdNumberResponse).idNumber).toBe(ownerIdNumber);
      const rows = await auditRows(actors.owner.id ?? '');
      expect(rows).toHaveLength(before + 1);
      expect(rows).toContainEqual(
        expect.objectContaining({
          actorId: actor.id,
          action: 'worker.reveal_id_number',
          reason: '核实补贴申领材料',
          regionCode: '450903',
        }),
      );
    },
    refused: async (_actor, before) => {
      expect(await auditRows(actors.owner.id ?? '')).toHaveLength(before);
    },
  });

  // ——— employers ———

  matrix<EmployerInput>('POST /employers', {
    rows: SIGN_UP(201),
    fresh: NOT_IN_ORGANISATION,
    prepare: async () => employerIn(),
    request: (actor, body) => api('POST', '/employers', actor, body),
    ok: async (res, actor, body) => {
      const { employer } = res.body as EmployerResponse;
      expect(employer).toMatchObject({ creditCode: body.creditCode, status: 'pending' });
      const me = await api<MeResponse>('GET', '/me', actor);
      expect(me.body.user).toMatchObject({ employerId: employer.id });
      expect(me.body.user.roles).toContain('employer');
    },
    refused: async (_actor, body) => {
      const count = await t.db
        .getRepository(EmployerEntity)
        .countBy({ creditCode: body.creditCode });
      expect(count).toBe(0);
    },
  });

  const EMPLOYER_ONLY: Row[] = [
    ANONYMOUS,
    ...forbidden('owner', 'otherWorker'),
    allowed('employer'),
    ...forbidden('trainer', ...ADMINS),
  ];

  matrix('GET /employers/mine', {
    rows: EMPLOYER_ONLY,
    request: (actor) => api('GET', '/employers/mine', actor),
    ok: (res) => {
      expect((res.body as EmployerResponse).employer).toMatchObject({
        id: DEMO_EMPLOYER_ID,
        status: 'verified',
      });
    },
  });

  matrix<EmployerInput>('PUT /employers/mine', {
    rows: EMPLOYER_ONLY,
    // The demo employer's own details again, so it stays verified for everyone else.
    prepare: async () => {
      const row = await t.db
        .getRepository(EmployerEntity)
        .findOneByOrFail({ id: DEMO_EMPLOYER_ID });
      const { name, creditCode, regionCode, address, contactName, contactPhone, description } = row;
      return { name, creditCode, regionCode, address, contactName, contactPhone, description };
    },
    request: (actor, body) => api('PUT', '/employers/mine', actor, body),
    ok: (res) => {
      expect((res.body as EmployerResponse).employer).toMatchObject({
        id: DEMO_EMPLOYER_ID,
        status: 'verified',
      });
    },
  });

  describe("an employer's data belongs to its own staff", () => {
    it('the demo employer sees itself; the staff of another employer see only their own', async () => {
      const own = await api<EmployerResponse>('GET', '/employers/mine', actors.employer);
      expect(own.body.employer.id).toBe(DEMO_EMPLOYER_ID);

      const otherStaff = await freshActor('employer');
      const mine = await api<EmployerResponse>('GET', '/employers/mine', otherStaff);
      expect(mine.status).toBe(200);
      expect(mine.body.employer.id).not.toBe(DEMO_EMPLOYER_ID);
      expect(JSON.stringify(mine.body)).not.toContain('91450903MA5L0DEM0M');
    });

    it('the staff of another employer cannot reach the demo employer by any route', async () => {
      const otherStaff = await freshActor('employer');
      const before = await t.db
        .getRepository(EmployerEntity)
        .findOneByOrFail({ id: DEMO_EMPLOYER_ID });

      // Editing "mine" edits their own employer only.
      const edit = await api<EmployerResponse>('PUT', '/employers/mine', otherStaff, {
        ...employerIn(),
        name: '另一家服装厂',
      });
      expect(edit.status).toBe(200);
      expect(edit.body.employer.id).not.toBe(DEMO_EMPLOYER_ID);

      const attempts: [string, string, unknown?][] = [
        ['GET', `/employers/${DEMO_EMPLOYER_ID}`],
        ['PUT', `/employers/${DEMO_EMPLOYER_ID}`, employerIn()],
        ['GET', '/admin/organisations?kind=employer'],
        ['POST', `/admin/employers/${DEMO_EMPLOYER_ID}/verify`],
        ['POST', `/admin/employers/${DEMO_EMPLOYER_ID}/reject`, { reason: '营业执照不符' }],
        ['GET', '/admin/audit-logs'],
      ];
      for (const [method, path, body] of attempts) {
        const res = await api(method, path, otherStaff, body);
        expect({ path, status: res.status }).toEqual({
          path,
          status: path.startsWith('/admin') ? 403 : 404,
        });
        expect(JSON.stringify(res.body)).not.toContain('91450903MA5L0DEM0M');
        expect(JSON.stringify(res.body)).not.toContain(before.name);
      }
      const after = await t.db
        .getRepository(EmployerEntity)
        .findOneByOrFail({ id: DEMO_EMPLOYER_ID });
      expect(after).toEqual(before);
    });
  });

  // ——— training providers ———

  matrix<ProviderInput>('POST /providers', {
    rows: SIGN_UP(201),
    fresh: NOT_IN_ORGANISATION,
    prepare: async () => providerIn(),
    request: (actor, body) => api('POST', '/providers', actor, body),
    ok: async (res, actor, body) => {
      const { provider } = res.body as ProviderResponse;
      expect(provider).toMatchObject({ creditCode: body.creditCode, status: 'pending' });
      const me = await api<MeResponse>('GET', '/me', actor);
      expect(me.body.user).toMatchObject({ providerId: provider.id, providerRole: 'admin' });
      expect(me.body.user.roles).toContain('trainer');
    },
    refused: async (_actor, body) => {
      const count = await t.db
        .getRepository(TrainingProviderEntity)
        .countBy({ creditCode: body.creditCode });
      expect(count).toBe(0);
    },
  });

  const TRAINER_ONLY = (status = 200): Row[] => [
    ANONYMOUS,
    ...forbidden('owner', 'otherWorker', 'employer'),
    allowed('trainer', status),
    ...forbidden(...ADMINS),
  ];

  matrix('GET /providers/mine', {
    rows: TRAINER_ONLY(),
    request: (actor) => api('GET', '/providers/mine', actor),
    ok: (res) => {
      expect((res.body as ProviderResponse).provider).toMatchObject({
        id: DEMO_PROVIDER_ID,
        status: 'verified',
      });
    },
  });

  matrix<ProviderInput>('PUT /providers/mine', {
    rows: TRAINER_ONLY(),
    // The demo provider's own details again, so it stays verified for everyone else.
    prepare: async () => {
      const row = await t.db
        .getRepository(TrainingProviderEntity)
        .findOneByOrFail({ id: DEMO_PROVIDER_ID });
      const { name, creditCode, regionCode, address, contactName, contactPhone, description } = row;
      return {
        name,
        creditCode,
        regionCode,
        address,
        contactName,
        contactPhone,
        description,
        kind: row.kind,
      };
    },
    request: (actor, body) => api('PUT', '/providers/mine', actor, body),
    ok: (res) => {
      expect((res.body as ProviderResponse).provider).toMatchObject({
        id: DEMO_PROVIDER_ID,
        status: 'verified',
      });
    },
  });

  matrix('GET /providers/mine/trainers', {
    rows: TRAINER_ONLY(),
    request: (actor) => api('GET', '/providers/mine/trainers', actor),
    ok: (res) => {
      expect((res.body as TrainerListResponse).items).toContainEqual(
        expect.objectContaining({ userId: actors.trainer.id, providerRole: 'admin' }),
      );
    },
  });

  matrix('POST /providers/mine/invites', {
    rows: TRAINER_ONLY(201),
    request: (actor) => api('POST', '/providers/mine/invites', actor),
    ok: (res) => {
      const invite = res.body as ProviderInviteResponse;
      expect(invite.code).toMatch(/^[A-Z2-9]{8}$/);
      expect(new Date(invite.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    },
  });

  matrix<string>('POST /providers/join (with a valid invite of the demo provider)', {
    rows: SIGN_UP(200),
    fresh: NOT_IN_ORGANISATION,
    prepare: async () => {
      const res = await api<ProviderInviteResponse>(
        'POST',
        '/providers/mine/invites',
        actors.trainer,
      );
      return res.body.code;
    },
    request: (actor, code) => api('POST', '/providers/join', actor, { code }),
    ok: async (res, actor) => {
      expect((res.body as ProviderResponse).provider.id).toBe(DEMO_PROVIDER_ID);
      const me = await api<MeResponse>('GET', '/me', actor);
      expect(me.body.user).toMatchObject({ providerId: DEMO_PROVIDER_ID, providerRole: 'trainer' });
    },
    refused: async (_actor, code) => {
      const invite = await t.db.getRepository(ProviderInviteEntity).findOneByOrFail({ code });
      expect(invite.usedBy).toBeNull();
    },
  });

  describe('a plain trainer (joined by invite) of the demo provider', () => {
    let plain: Actor;
    beforeAll(async () => {
      plain = await newWorker('trainer', null);
      const invite = await api<ProviderInviteResponse>(
        'POST',
        '/providers/mine/invites',
        actors.trainer,
      );
      const joined = await api('POST', '/providers/join', plain, { code: invite.body.code });
      expect(joined.status).toBe(200);
    });

    it.each([
      ['GET', '/providers/mine', 200],
      ['GET', '/providers/mine/trainers', 200],
      ['POST', '/providers/mine/invites', 403],
      ['PUT', '/providers/mine', 403],
      ['POST', `/admin/providers/${DEMO_PROVIDER_ID}/trainers`, 403],
    ] as const)('%s %s → %i', async (method, path, status) => {
      const bodies: Record<string, unknown> = {
        '/providers/mine': providerIn(),
        [`/admin/providers/${DEMO_PROVIDER_ID}/trainers`]: { phone: unique.phone() },
      };
      const res = await api(method, path, plain, method === 'GET' ? undefined : bodies[path]);
      expect(res.status).toBe(status);
      if (status === 403) expectOnlyError(res.body, 'FORBIDDEN');
    });
  });

  // ——— review by admins ———

  describe('GET /admin/organisations', () => {
    let pendingId: string;
    beforeAll(async () => {
      pendingId = await pendingOrganisation('employer');
    });

    matrix('(a pending 福绵区 employer)', {
      rows: ANY_ADMIN,
      request: (actor) =>
        api('GET', '/admin/organisations?kind=employer&status=pending&pageSize=100', actor),
      ok: (res, actor) => {
        const list = res.body as OrganisationListResponse;
        const ids = list.items.map((item) => item.id);
        if (actor.name === 'adminInside') expect(ids).toContain(pendingId);
        else expect(ids).not.toContain(pendingId);
        const scope = REGION_OF[actor.name] ?? '';
        for (const item of list.items) expect(isWithin(item.regionCode, scope)).toBe(true);
      },
    });
  });

  type Decision = 'verify' | 'reject';
  const decide = (kind: 'employer' | 'provider', decision: Decision, id: string, actor: Actor) =>
    api(
      'POST',
      `/admin/${kind}s/${id}/${decision}`,
      actor,
      decision === 'reject' ? { reason: '营业执照信息与填写不符' } : undefined,
    );

  for (const kind of ['employer', 'provider'] as const) {
    for (const decision of ['verify', 'reject'] as const) {
      matrix<string>(`POST /admin/${kind}s/:id/${decision} (a pending 福绵区 ${kind})`, {
        rows: ADMIN_IN_SCOPE,
        prepare: () => pendingOrganisation(kind),
        request: (actor, id) => decide(kind, decision, id, actor),
        ok: async (res, _actor, id) => {
          const view =
            kind === 'employer'
              ? (res.body as EmployerResponse).employer
              : (res.body as ProviderResponse).provider;
          expect(view).toMatchObject({
            id,
            status: decision === 'verify' ? 'verified' : 'rejected',
            rejectReason: decision === 'verify' ? null : '营业执照信息与填写不符',
          });
          expect(await auditRows(id)).toEqual([
            expect.objectContaining({
              actorId: actors.adminInside.id,
              action: decision === 'verify' ? 'organisation.verify' : 'organisation.reject',
              targetType: kind,
              regionCode: '450903',
            }),
          ]);
        },
        refused: async (_actor, id) => {
          const entity = kind === 'employer' ? EmployerEntity : TrainingProviderEntity;
          const row = await t.db.getRepository(entity).findOneByOrFail({ id });
          expect(row.status).toBe('pending');
          expect(await auditRows(id)).toEqual([]);
        },
      });
    }

    describe(`POST /admin/${kind}s/:id/verify|reject: one decision only`, () => {
      it.each([
        ['verify', 'verify'],
        ['verify', 'reject'],
        ['reject', 'verify'],
        ['reject', 'reject'],
      ] as const)('%s then %s → 409 ORGANISATION_NOT_PENDING', async (first, second) => {
        const id = await pendingOrganisation(kind);
        expect((await decide(kind, first, id, actors.adminInside)).status).toBe(200);
        const res = await decide(kind, second, id, actors.adminInside);
        expect(res.status).toBe(409);
        expectOnlyError(res.body, 'ORGANISATION_NOT_PENDING');
        expect(await auditRows(id)).toHaveLength(1);
      });

      it.each([
        ['an unknown id', randomUUID()],
        ['an id that is not a UUID', 'not-a-uuid'],
      ])('%s → 404 NOT_FOUND', async (_l, id) => {
        for (const decision of ['verify', 'reject'] as const) {
          const res = await decide(kind, decision, id, actors.adminInside);
          expect(res.status).toBe(404);
          expectOnlyError(res.body, 'NOT_FOUND');
        }
      });
    });
  }

  matrix<{ providerId: string; worker: Actor }>(
    'POST /admin/providers/:id/trainers (a 福绵区 provider, an existing worker by phone)',
    {
      rows: ADMIN_IN_SCOPE,
      prepare: async () => ({
        providerId: await pendingOrganisation('provider'),
        worker: await newWorker('otherWorker', null),
      }),
      request: (actor, { providerId, worker }) =>
        api('POST', `/admin/providers/${providerId}/trainers`, actor, { phone: worker.phone }),
      ok: async (res, _actor, { providerId, worker }) => {
        expect((res.body as TrainerListResponse).items).toContainEqual(
          expect.objectContaining({ userId: worker.id, providerRole: 'trainer' }),
        );
        const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: worker.id ?? '' });
        expect(row).toMatchObject({ providerId, providerRole: 'trainer' });
        expect(await auditRows(worker.id ?? '')).toEqual([
          expect.objectContaining({ action: 'provider.attach_trainer', regionCode: '450903' }),
        ]);
      },
      refused: async (_actor, { worker }) => {
        const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: worker.id ?? '' });
        expect(row).toMatchObject({ providerId: null, roles: ['worker'] });
        expect(await auditRows(worker.id ?? '')).toEqual([]);
      },
    },
  );

  describe('GET /admin/audit-logs', () => {
    let verifiedId: string;
    beforeAll(async () => {
      verifiedId = await pendingOrganisation('employer');
      const res = await decide('employer', 'verify', verifiedId, actors.adminInside);
      expect(res.status).toBe(200);
    });

    matrix('(after the 玉林 admin verified a 福绵区 employer)', {
      rows: ANY_ADMIN,
      request: (actor) =>
        api('GET', '/admin/audit-logs?action=organisation.verify&pageSize=100', actor),
      ok: (res, actor) => {
        const list = res.body as AuditLogListResponse;
        const targets = list.items.map((item) => item.targetId);
        if (actor.name === 'adminInside') expect(targets).toContain(verifiedId);
        else expect(targets).not.toContain(verifiedId);
        const scope = REGION_OF[actor.name] ?? '';
        for (const item of list.items) {
          expect(item.regionCode).not.toBeNull();
          expect(isWithin(item.regionCode ?? '', scope)).toBe(true);
        }
      },
    });
  });
});
