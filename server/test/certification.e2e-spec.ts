import type {
  CertificateVerifyResponse,
  CertificationListResponse,
  CertificationPage,
  CertificationResponse,
  LoginResponse,
} from '@app/shared/api';
import { chinaDate } from '../src/common/china-time';
import { CertificationEntity } from '../src/modules/certification/certification.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { DEMO_GZ_PROVIDER_ID } from '../src/modules/training/training.seed';
import { insertEnrolment, insertSession, insertUser } from './helpers/session-fixtures';
import { insertCourse } from './helpers/training-fixtures';
import {
  type AccountsTestApp,
  demoLogin,
  expectError,
  profileInput,
  smsLogin,
  startAccountsApp,
} from './helpers/accounts';
import { call } from './helpers/test-app';

const YESTERDAY_NOON = () => new Date(Date.now() - 24 * 3600_000).toISOString();

describe('certification: applied → scheduled → passed / failed → issued', () => {
  let t: AccountsTestApp;
  let trainer: string;
  let admin: string;
  let employer: string;
  let otherTrainer: string;
  let outsideAdmin: string;
  let levelSession: string;
  let specialSession: string;
  const workers: { id: string; token: string; enrolment: string; special: string }[] = [];

  /** A class of the demo provider whose five lessons ended ten days ago. */
  async function endedSession(courseId: string, occupationCode: string): Promise<string> {
    const lessons = [-20, -19, -18, -17, -16].map((d) => ({
      startsAt: new Date(Date.now() + d * 86_400_000),
      endsAt: new Date(Date.now() + d * 86_400_000 + 3 * 3600_000),
      topic: '技能训练',
    }));
    return (await insertSession(t, lessons, { courseId, occupationCode, title: '已结业的班' })).id;
  }

  const post = <T>(path: string, token: string | undefined, body: Record<string, unknown> = {}) =>
    call<T>(t.baseUrl, 'POST', `/api/v1${path}`, { token, body });
  const get = <T>(path: string, token?: string) =>
    call<T>(t.baseUrl, 'GET', `/api/v1${path}`, { token });
  const apply = (w: (typeof workers)[number], body: Record<string, unknown> = {}) =>
    post<CertificationResponse>('/certifications', w.token, { enrolmentId: w.enrolment, ...body });

  beforeAll(async () => {
    t = await startAccountsApp();
    trainer = (await demoLogin(t, 'trainer')).accessToken;
    admin = (await demoLogin(t, 'admin')).accessToken;
    employer = (await demoLogin(t, 'employer')).accessToken;
    otherTrainer = (await insertUser(t, ['trainer'], { providerId: DEMO_GZ_PROVIDER_ID })).token;
    outsideAdmin = (await insertUser(t, ['admin'], { regionCode: '440100' })).token;
    const levelCourse = await insertCourse(t, {
      occupationCode: 'muying-huliyuan',
      certificateType: '职业技能等级认定',
      level: 5,
    });
    const specialCourse = await insertCourse(t, {
      occupationCode: 'fengrengong',
      certificateType: '专项职业能力考核',
      level: null,
    });
    levelSession = await endedSession(levelCourse, 'muying-huliyuan');
    specialSession = await endedSession(specialCourse, 'fengrengong');
    for (const name of ['王小明', '李秀英', '陈大海', '周红']) {
      const login: LoginResponse = await smsLogin(t);
      const put = await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: login.accessToken,
        body: profileInput({ realName: name }),
      });
      expect(put.status).toBe(200);
      workers.push({
        id: login.user.id,
        token: login.accessToken,
        enrolment: await insertEnrolment(
          t,
          levelSession,
          login.user.id,
          name === '周红' ? 'dropped' : 'completed',
        ),
        special: await insertEnrolment(t, specialSession, login.user.id, 'completed'),
      });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('a worker applies for the course level after completing, and is told', async () => {
    const res = await apply(workers[0]);
    expect(res.status).toBe(201);
    const c = res.body.certification;
    expect(c).toMatchObject({
      status: 'applied',
      level: 5,
      certificateType: '职业技能等级认定',
      occupationName: '母婴护理员',
      workerName: '王小明',
      appliedBy: 'worker',
      attempt: 1,
      next: null,
    });
    expect(c.timeline.map((e) => e.status)).toEqual(['applied']);
    const told = await t.db
      .getRepository(NotificationEntity)
      .countBy({ userId: workers[0].id, kind: 'certification.applied' });
    expect(told).toBe(1);
  });

  it('one open application per level, even when the same request races', async () => {
    expectError((await apply(workers[0])).body, 'CERTIFICATION_OPEN');
    const racing = await Promise.all(Array.from({ length: 6 }, () => apply(workers[1])));
    expect(racing.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of racing.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(409);
      expectError(r.body, 'CERTIFICATION_OPEN');
    }
    expect(await t.db.getRepository(CertificationEntity).countBy({ workerId: workers[1].id })).toBe(
      1,
    );
  });

  it('refuses what is not allowed: not completed, someone else, a level out of reach', async () => {
    expectError((await apply(workers[3])).body, 'CERTIFICATION_NOT_ELIGIBLE');
    const foreign = await post('/certifications', workers[2].token, {
      enrolmentId: workers[0].enrolment,
    });
    expect(foreign.status).toBe(404);
    expectError((await apply(workers[2], { level: 3 })).body, 'CERTIFICATION_LEVEL_NOT_ALLOWED');
    const special = await post('/certifications', workers[2].token, {
      enrolmentId: workers[2].special,
      level: 5,
    });
    expectError(special.body, 'CERTIFICATION_LEVEL_NOT_ALLOWED');
    expect(await t.db.getRepository(CertificationEntity).countBy({ workerId: workers[2].id })).toBe(
      0,
    );
  });

  it('专项职业能力考核 has no level', async () => {
    const res = await post<CertificationResponse>('/certifications', workers[2].token, {
      enrolmentId: workers[2].special,
    });
    expect(res.status).toBe(201);
    expect(res.body.certification).toMatchObject({
      level: null,
      certificateType: '专项职业能力考核',
      occupationName: '缝纫工',
    });
  });

  it('no step is skipped and only the right role moves each one', async () => {
    const id = (await get<CertificationListResponse>('/certifications/mine', workers[0].token)).body
      .items[0].id;
    // results and certificates need the steps before them
    expectError(
      (await post(`/certifications/${id}/result`, trainer, { passed: true, score: 90 })).body,
      'CERTIFICATION_STEP_INVALID',
    );
    expectError(
      (
        await post(`/certifications/${id}/issue`, admin, {
          certificateNo: 'TEST-0001',
          issuer: '玉林市人力资源和社会保障局',
          issuedOn: chinaDate(new Date()),
        })
      ).body,
      'CERTIFICATION_STEP_INVALID',
    );
    const schedule = { scheduledAt: YESTERDAY_NOON(), place: '福绵区职业技能鉴定站' };
    expect((await post(`/certifications/${id}/schedule`, workers[0].token, schedule)).status).toBe(
      403,
    );
    expect((await post(`/certifications/${id}/schedule`, employer, schedule)).status).toBe(403);
    expect((await post(`/certifications/${id}/schedule`, otherTrainer, schedule)).status).toBe(404);
    expect((await post(`/certifications/${id}/schedule`, outsideAdmin, schedule)).status).toBe(404);
    expect((await post(`/certifications/${id}/schedule`, undefined, schedule)).status).toBe(401);
    const row = await t.db.getRepository(CertificationEntity).findOneByOrFail({ id });
    expect(row.status).toBe('applied');
  });

  it('walks the whole pipeline with a timeline, and each step tells the worker', async () => {
    const w = workers[0];
    const id = (await get<CertificationListResponse>('/certifications/mine', w.token)).body.items[0]
      .id;
    // scheduled for next week: no result can be recorded before it happens
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const planned = await post<CertificationResponse>(`/certifications/${id}/schedule`, trainer, {
      scheduledAt: later,
      place: '福绵区职业技能鉴定站 201室',
    });
    expect(planned.status).toBe(200);
    expect(planned.body.certification.status).toBe('scheduled');
    expectError(
      (await post(`/certifications/${id}/result`, trainer, { passed: true, score: 88 })).body,
      'CERTIFICATION_STEP_INVALID',
    );
    // the admin moves it earlier (a reschedule is another scheduled step), then the result
    const moved = await post<CertificationResponse>(`/certifications/${id}/schedule`, admin, {
      scheduledAt: YESTERDAY_NOON(),
      place: '福绵区职业技能鉴定站 202室',
    });
    expect(moved.body.certification.place).toBe('福绵区职业技能鉴定站 202室');
    const passed = await post<CertificationResponse>(`/certifications/${id}/result`, trainer, {
      passed: true,
      score: 88,
    });
    expect(passed.body.certification).toMatchObject({ status: 'passed', score: 88 });
    expectError(
      (await post(`/certifications/${id}/result`, trainer, { passed: false, score: 10 })).body,
      'CERTIFICATION_STEP_INVALID',
    );
    // the trainer cannot issue; the admin in scope can, with a number nobody else has
    const certificate = {
      certificateNo: ' s000045090100123 ',
      issuer: '玉林市人力资源和社会保障局',
      issuedOn: chinaDate(new Date()),
    };
    expect((await post(`/certifications/${id}/issue`, trainer, certificate)).status).toBe(403);
    expect((await post(`/certifications/${id}/issue`, outsideAdmin, certificate)).status).toBe(404);
    const issued = await post<CertificationResponse>(
      `/certifications/${id}/issue`,
      admin,
      certificate,
    );
    expect(issued.status).toBe(200);
    const c = issued.body.certification;
    expect(c).toMatchObject({
      status: 'issued',
      certificateNo: 'S000045090100123',
      issuer: '玉林市人力资源和社会保障局',
      next: { action: 'next_level', level: 4 },
    });
    expect(c.timeline.map((e) => e.status)).toEqual([
      'applied',
      'scheduled',
      'scheduled',
      'passed',
      'issued',
    ]);
    expect(c.timeline[3].note).toBe('成绩 88 分');
    const kinds = (await t.db.getRepository(NotificationEntity).findBy({ userId: w.id })).map(
      (n) => n.kind,
    );
    expect(kinds.filter((k) => k === 'certification.scheduled')).toHaveLength(2);
    for (const kind of ['certification.passed', 'certification.issued'] as const) {
      expect(kinds.filter((k) => k === kind)).toHaveLength(1);
    }
  });

  it('a certificate number is used once', async () => {
    const id = (await get<CertificationListResponse>('/certifications/mine', workers[1].token)).body
      .items[0].id;
    await post(`/certifications/${id}/schedule`, trainer, {
      scheduledAt: YESTERDAY_NOON(),
      place: '鉴定站',
    });
    await post(`/certifications/${id}/result`, trainer, { passed: true, score: 75 });
    const taken = await post(`/certifications/${id}/issue`, admin, {
      certificateNo: 'S000045090100123',
      issuer: '玉林市人力资源和社会保障局',
      issuedOn: chinaDate(new Date()),
    });
    expectError(taken.body, 'CERTIFICATE_NO_TAKEN');
    const row = await t.db.getRepository(CertificationEntity).findOneByOrFail({ id });
    expect(row).toMatchObject({ status: 'passed', certificateNo: null });
  });

  it('passing opens the next level only; a held level is refused', async () => {
    const w = workers[0];
    expectError((await apply(w, { level: 5 })).body, 'CERTIFICATION_HELD');
    expectError((await apply(w, { level: 3 })).body, 'CERTIFICATION_LEVEL_NOT_ALLOWED');
    const next = await apply(w);
    expect(next.status).toBe(201);
    expect(next.body.certification).toMatchObject({ level: 4, attempt: 1, status: 'applied' });
    const mine = await get<CertificationListResponse>('/certifications/mine', w.token);
    // (SQLite keeps creation times to the second, so the order of two quick rows is not asserted)
    const byLevel = new Map(mine.body.items.map((c) => [c.level, c]));
    expect(byLevel.get(4)?.status).toBe('applied');
    expect(byLevel.get(5)?.status).toBe('issued');
    // the issued level-5 no longer offers the next level: it is applied for
    expect(byLevel.get(5)?.next).toBeNull();
  });

  it('a failed assessment can be retaken, as a new attempt', async () => {
    const w = workers[2];
    const first = (await apply(w)).body.certification;
    await post(`/certifications/${first.id}/schedule`, admin, {
      scheduledAt: YESTERDAY_NOON(),
      place: '鉴定站',
    });
    const failed = await post<CertificationResponse>(`/certifications/${first.id}/result`, admin, {
      passed: false,
      score: 42,
    });
    expect(failed.body.certification).toMatchObject({
      status: 'failed',
      score: 42,
      next: { action: 'retake', level: 5 },
    });
    const retake = await apply(w);
    expect(retake.status).toBe(201);
    expect(retake.body.certification).toMatchObject({ level: 5, attempt: 2 });
    const mine = await get<CertificationListResponse>('/certifications/mine', w.token);
    expect(mine.body.items.find((c) => c.id === first.id)?.next).toBeNull();
  });

  it('the provider applies for the rest of its class; others see nothing of it', async () => {
    const res = await post<CertificationListResponse>(
      `/provider/sessions/${levelSession}/certifications`,
      trainer,
    );
    expect(res.status).toBe(200);
    // workers 0–2 already have open applications, 3 did not complete: nobody new
    expect(res.body.items).toHaveLength(0);
    const special = await post<CertificationListResponse>(
      `/provider/sessions/${specialSession}/certifications`,
      trainer,
    );
    // worker 2 applied for 专项 already; workers 0, 1 and 3 completed it
    expect(special.body.items.map((c) => c.workerName).sort()).toEqual(
      ['周红', '李秀英', '王小明'].sort(),
    );
    expect(special.body.items.every((c) => c.appliedBy === 'provider')).toBe(true);
    expect(
      (await post(`/provider/sessions/${levelSession}/certifications`, otherTrainer)).status,
    ).toBe(404);
    expect((await post(`/provider/sessions/${levelSession}/certifications`, admin)).status).toBe(
      403,
    );
    const list = await get<CertificationListResponse>(
      `/provider/sessions/${specialSession}/certifications`,
      admin,
    );
    expect(list.body.items).toHaveLength(4);
    expect(
      (await get(`/provider/sessions/${specialSession}/certifications`, otherTrainer)).status,
    ).toBe(404);
    expect(
      (await get(`/provider/sessions/${specialSession}/certifications`, outsideAdmin)).status,
    ).toBe(404);
    expect(
      (await get(`/provider/sessions/${specialSession}/certifications`, workers[0].token)).status,
    ).toBe(403);
  });

  it('admins list the applications of their region only', async () => {
    const inside = await get<CertificationPage>('/admin/certifications?status=passed', admin);
    expect(inside.status).toBe(200);
    expect(inside.body.items.map((c) => c.workerName)).toContain('李秀英');
    expect(inside.body.items.every((c) => c.status === 'passed')).toBe(true);
    const outside = await get<CertificationPage>('/admin/certifications', outsideAdmin);
    expect(outside.body.items.filter((c) => c.sessionId === levelSession)).toHaveLength(0);
    expect((await get('/admin/certifications', trainer)).status).toBe(403);
    expectError((await get('/admin/certifications?status=done', admin)).body, 'VALIDATION_FAILED');
  });

  it('admins find ended sessions of their region to review (the public list stops at the end date)', async () => {
    // every page of the admin's list (other test files' classes share the database)
    const listed: string[] = [];
    for (let page = 1; page <= 20; page++) {
      const res = await get<{ items: { id: string }[] }>(
        `/admin/sessions?pageSize=100&page=${page}`,
        admin,
      );
      expect(res.status).toBe(200);
      listed.push(...res.body.items.map((s) => s.id));
      if (res.body.items.length < 100) break;
    }
    expect(listed).toEqual(expect.arrayContaining([levelSession, specialSession]));
    const publicList = await get<{ items: { id: string }[] }>(
      '/sessions?regionCode=450903&pageSize=100',
    );
    expect(publicList.body.items.map((s) => s.id)).not.toContain(levelSession);
    const outside = await get<{ items: { id: string }[] }>(
      '/admin/sessions?pageSize=100',
      outsideAdmin,
    );
    expect(outside.body.items.map((s) => s.id)).not.toContain(levelSession);
    expect((await get('/admin/sessions', trainer)).status).toBe(403);
    expect((await get('/admin/sessions')).status).toBe(401);
  });

  it('bad input is a 400 in Chinese and changes nothing', async () => {
    const id = (await get<CertificationListResponse>('/certifications/mine', workers[0].token)).body
      .items[0].id;
    const before = await t.db.getRepository(CertificationEntity).findOneByOrFail({ id });
    for (const [path, body] of [
      [`/certifications/${id}/schedule`, { scheduledAt: '明天上午', place: '鉴定站' }],
      [`/certifications/${id}/schedule`, { scheduledAt: YESTERDAY_NOON(), place: '' }],
      [`/certifications/${id}/schedule`, { scheduledAt: YESTERDAY_NOON(), place: '站', x: 1 }],
      [`/certifications/${id}/result`, { passed: 'yes', score: 80 }],
      [`/certifications/${id}/result`, { passed: true, score: 101 }],
      [`/certifications/${id}/result`, { passed: true, score: 80.5 }],
      [
        `/certifications/${id}/issue`,
        { certificateNo: '证书1', issuer: '局', issuedOn: '2026-1-1' },
      ],
    ] as const) {
      const res = await post(path, path.endsWith('issue') ? admin : trainer, body);
      expect(res.status).toBe(400);
      expectError(res.body, 'VALIDATION_FAILED');
    }
    expectError(
      (await post('/certifications', workers[0].token, { enrolmentId: 'abc' })).body,
      'VALIDATION_FAILED',
    );
    expect((await post('/certifications/not-a-uuid/schedule', trainer, {})).status).toBe(404);
    const after = await t.db.getRepository(CertificationEntity).findOneByOrFail({ id });
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it('anyone can verify an issued certificate: masked holder, or not found; rate-limited', async () => {
    const found = await get<CertificateVerifyResponse>('/certificates/verify?no=s000045090100123');
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      certificateNo: 'S000045090100123',
      holderName: '王**',
      occupationName: '母婴护理员',
      certificateType: '职业技能等级认定',
      level: 5,
      issuer: '玉林市人力资源和社会保障局',
      issuedOn: chinaDate(new Date()),
    });
    expect(JSON.stringify(found.body)).not.toContain('小明');
    expectError((await get('/certificates/verify?no=NOPE000000')).body, 'CERTIFICATE_NOT_FOUND');
    expect((await get('/certificates/verify?no=<script>')).status).toBe(400);
    // 20 answers a minute per address: of 45 more, even across a minute's turn, some are refused
    const burst = await Promise.all(
      Array.from({ length: 45 }, () => get('/certificates/verify?no=NOPE000000')),
    );
    expect(burst.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(5);
    expectError(burst.find((r) => r.status === 429)?.body, 'RATE_LIMITED');
  });
});
