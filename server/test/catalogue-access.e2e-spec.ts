import { randomUUID } from 'node:crypto';
import type {
  AffiliateInput,
  BrandDetailResponse,
  BrandInput,
  BrandListResponse,
  CourseInput,
  CourseListResponse,
  CourseView,
  ProviderInput,
  ProviderResponse,
  SessionDetailResponse,
  SessionInput,
  SessionListResponse,
} from '@app/shared/api';
import type { ApiErrorBody, ErrorCode, FieldError } from '@app/shared/errors';
import { In, IsNull } from 'typeorm';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { DEMO_PROVIDER_ID } from '../src/modules/auth/demo-accounts';
import { TokenService } from '../src/modules/auth/token.service';
import { AffiliateEntity } from '../src/modules/brands/affiliate.entity';
import { BrandEntity } from '../src/modules/brands/brand.entity';
import { BrandOccupationEntity } from '../src/modules/brands/occupation.entity';
import { TrainingProviderEntity } from '../src/modules/organisations/training-provider.entity';
import { CourseEntity } from '../src/modules/training/course.entity';
import {
  LessonEntity,
  TrainingSessionEntity,
} from '../src/modules/training/training-session.entity';
import { chinaDate } from '../src/common/china-time';
import { UserEntity } from '../src/modules/users/user.entity';
import {
  type AccountsTestApp,
  demoLogin,
  employerInput,
  expectError,
  smsLogin,
  startAccountsApp,
  uniqueValues,
} from './helpers/accounts';
import { call, type JsonResponse } from './helpers/test-app';

/**
 * Who may call the catalogue's write endpoints (docs/api-catalogue.md), what bad input gets, and the
 * public, cacheable reads. A wrong role is 403; another provider's course or session, or a brand
 * outside an admin's region, is 404; bad input is 400 VALIDATION_FAILED naming the field, and writes
 * nothing. Brands and sessions this file creates are archived / cancelled at the end, so the public
 * lists other test files read look as before.
 */

const API = '/api/v1';
const unique = uniqueValues();
/** This run's own brand codes and names: `ca-<run>-<n>`. */
const RUN = Math.floor(Math.random() * 36 ** 5)
  .toString(36)
  .padStart(5, '0');
const CHINESE_DIGITS = '零一二三四五六七八九';
const RUN_NAME = String(Math.floor(Math.random() * 10000))
  .padStart(4, '0')
  .replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]);

const FUMIAN = 'fumian-caifeng';
const BEILIU = 'beiliu-taoci-gongjiang';
/** 缝纫工: on 福绵裁缝's training list. */
const FUMIAN_OCCUPATION = 'fengrengong';
/** 陶瓷装饰工: on 北流陶瓷工匠's list, not on 福绵裁缝's. */
const BEILIU_OCCUPATION = 'taoci-zhuangshigong';

const HAS_CHINESE = /[\u4e00-\u9fff]/;
/** The demo seed's fixed course ids (training.seed.ts). */
const SEEDED_COURSE_PREFIX = '00000000-0000-4000-8c00-';
const SEEDED_SESSION_PREFIX = '00000000-0000-4000-8d00-';

type ActorName =
  | 'anonymous'
  | 'worker'
  | 'employer'
  | 'trainer'
  | 'admin'
  | 'gzAdmin'
  | 'beiliuAdmin'
  | 'otherTrainer'
  | 'pendingTrainer';

interface Actor {
  name: ActorName;
  id: string | null;
  token: string | undefined;
}

type Method = 'GET' | 'POST' | 'PUT';

/** Days from today, China time, as YYYY-MM-DD. */
const day = (days: number) => chinaDate(new Date(), days);

let brandSeq = 0;
function brandInput(overrides: Partial<BrandInput> = {}): BrandInput {
  brandSeq += 1;
  return {
    code: `ca-${RUN}-${brandSeq}`,
    name: `权限测试品牌${RUN_NAME}${CHINESE_DIGITS[brandSeq % 10]}`,
    aliases: [],
    regionCode: '450903',
    extraRegionCodes: [],
    level: 'county',
    series: '八桂系列',
    industry: '服装缝制',
    type: '高端技能型',
    stage: '培育期',
    story: '这是一个用于检查管理员权限和审计记录的测试品牌。它不会出现在正式数据中。',
    coverUrl: null,
    occupationCodes: [FUMIAN_OCCUPATION],
    ...overrides,
  };
}

const affiliateInput = (): AffiliateInput => ({
  kind: 'training_base',
  name: '福绵服装产业测试培训基地',
  regionCode: '450903',
  description: '测试数据',
});

function courseInput(overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    brandCode: FUMIAN,
    occupationCode: FUMIAN_OCCUPATION,
    title: '福绵裁缝·缝纫工测试课程',
    hours: 40,
    certificateType: '专项职业能力考核',
    certificateLevel: null,
    description: '测试课程：缝纫理论与实操。',
    ...overrides,
  };
}

/** A session 10 weeks from now, three days long, with a lesson each day (China time). */
function sessionInput(courseId: string, overrides: Partial<SessionInput> = {}): SessionInput {
  const start = 70;
  return {
    courseId,
    title: '福绵裁缝测试班',
    regionCode: '450903',
    address: '福绵镇服装产业园培训楼201',
    latitude: 22.58,
    longitude: 110.05,
    startDate: day(start),
    endDate: day(start + 2),
    enrolOpensAt: day(0),
    enrolClosesAt: day(start - 1),
    capacity: 30,
    subsidised: true,
    minAttendanceRate: 0.8,
    lessons: [0, 1, 2].map((d) => ({
      startsAt: `${day(start + d)}T09:00:00+08:00`,
      endsAt: `${day(start + d)}T12:00:00+08:00`,
      topic: `第${d + 1}天：缝纫技能训练`,
    })),
    ...overrides,
  };
}

/** A 400 naming the field, with Chinese text throughout. */
function expectValidationFailed(body: unknown, field: string): void {
  const error = expectError(body, 'VALIDATION_FAILED');
  const details = (Array.isArray(error.details) ? error.details : []) as FieldError[];
  const named = details.find((d) => d.field === field);
  expect({ field, named: named !== undefined, details }).toMatchObject({ field, named: true });
  for (const message of named?.messages ?? []) {
    expect(message).toMatch(HAS_CHINESE);
    expect(message).not.toMatch(/\b(must|should)\b/);
  }
}

/** A refused call answers with the error shape and nothing else. */
function expectOnlyError(res: JsonResponse, status: number, code: ErrorCode): void {
  expect({ status: res.status, code: (res.body as ApiErrorBody | undefined)?.code }).toEqual({
    status,
    code,
  });
  const error = expectError(res.body, code);
  expect(Object.keys(error).sort()).toEqual(['code', 'message', 'requestId']);
}

describe('catalogue: who may call what, bad input, public caching', () => {
  let t: AccountsTestApp;
  const actors = {} as Record<ActorName, Actor>;
  /** Brands and sessions made here, archived / cancelled in afterAll. */
  const createdBrands: string[] = [];
  const createdSessions: string[] = [];

  const api = <T = Record<string, unknown>>(
    method: Method,
    path: string,
    actor: Actor,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonResponse<T>> =>
    call<T>(t.baseUrl, method, `${API}${path}`, { token: actor.token, body, headers });

  /** An account inserted straight into the database, with a token from the running app. */
  async function newAdmin(name: ActorName, regionCode: string): Promise<Actor> {
    const id = randomUUID();
    await t.db.getRepository(UserEntity).insert({
      id,
      displayName: `测试管理员${regionCode}`,
      phone: unique.phone(),
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
    return { name, id, token: tokens.accessToken };
  }

  /** A new SMS user who signs a provider up (pending), made verified in the database if asked. */
  async function newTrainer(
    name: ActorName,
    verified: boolean,
  ): Promise<Actor & { providerId: string }> {
    const login = await smsLogin(t, unique.phone());
    const actor: Actor = { name, id: login.user.id, token: login.accessToken };
    const body: ProviderInput = {
      ...employerInput({ creditCode: unique.creditCode(), name: '玉林市测试职业培训学校' }),
      kind: 'training_agency',
    };
    const res = await api<ProviderResponse>('POST', '/providers', actor, body);
    if (res.status !== 201) throw new Error(`provider ${res.status}: ${JSON.stringify(res.body)}`);
    const providerId = res.body.provider.id;
    if (verified) {
      await t.db
        .getRepository(TrainingProviderEntity)
        .update({ id: providerId }, { status: 'verified', reviewedAt: new Date() });
    }
    return { ...actor, providerId };
  }

  /** A brand's current content as a BrandInput, to PUT it back unchanged. */
  async function currentInput(code: string): Promise<BrandInput> {
    const res = await call<BrandDetailResponse>(t.baseUrl, 'GET', `${API}/brands/${code}`);
    if (res.status !== 200) throw new Error(`brand ${code}: ${res.status}`);
    const b = res.body.brand;
    return {
      code: b.code,
      name: b.name,
      aliases: b.aliases,
      regionCode: b.regionCode,
      extraRegionCodes: b.extraRegionCodes,
      level: b.level,
      series: b.series,
      industry: b.industry,
      type: b.type,
      stage: b.stage,
      story: b.story,
      coverUrl: b.coverUrl,
      occupationCodes: b.occupations.map((o) => o.code),
    };
  }

  /** A brand made by the demo 玉林 admin, for edits that must not touch the seeded ones. */
  async function ownBrand(overrides: Partial<BrandInput> = {}): Promise<BrandInput> {
    const input = brandInput(overrides);
    const res = await api('POST', '/admin/brands', actors.admin, input);
    if (res.status !== 201) throw new Error(`brand ${res.status}: ${JSON.stringify(res.body)}`);
    createdBrands.push(input.code);
    return input;
  }

  async function createCourse(actor: Actor, input = courseInput()): Promise<CourseView> {
    const res = await api<CourseView>('POST', '/provider/courses', actor, input);
    if (res.status !== 201) throw new Error(`course ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function createSession(
    actor: Actor,
    courseId: string,
    overrides: Partial<SessionInput> = {},
  ): Promise<SessionDetailResponse['session']> {
    const res = await api<SessionDetailResponse>(
      'POST',
      '/provider/sessions',
      actor,
      sessionInput(courseId, overrides),
    );
    if (res.status !== 201) throw new Error(`session ${res.status}: ${JSON.stringify(res.body)}`);
    createdSessions.push(res.body.session.id);
    return res.body.session;
  }

  const publicSessions = async (query: string) =>
    (await call<SessionListResponse>(t.baseUrl, 'GET', `${API}/sessions?${query}`)).body;

  const auditRows = (targetId: string) =>
    t.db.getRepository(AuditLogEntity).find({ where: { targetId }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    t = await startAccountsApp();
    actors.anonymous = { name: 'anonymous', id: null, token: undefined };
    for (const role of ['worker', 'employer', 'trainer', 'admin'] as const) {
      const login = await demoLogin(t, role);
      actors[role] = { name: role, id: login.user.id, token: login.accessToken };
    }
    actors.gzAdmin = await newAdmin('gzAdmin', '440100');
    actors.beiliuAdmin = await newAdmin('beiliuAdmin', '450981');
    actors.otherTrainer = await newTrainer('otherTrainer', true);
    actors.pendingTrainer = await newTrainer('pendingTrainer', false);
  });

  afterAll(async () => {
    if (t) {
      if (createdBrands.length) {
        await t.db
          .getRepository(BrandEntity)
          .update({ code: In(createdBrands), archivedAt: IsNull() }, { archivedAt: new Date() });
      }
      if (createdSessions.length) {
        await t.db
          .getRepository(TrainingSessionEntity)
          .update({ id: In(createdSessions), status: 'scheduled' }, { status: 'cancelled' });
      }
    }
    await t?.close();
  });

  // ——— admin: brands ———

  describe('admin brand routes', () => {
    interface BrandRoute {
      label: string;
      method: Method;
      path: (code: string) => string;
      body: (code: string) => Promise<unknown>;
    }
    const ROUTES: BrandRoute[] = [
      {
        label: 'POST /admin/brands',
        method: 'POST',
        path: () => '/admin/brands',
        body: () => Promise.resolve(brandInput()),
      },
      {
        label: 'PUT /admin/brands/:code',
        method: 'PUT',
        path: (code) => `/admin/brands/${code}`,
        body: (code) => currentInput(code),
      },
      {
        label: 'POST /admin/brands/:code/archive',
        method: 'POST',
        path: (code) => `/admin/brands/${code}/archive`,
        body: () => Promise.resolve(undefined),
      },
      {
        label: 'PUT /admin/brands/:code/targets',
        method: 'PUT',
        path: (code) => `/admin/brands/${code}/targets`,
        body: () =>
          Promise.resolve({
            targets: [{ periodEnd: '2030', trainingTarget: 1, employmentTarget: 1 }],
          }),
      },
      {
        label: 'POST /admin/brands/:code/affiliates',
        method: 'POST',
        path: (code) => `/admin/brands/${code}/affiliates`,
        body: () => Promise.resolve(affiliateInput()),
      },
    ];
    const ON_A_BRAND = ROUTES.filter((r) => r.label !== 'POST /admin/brands');

    /** 福绵裁缝 exactly as it was: nothing a refused call did may show. */
    async function fumianUnchanged(before: {
      brand: BrandEntity;
      audit: number;
      affiliates: number;
    }): Promise<void> {
      const brand = await t.db.getRepository(BrandEntity).findOneByOrFail({ code: FUMIAN });
      expect(brand).toEqual(before.brand);
      expect((await auditRows(FUMIAN)).length).toBe(before.audit);
      expect(await t.db.getRepository(AffiliateEntity).countBy({ brandCode: FUMIAN })).toBe(
        before.affiliates,
      );
    }
    const fumianNow = async () => ({
      brand: await t.db.getRepository(BrandEntity).findOneByOrFail({ code: FUMIAN }),
      audit: (await auditRows(FUMIAN)).length,
      affiliates: await t.db.getRepository(AffiliateEntity).countBy({ brandCode: FUMIAN }),
    });

    it.each(ROUTES)('$label: anonymous → 401 UNAUTHENTICATED', async (route) => {
      const before = await fumianNow();
      const brands = await t.db.getRepository(BrandEntity).count();
      const res = await api(
        route.method,
        route.path(FUMIAN),
        actors.anonymous,
        await route.body(FUMIAN),
      );
      expectOnlyError(res, 401, 'UNAUTHENTICATED');
      await fumianUnchanged(before);
      expect(await t.db.getRepository(BrandEntity).count()).toBe(brands);
    });

    const NOT_ADMINS = ROUTES.flatMap((route) =>
      (['worker', 'employer', 'trainer'] as const).map((actor) => ({ ...route, actor })),
    );
    it.each(NOT_ADMINS)('$label: demo $actor → 403 FORBIDDEN', async (row) => {
      const before = await fumianNow();
      const brands = await t.db.getRepository(BrandEntity).count();
      const res = await api(
        row.method,
        row.path(FUMIAN),
        actors[row.actor],
        await row.body(FUMIAN),
      );
      expectOnlyError(res, 403, 'FORBIDDEN');
      await fumianUnchanged(before);
      expect(await t.db.getRepository(BrandEntity).count()).toBe(brands);
    });

    const OUT_OF_SCOPE = ON_A_BRAND.flatMap((route) =>
      (['gzAdmin', 'beiliuAdmin'] as const).map((actor) => ({ ...route, actor })),
    );
    it.each(OUT_OF_SCOPE)('$label on 福绵裁缝: $actor → 404 NOT_FOUND', async (row) => {
      const before = await fumianNow();
      const res = await api(
        row.method,
        row.path(FUMIAN),
        actors[row.actor],
        await row.body(FUMIAN),
      );
      expectOnlyError(res, 404, 'NOT_FOUND');
      expect(JSON.stringify(res.body)).not.toContain('福绵裁缝');
      await fumianUnchanged(before);
    });

    it('an unknown brand is 404 for an admin in scope too (same answer as out of scope)', async () => {
      const res = await api('PUT', `/admin/brands/ca-${RUN}-missing/targets`, actors.admin, {
        targets: [],
      });
      expectOnlyError(res, 404, 'NOT_FOUND');
    });

    it('POST /admin/brands in 福绵区 by the 广州 admin → 403, nothing written', async () => {
      const input = brandInput();
      const audit = await t.db
        .getRepository(AuditLogEntity)
        .countBy({ actorId: actors.gzAdmin.id ?? '' });
      const res = await api('POST', '/admin/brands', actors.gzAdmin, input);
      expectOnlyError(res, 403, 'FORBIDDEN');
      expect(await t.db.getRepository(BrandEntity).countBy({ code: input.code })).toBe(0);
      expect(
        await t.db.getRepository(BrandOccupationEntity).countBy({ brandCode: input.code }),
      ).toBe(0);
      expect(
        await t.db.getRepository(AuditLogEntity).countBy({ actorId: actors.gzAdmin.id ?? '' }),
      ).toBe(audit);
    });

    it('POST /admin/brands in 广州 by the 玉林 admin → 403', async () => {
      const input = brandInput({ regionCode: '440117', occupationCodes: [] });
      const res = await api('POST', '/admin/brands', actors.admin, input);
      expectOnlyError(res, 403, 'FORBIDDEN');
      expect(await t.db.getRepository(BrandEntity).countBy({ code: input.code })).toBe(0);
    });

    it('the 北流 county admin cannot edit 福绵裁缝 (404) but can edit 北流陶瓷工匠 (audited)', async () => {
      const fumian = await api(
        'PUT',
        `/admin/brands/${FUMIAN}`,
        actors.beiliuAdmin,
        await currentInput(FUMIAN),
      );
      expectOnlyError(fumian, 404, 'NOT_FOUND');

      const input = await currentInput(BEILIU);
      const res = await api<BrandDetailResponse>(
        'PUT',
        `/admin/brands/${BEILIU}`,
        actors.beiliuAdmin,
        input,
      );
      expect(res.status).toBe(200);
      expect(res.body.brand).toMatchObject({
        code: BEILIU,
        name: '北流陶瓷工匠',
        regionCode: '450981',
      });
      expect(res.body.brand.occupations.map((o) => o.code).sort()).toEqual(
        [...input.occupationCodes].sort(),
      );
      expect(await auditRows(BEILIU)).toContainEqual(
        expect.objectContaining({
          actorId: actors.beiliuAdmin.id,
          action: 'brand.update',
          targetType: 'brand',
          targetId: BEILIU,
          regionCode: '450981',
        }),
      );
    });

    it('the 北流 county admin may not move 北流陶瓷工匠 out of 北流 (403, unchanged)', async () => {
      const before = await t.db.getRepository(BrandEntity).findOneByOrFail({ code: BEILIU });
      const input = { ...(await currentInput(BEILIU)), regionCode: '450903' };
      const res = await api('PUT', `/admin/brands/${BEILIU}`, actors.beiliuAdmin, input);
      expectOnlyError(res, 403, 'FORBIDDEN');
      expect(await t.db.getRepository(BrandEntity).findOneByOrFail({ code: BEILIU })).toEqual(
        before,
      );
    });

    it('the 玉林 admin edits 福绵裁缝 (same content back), audited as brand.update', async () => {
      const input = await currentInput(FUMIAN);
      const res = await api<BrandDetailResponse>(
        'PUT',
        `/admin/brands/${FUMIAN}`,
        actors.admin,
        input,
      );
      expect(res.status).toBe(200);
      expect(res.body.brand).toMatchObject({ code: FUMIAN, name: '福绵裁缝', archived: false });
      expect(await auditRows(FUMIAN)).toContainEqual(
        expect.objectContaining({
          actorId: actors.admin.id,
          action: 'brand.update',
          targetType: 'brand',
          targetId: FUMIAN,
          regionCode: '450903',
        }),
      );
    });

    it('the 玉林 admin creates, edits, sets targets, adds an affiliate and archives; each is audited', async () => {
      const input = brandInput();
      const created = await api<BrandDetailResponse>('POST', '/admin/brands', actors.admin, input);
      expect(created.status).toBe(201);
      createdBrands.push(input.code);
      expect(created.body.brand).toMatchObject({
        code: input.code,
        name: input.name,
        regionCode: '450903',
        regionName: '福绵区',
        archived: false,
      });
      expect(created.body.brand.occupations.map((o) => o.code)).toEqual([FUMIAN_OCCUPATION]);

      const edited = await api<BrandDetailResponse>(
        'PUT',
        `/admin/brands/${input.code}`,
        actors.admin,
        { ...input, stage: '成长期', occupationCodes: [FUMIAN_OCCUPATION, BEILIU_OCCUPATION] },
      );
      expect(edited.status).toBe(200);
      expect(edited.body.brand.stage).toBe('成长期');
      expect(
        await t.db.getRepository(BrandOccupationEntity).countBy({ brandCode: input.code }),
      ).toBe(2);

      const targets = await api<BrandDetailResponse>(
        'PUT',
        `/admin/brands/${input.code}/targets`,
        actors.admin,
        { targets: [{ periodEnd: '2027', trainingTarget: 500, employmentTarget: 800 }] },
      );
      expect(targets.status).toBe(200);
      expect(targets.body.brand.targets).toEqual([
        {
          periodEnd: '2027',
          trainingTarget: 500,
          employmentTarget: 800,
          trainingDone: 0,
          employmentDone: 0,
        },
      ]);

      const affiliate = await api<BrandDetailResponse>(
        'POST',
        `/admin/brands/${input.code}/affiliates`,
        actors.admin,
        affiliateInput(),
      );
      expect(affiliate.status).toBe(200);
      expect(affiliate.body.brand.affiliates).toEqual([
        expect.objectContaining({ ...affiliateInput(), regionName: '福绵区', isDemo: false }),
      ]);

      const archived = await api<BrandDetailResponse>(
        'POST',
        `/admin/brands/${input.code}/archive`,
        actors.admin,
      );
      expect(archived.status).toBe(200);
      expect(archived.body.brand.archived).toBe(true);

      const rows = await auditRows(input.code);
      expect(rows.map((r) => r.action).sort()).toEqual(
        [
          'brand.affiliate_add',
          'brand.archive',
          'brand.create',
          'brand.targets',
          'brand.update',
        ].sort(),
      );
      for (const row of rows) {
        expect(row).toMatchObject({
          actorId: actors.admin.id,
          targetType: 'brand',
          targetId: input.code,
          regionCode: '450903',
        });
      }
    });

    it('archiving hides the brand from GET /brands and GET /brands/:code, but keeps the row', async () => {
      const input = await ownBrand();
      const listed = async () =>
        (
          await call<BrandListResponse>(
            t.baseUrl,
            'GET',
            `${API}/brands?q=${encodeURIComponent(input.name)}&pageSize=100`,
          )
        ).body.items.map((b) => b.code);
      expect(await listed()).toContain(input.code);
      expect((await call(t.baseUrl, 'GET', `${API}/brands/${input.code}`)).status).toBe(200);

      const res = await api('POST', `/admin/brands/${input.code}/archive`, actors.admin);
      expect(res.status).toBe(200);

      expect(await listed()).not.toContain(input.code);
      const region = await call<BrandListResponse>(
        t.baseUrl,
        'GET',
        `${API}/brands?regionCode=450903&pageSize=100`,
      );
      expect(region.body.items.map((b) => b.code)).not.toContain(input.code);
      const detail = await call(t.baseUrl, 'GET', `${API}/brands/${input.code}`);
      expect(detail.status).toBe(404);
      expectError(detail.body, 'NOT_FOUND');

      const row = await t.db.getRepository(BrandEntity).findOneBy({ code: input.code });
      expect(row).not.toBeNull();
      expect(row?.archivedAt).toBeInstanceOf(Date);
      expect(row?.name).toBe(input.name);
      expect(
        await t.db.getRepository(BrandOccupationEntity).countBy({ brandCode: input.code }),
      ).toBe(1);
    });
  });

  // ——— provider: courses and sessions ———

  describe('provider routes', () => {
    /** The demo trainer's own course and session, made in this block. */
    let course: CourseView;
    let sessionId: string;
    const UNKNOWN_ID = randomUUID();

    interface ProviderRoute {
      label: string;
      method: Method;
      path: () => string;
      body?: () => unknown;
    }
    const ROUTES: ProviderRoute[] = [
      { label: 'GET /provider/courses', method: 'GET', path: () => '/provider/courses' },
      {
        label: 'POST /provider/courses',
        method: 'POST',
        path: () => '/provider/courses',
        body: () => courseInput(),
      },
      {
        label: 'PUT /provider/courses/:id',
        method: 'PUT',
        path: () => `/provider/courses/${course?.id ?? UNKNOWN_ID}`,
        body: () => courseInput(),
      },
      { label: 'GET /provider/sessions', method: 'GET', path: () => '/provider/sessions' },
      {
        label: 'POST /provider/sessions',
        method: 'POST',
        path: () => '/provider/sessions',
        body: () => sessionInput(course?.id ?? UNKNOWN_ID),
      },
      {
        label: 'PUT /provider/sessions/:id',
        method: 'PUT',
        path: () => `/provider/sessions/${sessionId ?? UNKNOWN_ID}`,
        body: () => sessionInput(course?.id ?? UNKNOWN_ID),
      },
      {
        label: 'POST /provider/sessions/:id/cancel',
        method: 'POST',
        path: () => `/provider/sessions/${sessionId ?? UNKNOWN_ID}/cancel`,
      },
    ];

    const providerRows = async () => ({
      courses: await t.db.getRepository(CourseEntity).count(),
      sessions: await t.db.getRepository(TrainingSessionEntity).count(),
      lessons: await t.db.getRepository(LessonEntity).count(),
      session: sessionId
        ? await t.db.getRepository(TrainingSessionEntity).findOneBy({ id: sessionId })
        : null,
      course: course ? await t.db.getRepository(CourseEntity).findOneBy({ id: course.id }) : null,
    });

    beforeAll(async () => {
      course = await createCourse(actors.trainer);
      sessionId = (await createSession(actors.trainer, course.id)).id;
    });

    it.each(ROUTES)('$label: anonymous → 401 UNAUTHENTICATED', async (route) => {
      const before = await providerRows();
      const res = await api(route.method, route.path(), actors.anonymous, route.body?.());
      expectOnlyError(res, 401, 'UNAUTHENTICATED');
      expect(await providerRows()).toEqual(before);
    });

    const NOT_TRAINERS = ROUTES.flatMap((route) =>
      (['worker', 'employer', 'admin'] as const).map((actor) => ({ ...route, actor })),
    );
    it.each(NOT_TRAINERS)('$label: demo $actor → 403 FORBIDDEN', async (row) => {
      const before = await providerRows();
      const res = await api(row.method, row.path(), actors[row.actor], row.body?.());
      expectOnlyError(res, 403, 'FORBIDDEN');
      expect(await providerRows()).toEqual(before);
    });

    it('the demo trainer’s course and session: own lists, and the public list of 福绵裁缝', async () => {
      expect(course).toMatchObject({
        providerId: DEMO_PROVIDER_ID,
        brandCode: FUMIAN,
        brandName: '福绵裁缝',
        occupationCode: FUMIAN_OCCUPATION,
        occupationName: '缝纫工',
        archived: false,
      });
      const courses = await api<CourseListResponse>('GET', '/provider/courses', actors.trainer);
      expect(courses.status).toBe(200);
      expect(courses.body.items.map((c) => c.id)).toContain(course.id);
      expect(courses.body.items.every((c) => c.providerId === DEMO_PROVIDER_ID)).toBe(true);

      const own = await api<SessionListResponse>(
        'GET',
        '/provider/sessions?pageSize=100',
        actors.trainer,
      );
      expect(own.status).toBe(200);
      expect(own.body.items.map((s) => s.id)).toContain(sessionId);

      const input = sessionInput(course.id);
      const listed = await publicSessions(
        `brandCode=${FUMIAN}&from=${input.startDate}&to=${input.startDate}&pageSize=100`,
      );
      expect(listed.items.find((s) => s.id === sessionId)).toMatchObject({
        brandCode: FUMIAN,
        brandName: '福绵裁缝',
        occupationCode: FUMIAN_OCCUPATION,
        regionCode: '450903',
        regionName: '福绵区',
        startDate: input.startDate,
        endDate: input.endDate,
        capacity: 30,
        seatsLeft: 30,
        status: 'scheduled',
      });

      const detail = await call<SessionDetailResponse>(
        t.baseUrl,
        'GET',
        `${API}/sessions/${sessionId}`,
      );
      expect(detail.status).toBe(200);
      expect(detail.body.session).toMatchObject({
        courseId: course.id,
        providerId: DEMO_PROVIDER_ID,
      });
      expect(detail.body.session.lessons.map((l) => new Date(l.startsAt).getTime())).toEqual(
        input.lessons.map((l) => new Date(l.startsAt).getTime()),
      );
    });

    it('the demo trainer edits own course and session (lessons replaced)', async () => {
      const editedCourse = await api<CourseView>(
        'PUT',
        `/provider/courses/${course.id}`,
        actors.trainer,
        courseInput({ title: '福绵裁缝·缝纫工测试课程（修订）', hours: 48 }),
      );
      expect(editedCourse.status).toBe(200);
      expect(editedCourse.body).toMatchObject({ id: course.id, hours: 48 });

      const input = sessionInput(course.id, {
        title: '福绵裁缝测试班（调整）',
        capacity: 25,
        lessons: [
          {
            startsAt: `${day(71)}T14:00:00+08:00`,
            endsAt: `${day(71)}T17:30:00+08:00`,
            topic: '合并课',
          },
        ],
      });
      const editedSession = await api<SessionDetailResponse>(
        'PUT',
        `/provider/sessions/${sessionId}`,
        actors.trainer,
        input,
      );
      expect(editedSession.status).toBe(200);
      expect(editedSession.body.session).toMatchObject({
        id: sessionId,
        title: '福绵裁缝测试班（调整）',
        capacity: 25,
        hours: 48,
      });
      expect(editedSession.body.session.lessons).toHaveLength(1);
      expect(await t.db.getRepository(LessonEntity).countBy({ sessionId })).toBe(1);
    });

    it('the demo trainer may schedule a session of a seeded demo course', async () => {
      // The demo provider's seeded 福绵裁缝 course (made by the demo seed, fixed id).
      const seeded = (
        await api<CourseListResponse>('GET', '/provider/courses', actors.trainer)
      ).body.items.find((c) => c.brandCode === FUMIAN && c.id.startsWith(SEEDED_COURSE_PREFIX));
      expect(seeded).toBeDefined();
      const res = await api<SessionDetailResponse>(
        'POST',
        '/provider/sessions',
        actors.trainer,
        sessionInput(seeded?.id ?? '', { title: '福绵裁缝演示课程加开班' }),
      );
      if (res.status === 201) createdSessions.push(res.body.session.id);
      expect({ status: res.status, body: res.status === 201 ? 'created' : res.body }).toEqual({
        status: 201,
        body: 'created',
      });
    });

    it('a trainer of another provider: 404 on the demo trainer’s course and session, unchanged', async () => {
      const before = await providerRows();
      const other = actors.otherTrainer;
      expectOnlyError(
        await api(
          'PUT',
          `/provider/courses/${course.id}`,
          other,
          courseInput({ title: '改掉别人的课程' }),
        ),
        404,
        'NOT_FOUND',
      );
      expectOnlyError(
        await api('PUT', `/provider/sessions/${sessionId}`, other, sessionInput(course.id)),
        404,
        'NOT_FOUND',
      );
      expectOnlyError(
        await api('POST', `/provider/sessions/${sessionId}/cancel`, other),
        404,
        'NOT_FOUND',
      );
      expect(await providerRows()).toEqual(before);

      const courses = await api<CourseListResponse>('GET', '/provider/courses', other);
      expect(courses.status).toBe(200);
      expect(courses.body.items.map((c) => c.id)).not.toContain(course.id);
      const sessions = await api<SessionListResponse>('GET', '/provider/sessions', other);
      expect(sessions.status).toBe(200);
      expect(sessions.body.items.map((s) => s.id)).not.toContain(sessionId);
    });

    it('a trainer of another provider cannot schedule a session of the demo trainer’s course (400)', async () => {
      const before = await providerRows();
      const res = await api(
        'POST',
        '/provider/sessions',
        actors.otherTrainer,
        sessionInput(course.id),
      );
      expect(res.status).toBe(400);
      expectValidationFailed(res.body, 'courseId');
      expect(await providerRows()).toEqual(before);
    });

    it('a trainer of an unverified provider: 403 on creating courses and sessions, may list', async () => {
      const pending = actors.pendingTrainer;
      const before = await providerRows();
      expectOnlyError(
        await api('POST', '/provider/courses', pending, courseInput()),
        403,
        'FORBIDDEN',
      );
      expectOnlyError(
        await api('POST', '/provider/sessions', pending, sessionInput(course.id)),
        403,
        'FORBIDDEN',
      );
      expect(await providerRows()).toEqual(before);
      const courses = await api<CourseListResponse>('GET', '/provider/courses', pending);
      expect(courses.status).toBe(200);
      expect(courses.body.items).toEqual([]);
    });

    it('a cancelled session leaves the public list; the provider still sees it', async () => {
      const input = sessionInput(course.id);
      const res = await api<SessionDetailResponse>(
        'POST',
        `/provider/sessions/${sessionId}/cancel`,
        actors.trainer,
      );
      expect(res.status).toBe(200);
      expect(res.body.session).toMatchObject({ id: sessionId, status: 'cancelled' });

      const listed = await publicSessions(
        `brandCode=${FUMIAN}&from=${input.startDate}&to=${input.startDate}&pageSize=100`,
      );
      expect(listed.items.map((s) => s.id)).not.toContain(sessionId);
      const brand = await call<BrandDetailResponse>(t.baseUrl, 'GET', `${API}/brands/${FUMIAN}`);
      expect(brand.body.brand.upcomingSessions.map((s) => s.id)).not.toContain(sessionId);

      const own = await api<SessionListResponse>(
        'GET',
        '/provider/sessions?pageSize=100',
        actors.trainer,
      );
      expect(own.body.items.find((s) => s.id === sessionId)?.status).toBe('cancelled');

      const edit = await api('PUT', `/provider/sessions/${sessionId}`, actors.trainer, input);
      expectOnlyError(edit, 409, 'CONFLICT');
    });
  });

  // ——— bad input ———

  describe('bad input → 400 VALIDATION_FAILED naming the field, nothing written', () => {
    const TABLES = {
      training_sessions: TrainingSessionEntity,
      lessons: LessonEntity,
      courses: CourseEntity,
      brands: BrandEntity,
      brand_occupations: BrandOccupationEntity,
      audit_logs: AuditLogEntity,
      affiliates: AffiliateEntity,
    } as const;
    type Table = keyof typeof TABLES;

    async function snapshot(): Promise<Record<Table, number>> {
      const counts = {} as Record<Table, number>;
      for (const [name, entity] of Object.entries(TABLES)) {
        counts[name as Table] = await t.db.getRepository(entity).count();
      }
      return counts;
    }

    type Body = Record<string, unknown>;
    interface BadCase {
      title: string;
      field: string;
      mutate?: (valid: Body) => Body;
      query?: string;
    }
    const bad = (title: string, field: string, mutate: (valid: Body) => Body): BadCase => ({
      title,
      field,
      mutate,
    });
    const badQuery = (query: string, field: string): BadCase => ({ title: query, field, query });

    interface Spec {
      method: Method;
      path: string;
      actor: () => Actor;
      valid?: () => Body;
      validQuery?: string;
      cases: BadCase[];
      success: {
        status: number;
        adds?: Partial<Record<Table, number>>;
        after?: (res: JsonResponse) => void;
      };
    }

    function group(title: string, spec: Spec): void {
      describe(title, () => {
        const send = (body: unknown, query?: string) =>
          api(spec.method, `${spec.path}${query ? `?${query}` : ''}`, spec.actor(), body);

        it.each(spec.cases)('$title → 400 naming $field, nothing written', async (input) => {
          const before = await snapshot();
          const body = input.mutate ? input.mutate(spec.valid?.() ?? {}) : undefined;
          const res = await send(body, input.query);
          expect(res.status).toBe(400);
          expectValidationFailed(res.body, input.field);
          expect(await snapshot()).toEqual(before);
        });

        it(`a valid request afterwards → ${spec.success.status}`, async () => {
          const before = await snapshot();
          const res = await send(spec.valid?.(), spec.validQuery);
          expect({ status: res.status, body: res.body }).toMatchObject({
            status: spec.success.status,
          });
          spec.success.after?.(res);
          const expected = { ...before };
          for (const [table, n] of Object.entries(spec.success.adds ?? {})) {
            expected[table as Table] += n;
          }
          expect(await snapshot()).toEqual(expected);
        });
      });
    }

    /** The other (verified) provider's own course, so the demo provider's rows are not touched. */
    let otherCourseId: string;
    beforeAll(async () => {
      otherCourseId = (await createCourse(actors.otherTrainer)).id;
    });

    const lesson = (offset: number, from = '09:00', to = '12:00') => ({
      startsAt: `${day(offset)}T${from}:00+08:00`,
      endsAt: `${day(offset)}T${to}:00+08:00`,
      topic: '缝纫',
    });

    group('POST /provider/sessions', {
      method: 'POST',
      path: '/provider/sessions',
      actor: () => actors.otherTrainer,
      valid: () => sessionInput(otherCourseId) as unknown as Body,
      cases: [
        bad('unknown region code 999999', 'regionCode', (v) => ({ ...v, regionCode: '999999' })),
        bad('a province as region (450000)', 'regionCode', (v) => ({ ...v, regionCode: '450000' })),
        bad('a city with counties as region (450900)', 'regionCode', (v) => ({
          ...v,
          regionCode: '450900',
        })),
        bad('endDate before startDate', 'endDate', (v) => ({
          ...v,
          endDate: day(69),
          lessons: [lesson(70)],
        })),
        bad('capacity 0', 'capacity', (v) => ({ ...v, capacity: 0 })),
        bad('capacity -1', 'capacity', (v) => ({ ...v, capacity: -1 })),
        bad('a lesson after the end date', 'lessons.1.startsAt', (v) => ({
          ...v,
          lessons: [lesson(70), lesson(75)],
        })),
        bad('a lesson before the start date', 'lessons.0.startsAt', (v) => ({
          ...v,
          lessons: [lesson(69), lesson(70)],
        })),
        bad('a lesson ending before it starts', 'lessons.0.endsAt', (v) => ({
          ...v,
          lessons: [lesson(70, '12:00', '09:00')],
        })),
        bad('enrolment closing after the start date', 'enrolClosesAt', (v) => ({
          ...v,
          enrolClosesAt: day(71),
        })),
        bad('enrolment closing before it opens', 'enrolClosesAt', (v) => ({
          ...v,
          enrolOpensAt: day(10),
          enrolClosesAt: day(5),
        })),
        bad('empty lessons', 'lessons', (v) => ({ ...v, lessons: [] })),
        bad('an unknown field', 'seatsTaken', (v) => ({ ...v, seatsTaken: 0 })),
        bad('capacity as text', 'capacity', (v) => ({ ...v, capacity: '30' })),
        bad('subsidised as text', 'subsidised', (v) => ({ ...v, subsidised: 'yes' })),
        bad('latitude as text', 'latitude', (v) => ({ ...v, latitude: '22.58' })),
        bad('startDate as a number', 'startDate', (v) => ({ ...v, startDate: 20261201 })),
        bad('startDate not a real date', 'startDate', (v) => ({ ...v, startDate: '2026-13-01' })),
        bad('lessons not a list', 'lessons', (v) => ({ ...v, lessons: 'every day' })),
        bad('a lesson time without offset', 'lessons.0.startsAt', (v) => ({
          ...v,
          lessons: [{ ...lesson(70), startsAt: `${day(70)} 09:00` }],
        })),
        bad('courseId not a UUID', 'courseId', (v) => ({ ...v, courseId: 'course-1' })),
        bad('an unknown courseId', 'courseId', (v) => ({ ...v, courseId: randomUUID() })),
        bad('minAttendanceRate above 1', 'minAttendanceRate', (v) => ({
          ...v,
          minAttendanceRate: 80,
        })),
      ],
      success: {
        status: 201,
        adds: { training_sessions: 1, lessons: 3 },
        after: (res) => createdSessions.push((res.body as SessionDetailResponse).session.id),
      },
    });

    group('POST /provider/courses', {
      method: 'POST',
      path: '/provider/courses',
      actor: () => actors.otherTrainer,
      valid: () => courseInput() as unknown as Body,
      cases: [
        bad('an occupation not on the brand’s training list', 'occupationCode', (v) => ({
          ...v,
          occupationCode: BEILIU_OCCUPATION,
        })),
        bad('an unknown occupation', 'occupationCode', (v) => ({
          ...v,
          occupationCode: 'no-such-occupation',
        })),
        bad('an unknown brand', 'brandCode', (v) => ({ ...v, brandCode: `ca-${RUN}-nobrand` })),
        bad('hours 0', 'hours', (v) => ({ ...v, hours: 0 })),
        bad('hours as text', 'hours', (v) => ({ ...v, hours: '40' })),
        bad('an unknown certificate type', 'certificateType', (v) => ({
          ...v,
          certificateType: '毕业证',
        })),
        bad('an unknown field', 'providerId', (v) => ({ ...v, providerId: DEMO_PROVIDER_ID })),
      ],
      success: { status: 201, adds: { courses: 1 } },
    });

    group('POST /admin/brands', {
      method: 'POST',
      path: '/admin/brands',
      actor: () => actors.admin,
      valid: () => {
        const input = brandInput();
        createdBrands.push(input.code);
        return input as unknown as Body;
      },
      cases: [
        bad('code with capitals and underscore', 'code', (v) => ({ ...v, code: 'Bad_Code' })),
        bad('code with Chinese', 'code', (v) => ({ ...v, code: '福绵-caifeng' })),
        bad('story too short', 'story', (v) => ({ ...v, story: '太短了' })),
        bad('an unknown occupation code', 'occupationCodes', (v) => ({
          ...v,
          occupationCodes: [FUMIAN_OCCUPATION, 'no-such-occupation'],
        })),
        bad('an unknown region', 'regionCode', (v) => ({ ...v, regionCode: '999999' })),
        bad('an unknown extra region', 'extraRegionCodes', (v) => ({
          ...v,
          extraRegionCodes: ['459999'],
        })),
        bad('an unknown level', 'level', (v) => ({ ...v, level: 'national' })),
        bad('an unknown field', 'sortOrder', (v) => ({ ...v, sortOrder: 1 })),
      ],
      success: { status: 201, adds: { brands: 1, brand_occupations: 1, audit_logs: 1 } },
    });

    group('GET /brands', {
      method: 'GET',
      path: '/brands',
      actor: () => actors.anonymous,
      validQuery: 'regionCode=450900&pageSize=100',
      cases: [
        badQuery('regionCode=999999', 'regionCode'),
        badQuery('regionCode=4509', 'regionCode'),
        badQuery('pageSize=1000', 'pageSize'),
        badQuery('page=0', 'page'),
        badQuery('type=unknown', 'type'),
        badQuery('unknown=1', 'unknown'),
      ],
      success: { status: 200 },
    });

    group('GET /sessions', {
      method: 'GET',
      path: '/sessions',
      actor: () => actors.anonymous,
      validQuery: `regionCode=450900&from=${day(0)}&to=${day(365)}&pageSize=100`,
      cases: [
        badQuery('regionCode=999999', 'regionCode'),
        badQuery('from=2026-13-01', 'from'),
        badQuery('from=tomorrow', 'from'),
        badQuery('to=2026-12-1', 'to'),
        badQuery('pageSize=1000', 'pageSize'),
        badQuery('hasSeats=maybe', 'hasSeats'),
        badQuery('unknown=1', 'unknown'),
      ],
      success: { status: 200 },
    });
  });

  // ——— public reads ———

  describe('public reads: no token, cacheable, 304 on a matching ETag', () => {
    const PATHS: [string, () => Promise<string>][] = [
      ['GET /brands', () => Promise.resolve('/brands?regionCode=450900')],
      ['GET /brands/:code', () => Promise.resolve(`/brands/${FUMIAN}`)],
      ['GET /sessions', () => Promise.resolve(`/sessions?brandCode=${FUMIAN}`)],
      [
        'GET /sessions/:id (a seeded demo session)',
        async () => {
          const list = await publicSessions(`brandCode=${FUMIAN}&pageSize=100`);
          const seeded = list.items.find((s) => s.id.startsWith(SEEDED_SESSION_PREFIX));
          if (!seeded) throw new Error('no seeded 福绵裁缝 session');
          return `/sessions/${seeded.id}`;
        },
      ],
    ];

    it.each(PATHS)('%s', async (_label, path) => {
      const url = `${API}${await path()}`;
      const first = await call(t.baseUrl, 'GET', url);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();

      const again = await call(t.baseUrl, 'GET', url, {
        headers: { 'if-none-match': etag ?? '' },
      });
      expect(again.status).toBe(304);
      expect(again.body).toBeUndefined();
      expect(again.headers.get('etag')).toBe(etag);

      const stale = await call(t.baseUrl, 'GET', url, {
        headers: { 'if-none-match': 'W/"something-else"' },
      });
      expect(stale.status).toBe(200);
      expect(stale.body).toEqual(first.body);
    });

    it('a token is not needed, and a signed-in caller gets the same answer', async () => {
      const anonymous = await call(t.baseUrl, 'GET', `${API}/sessions?brandCode=${FUMIAN}`);
      const signedIn = await api('GET', `/sessions?brandCode=${FUMIAN}`, actors.worker);
      expect(anonymous.status).toBe(200);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body).toEqual(anonymous.body);
    });
  });
});
