import { randomUUID } from 'node:crypto';
import type {
  AttendanceSyncResponse,
  CertificateVerifyResponse,
  CertificationListResponse,
  CertificationPage,
  CertificationResponse,
  CompletionResponse,
  EnrolmentListResponse,
  EnrolmentResponse,
  LessonQrResponse,
  NotificationListResponse,
  QrCheckInResponse,
  RosterResponse,
} from '@app/shared/api';
import type { ErrorCode } from '@app/shared/errors';
import { chinaDate } from '../src/common/china-time';
import { XLSX_CONTENT_TYPE } from '../src/common/xlsx';
import { AttendanceEntity } from '../src/modules/attendance/attendance.entity';
import { DEMO_ACCOUNTS } from '../src/modules/auth/demo-accounts';
import {
  CertificationEntity,
  CertificationEventEntity,
} from '../src/modules/certification/certification.entity';
import { EnrolmentEntity } from '../src/modules/enrolment/enrolment.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { TrainingSessionEntity } from '../src/modules/training/training-session.entity';
import { DEMO_GZ_PROVIDER_ID } from '../src/modules/training/training.seed';
import { demoLogin, expectError } from './helpers/accounts';
import { insertEnrolment, insertSession, insertUser } from './helpers/session-fixtures';
import { call, type JsonResponse, startTestApp, type TestApp } from './helpers/test-app';
import {
  insertCertification,
  insertNotification,
  lessonFromNow,
  signQrToken,
} from './helpers/training-fixtures';

/**
 * Who may call the enrolment, attendance and certification endpoints (docs/api-enrolment.md), as a
 * matrix: one test per endpoint × caller, asserting the exact status and error code. A wrong role is
 * 403; a session, lesson, enrolment or application the caller may not reach (another provider's, an
 * admin outside its region, someone else's) is 404 as if it did not exist; anonymous is 401. A refused
 * answer carries the error shape and nothing else, and changes nothing. Calls that change state get a
 * resource of their own per case, so the order of cases does not matter.
 */

const API = '/api/v1';
const CHINESE_DIGITS = '零一二三四五六七八九';
const RUN = String(Math.floor(Math.random() * 10000)).padStart(4, '0');
const RUN_CN = RUN.replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]);

/** Names and titles no refused caller may see. */
const OWNER_NAME = `覃秀兰${RUN_CN}`;
const HOLDER_NAME = `莫丽华${RUN_CN}`;
const SESSION_TITLE = `福绵裁缝权限测试班${RUN_CN}`;
const LESSON_TOPIC = `锁边与熨烫实操${RUN_CN}`;
const INBOX_TITLE = `报名提醒${RUN_CN}`;

type ActorName =
  | 'anonymous'
  | 'owner'
  | 'otherWorker'
  | 'employer'
  | 'trainer'
  | 'otherTrainer'
  | 'adminInScope'
  | 'countyAdmin'
  | 'cityAdmin';

const ACTOR_LABELS: Readonly<Record<ActorName, string>> = {
  anonymous: 'anonymous',
  owner: 'the owning worker (enrolled in the 福绵区 session)',
  otherWorker: 'another worker',
  employer: 'demo employer',
  trainer: 'the session provider’s trainer (demo trainer)',
  otherTrainer: 'a trainer of another provider (广州 demo provider)',
  adminInScope: 'admin in scope (玉林市 450900, session in 福绵区 450903)',
  countyAdmin: 'county admin of another county (玉州区 450902)',
  cityAdmin: 'admin of another city (广州市 440100)',
};

interface Actor {
  name: ActorName;
  id: string | null;
  token: string | undefined;
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

const WORKERS: ActorName[] = ['owner', 'otherWorker'];
const ADMINS: ActorName[] = ['adminInScope', 'countyAdmin', 'cityAdmin'];
const OUT_OF_SCOPE_ADMINS: ActorName[] = ['countyAdmin', 'cityAdmin'];
const NOT_ADMINS: ActorName[] = [...WORKERS, 'employer', 'trainer', 'otherTrainer'];
const SIGNED_IN: ActorName[] = [...NOT_ADMINS, ...ADMINS];

/** A worker acting for themselves (enrol, their own lists): any worker, nobody else. */
const ANY_WORKER = (status = 200): Row[] => [
  ANONYMOUS,
  ...WORKERS.map((a) => allowed(a, status)),
  ...forbidden('employer', 'trainer', 'otherTrainer', ...ADMINS),
];
/** The worker's own enrolment or application: another worker gets 404, other roles 403. */
const OWNER_WORKER = (status = 200): Row[] => [
  ANONYMOUS,
  allowed('owner', status),
  ...notFound('otherWorker'),
  ...forbidden('employer', 'trainer', 'otherTrainer', ...ADMINS),
];
/** Read / assess a session's data: the provider's trainers and admins whose region covers it. */
const PROVIDER_OR_ADMIN_IN_SCOPE: Row[] = [
  ANONYMOUS,
  ...forbidden(...WORKERS, 'employer'),
  allowed('trainer'),
  ...notFound('otherTrainer'),
  allowed('adminInScope'),
  ...notFound(...OUT_OF_SCOPE_ADMINS),
];
/** The provider's own work (attendance, completion, QR, class applications): admins get 403 too. */
const PROVIDER_ONLY: Row[] = [
  ANONYMOUS,
  ...forbidden(...WORKERS, 'employer'),
  allowed('trainer'),
  ...notFound('otherTrainer'),
  ...forbidden(...ADMINS),
];
/** Certificates are issued by the bureau only. */
const ADMIN_IN_SCOPE_ONLY: Row[] = [
  ANONYMOUS,
  ...forbidden(...NOT_ADMINS),
  allowed('adminInScope'),
  ...notFound(...OUT_OF_SCOPE_ADMINS),
];
const ANY_ADMIN: Row[] = [ANONYMOUS, ...forbidden(...NOT_ADMINS), ...ADMINS.map((a) => allowed(a))];
const ANY_SIGNED_IN: Row[] = [ANONYMOUS, ...SIGNED_IN.map((a) => allowed(a))];

describe('training: who may call the enrolment, attendance and certification endpoints', () => {
  let t: TestApp;
  const actors = {} as Record<ActorName, Actor>;
  /** Every session this file makes: out-of-scope admins must never see one of them. */
  const ownSessions = new Set<string>();
  /** The session in progress (lessons yesterday, now and tomorrow), with the owner on its roll. */
  let running: { id: string; pastLesson: string; nowLesson: string; futureLesson: string };
  let ownerEnrolment: string;
  /** An ended session with the holder's issued certificate. */
  let certSession: string;
  let holderCertification: string;
  const CERTIFICATE_NO = `TA-${RUN}-${randomUUID().slice(0, 8).toUpperCase()}`;
  let seq = 0;

  const api = <T = unknown>(
    method: string,
    path: string,
    actor: Actor,
    body?: unknown,
  ): Promise<JsonResponse<T>> =>
    call<T>(t.baseUrl, method, `${API}${path}`, { token: actor.token, body });

  async function session(...args: Parameters<typeof insertSession>): Promise<string> {
    const { id } = await insertSession(...args);
    ownSessions.add(id);
    return id;
  }

  /** A session open for enrolment, its one lesson on a day no other session of this file uses. */
  const openSession = () => {
    seq += 1;
    return session(t, [lessonFromNow(24 * (20 + seq), '开班第一天')], { title: SESSION_TITLE });
  };

  /** A session whose two lessons ended last week. */
  async function endedSession(): Promise<{ id: string; lessonIds: string[] }> {
    const ended = await insertSession(
      t,
      [lessonFromNow(-24 * 6, '第一天'), lessonFromNow(-24 * 5, '第二天')],
      { title: SESSION_TITLE },
    );
    ownSessions.add(ended.id);
    return ended;
  }

  const freshWorker = (realName = `韦小红${RUN_CN}`) => insertUser(t, ['worker'], { realName });

  /** A new worker's application in the ended certification session, in the given status. */
  async function application(
    status: 'applied' | 'scheduled' | 'passed',
  ): Promise<{ id: string; workerId: string }> {
    const worker = await freshWorker();
    const enrolmentId = await insertEnrolment(t, certSession, worker.id, 'completed');
    const id = await insertCertification(t, {
      workerId: worker.id,
      enrolmentId,
      sessionId: certSession,
      status,
      scheduledAt: status === 'applied' ? null : new Date(Date.now() - 86_400_000),
      place: status === 'applied' ? null : '福绵区职业技能鉴定站',
      score: status === 'passed' ? 80 : null,
    });
    return { id, workerId: worker.id };
  }

  const certificationRow = (id: string) =>
    t.db.getRepository(CertificationEntity).findOneByOrFail({ id });
  const eventsOf = (certificationId: string) =>
    t.db.getRepository(CertificationEventEntity).countBy({ certificationId });

  /** What a refused caller gets: the error shape and nothing about the resource. */
  function expectOnlyError(body: unknown, code: ErrorCode): void {
    const error = expectError(body, code);
    expect(Object.keys(error).sort()).toEqual(['code', 'message', 'requestId']);
    const text = JSON.stringify(body);
    for (const secret of [
      OWNER_NAME,
      HOLDER_NAME,
      SESSION_TITLE,
      LESSON_TOPIC,
      INBOX_TITLE,
      CERTIFICATE_NO,
    ]) {
      expect(text).not.toContain(secret);
    }
  }

  interface Endpoint<C> {
    rows: Row[];
    /** A resource of the case's own, made before the call. */
    prepare?: () => Promise<C>;
    request: (actor: Actor, ctx: C) => Promise<JsonResponse>;
    /** Checks on a successful answer (and what it wrote). */
    ok?: (res: JsonResponse, actor: Actor, ctx: C) => void | Promise<void>;
    /** Checks that a refused call changed nothing. */
    refused?: (actor: Actor, ctx: C) => void | Promise<void>;
  }

  /** One test per row: `<caller> → <status> <code>`. */
  function matrix<C = undefined>(title: string, endpoint: Endpoint<C>): void {
    describe(title, () => {
      const cases = endpoint.rows.map((row) => ({
        ...row,
        label: ACTOR_LABELS[row.actor],
        expected: row.code ?? 'OK',
      }));
      it.each(cases)('$label → $status $expected', async (row) => {
        const actor = actors[row.actor];
        const ctx = (endpoint.prepare ? await endpoint.prepare() : undefined) as C;
        const res = await endpoint.request(actor, ctx);
        expect({
          status: res.status,
          code: res.status >= 400 ? (res.body as { code?: unknown } | undefined)?.code : undefined,
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
    t = await startTestApp();
    actors.anonymous = { name: 'anonymous', id: null, token: undefined };
    const owner = await insertUser(t, ['worker'], { realName: OWNER_NAME });
    actors.owner = { name: 'owner', ...owner };
    actors.otherWorker = { name: 'otherWorker', ...(await freshWorker()) };
    for (const [name, role] of [
      ['employer', 'employer'],
      ['trainer', 'trainer'],
      ['adminInScope', 'admin'],
    ] as const) {
      const login = await demoLogin(t, role);
      actors[name] = { name, id: login.user.id, token: login.accessToken };
    }
    actors.otherTrainer = {
      name: 'otherTrainer',
      ...(await insertUser(t, ['trainer'], { providerId: DEMO_GZ_PROVIDER_ID })),
    };
    actors.countyAdmin = {
      name: 'countyAdmin',
      ...(await insertUser(t, ['admin'], { regionCode: '450902' })),
    };
    actors.cityAdmin = {
      name: 'cityAdmin',
      ...(await insertUser(t, ['admin'], { regionCode: '440100' })),
    };

    const now = await insertSession(
      t,
      [
        lessonFromNow(-26, '昨天的课'),
        lessonFromNow(-5 / 60, LESSON_TOPIC, 2),
        lessonFromNow(24, '明天的课'),
      ],
      { title: SESSION_TITLE, seatsTaken: 1 },
    );
    ownSessions.add(now.id);
    const [pastLesson, nowLesson, futureLesson] = now.lessonIds;
    running = { id: now.id, pastLesson, nowLesson, futureLesson };
    ownerEnrolment = await insertEnrolment(t, running.id, owner.id, 'enrolled');
    await insertNotification(t, owner.id, INBOX_TITLE);

    certSession = (await endedSession()).id;
    const holder = await insertUser(t, ['worker'], { realName: HOLDER_NAME });
    holderCertification = await insertCertification(t, {
      workerId: holder.id,
      enrolmentId: await insertEnrolment(t, certSession, holder.id, 'completed'),
      sessionId: certSession,
      status: 'issued',
      scheduledAt: new Date(Date.now() - 3 * 86_400_000),
      place: '福绵区职业技能鉴定站',
      score: 91,
      certificateNo: CERTIFICATE_NO,
      issuer: '玉林市人力资源和社会保障局',
      issuedOn: chinaDate(new Date(), -1),
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  // ——— enrolment ———

  matrix('POST /sessions/:id/enrolments (a new open session per case)', {
    rows: ANY_WORKER(),
    prepare: openSession,
    request: (actor, sessionId) => api('POST', `/sessions/${sessionId}/enrolments`, actor, {}),
    ok: async (res, actor, sessionId) => {
      const { enrolment } = res.body as EnrolmentResponse;
      expect(enrolment).toMatchObject({ sessionId, status: 'enrolled' });
      const row = await t.db.getRepository(EnrolmentEntity).findOneByOrFail({ id: enrolment.id });
      expect(row).toMatchObject({ workerId: actor.id, assistedBy: null });
    },
    refused: async (_actor, sessionId) => {
      expect(await t.db.getRepository(EnrolmentEntity).countBy({ sessionId })).toBe(0);
    },
  });

  matrix('POST /sessions/:id/enrolments/assisted (a new session and worker per case)', {
    rows: PROVIDER_OR_ADMIN_IN_SCOPE,
    prepare: async () => ({ sessionId: await openSession(), worker: await freshWorker() }),
    request: (actor, ctx) =>
      api('POST', `/sessions/${ctx.sessionId}/enrolments/assisted`, actor, {
        workerId: ctx.worker.id,
        reason: '劳动者没有智能手机，现场代为报名',
      }),
    ok: async (res, actor, ctx) => {
      const { enrolment } = res.body as EnrolmentResponse;
      expect(enrolment).toMatchObject({ sessionId: ctx.sessionId, status: 'enrolled' });
      const row = await t.db.getRepository(EnrolmentEntity).findOneByOrFail({ id: enrolment.id });
      expect(row).toMatchObject({
        workerId: ctx.worker.id,
        assistedBy: actor.id,
        assistReason: '劳动者没有智能手机，现场代为报名',
      });
    },
    refused: async (_actor, ctx) => {
      const enrolments = t.db.getRepository(EnrolmentEntity);
      expect(await enrolments.countBy({ sessionId: ctx.sessionId })).toBe(0);
    },
  });

  matrix('POST /enrolments/:id/cancel (the owner’s new enrolment per case)', {
    rows: OWNER_WORKER(),
    async prepare() {
      const sessionId = await openSession();
      await t.db.getRepository(TrainingSessionEntity).update({ id: sessionId }, { seatsTaken: 1 });
      const enrolmentId = await insertEnrolment(t, sessionId, actors.owner.id ?? '', 'enrolled');
      return { sessionId, enrolmentId };
    },
    request: (actor, ctx) => api('POST', `/enrolments/${ctx.enrolmentId}/cancel`, actor),
    ok: async (res, _actor, ctx) => {
      expect((res.body as EnrolmentResponse).enrolment).toMatchObject({
        id: ctx.enrolmentId,
        status: 'cancelled',
      });
      const row = await t.db
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ id: ctx.enrolmentId });
      expect(row.status).toBe('cancelled');
      const stored = await t.db
        .getRepository(TrainingSessionEntity)
        .findOneByOrFail({ id: ctx.sessionId });
      expect(stored.seatsTaken).toBe(0);
    },
    refused: async (_actor, ctx) => {
      const row = await t.db
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ id: ctx.enrolmentId });
      expect(row).toMatchObject({ status: 'enrolled', cancelledAt: null });
      const stored = await t.db
        .getRepository(TrainingSessionEntity)
        .findOneByOrFail({ id: ctx.sessionId });
      expect(stored.seatsTaken).toBe(1);
    },
  });

  matrix('GET /enrolments/mine', {
    rows: ANY_WORKER(),
    request: (actor) => api('GET', '/enrolments/mine', actor),
    ok: (res, actor) => {
      const ids = (res.body as EnrolmentListResponse).items.map((e) => e.id);
      if (actor.name === 'owner') expect(ids).toContain(ownerEnrolment);
      else expect(ids).not.toContain(ownerEnrolment);
    },
  });

  // ——— the inbox ———

  matrix('GET /notifications/mine', {
    rows: ANY_SIGNED_IN,
    request: (actor) => api('GET', '/notifications/mine', actor),
    ok: (res, actor) => {
      const titles = (res.body as NotificationListResponse).items.map((n) => n.title);
      if (actor.name === 'owner') expect(titles).toContain(INBOX_TITLE);
      else expect(titles).not.toContain(INBOX_TITLE);
    },
  });

  matrix('POST /notifications/:id/read (the owner’s new message per case)', {
    rows: [ANONYMOUS, allowed('owner'), ...notFound(...SIGNED_IN.filter((a) => a !== 'owner'))],
    prepare: () => insertNotification(t, actors.owner.id ?? '', `新消息${RUN_CN}`),
    request: (actor, id) => api('POST', `/notifications/${id}/read`, actor),
    ok: async (res, _actor, id) => {
      const item = (res.body as NotificationListResponse).items.find((n) => n.id === id);
      expect(item?.readAt).toEqual(expect.any(String));
      const row = await t.db.getRepository(NotificationEntity).findOneByOrFail({ id });
      expect(row.readAt).toBeInstanceOf(Date);
    },
    refused: async (_actor, id) => {
      const row = await t.db.getRepository(NotificationEntity).findOneByOrFail({ id });
      expect(row.readAt).toBeNull();
    },
  });

  // ——— attendance ———

  matrix('GET /provider/sessions/:id/roster', {
    rows: PROVIDER_OR_ADMIN_IN_SCOPE,
    request: (actor) => api('GET', `/provider/sessions/${running.id}/roster`, actor),
    ok: (res) => {
      const roster = res.body as RosterResponse;
      expect(roster).toMatchObject({ sessionId: running.id, sessionTitle: SESSION_TITLE });
      expect(roster.entries.map((e) => e.realName)).toContain(OWNER_NAME);
    },
  });

  matrix('GET /provider/sessions/:id/attendance.xlsx', {
    rows: PROVIDER_OR_ADMIN_IN_SCOPE,
    request: (actor) => api('GET', `/provider/sessions/${running.id}/attendance.xlsx`, actor),
    ok: (res) => {
      expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    },
  });

  matrix('POST /provider/sessions/:id/attendance (a new mutation id per case)', {
    rows: PROVIDER_ONLY,
    prepare: () => Promise.resolve(`acl-${randomUUID()}`),
    request: (actor, mutationId) =>
      api('POST', `/provider/sessions/${running.id}/attendance`, actor, {
        marks: [
          {
            mutationId,
            lessonId: running.pastLesson,
            workerId: actors.owner.id,
            status: 'present',
            markedAt: new Date(Date.now() - 60_000).toISOString(),
            method: 'roll_call',
          },
        ],
      }),
    ok: async (res, actor, mutationId) => {
      expect((res.body as AttendanceSyncResponse).results).toEqual([
        { mutationId, outcome: 'applied' },
      ]);
      const row = await t.db.getRepository(AttendanceEntity).findOneByOrFail({ mutationId });
      expect(row).toMatchObject({
        lessonId: running.pastLesson,
        workerId: actors.owner.id,
        markedBy: actor.id,
      });
    },
    refused: async (_actor, mutationId) => {
      expect(await t.db.getRepository(AttendanceEntity).countBy({ mutationId })).toBe(0);
    },
  });

  matrix('GET /provider/sessions/:id/completion (preview)', {
    rows: PROVIDER_OR_ADMIN_IN_SCOPE,
    request: (actor) => api('GET', `/provider/sessions/${running.id}/completion`, actor),
    ok: (res) => {
      const completion = res.body as CompletionResponse;
      expect(completion).toMatchObject({ sessionId: running.id, final: false });
      expect(completion.entries.map((e) => e.realName)).toContain(OWNER_NAME);
    },
  });

  matrix('POST /provider/sessions/:id/completion (a new ended session per case)', {
    rows: PROVIDER_ONLY,
    async prepare() {
      const ended = await endedSession();
      const worker = await freshWorker();
      const enrolmentId = await insertEnrolment(t, ended.id, worker.id, 'enrolled');
      await t.db.getRepository(AttendanceEntity).insert(
        ended.lessonIds.map((lessonId) => ({
          id: randomUUID(),
          lessonId,
          sessionId: ended.id,
          workerId: worker.id,
          status: 'present' as const,
          method: 'roll_call' as const,
          markedBy: DEMO_ACCOUNTS.trainer.id,
          markedAt: new Date(Date.now() - 4 * 86_400_000),
          mutationId: null,
        })),
      );
      return { sessionId: ended.id, workerId: worker.id, enrolmentId };
    },
    request: (actor, ctx) => api('POST', `/provider/sessions/${ctx.sessionId}/completion`, actor),
    ok: async (res, _actor, ctx) => {
      const completion = res.body as CompletionResponse;
      expect(completion).toMatchObject({ sessionId: ctx.sessionId, final: true });
      expect(completion.entries).toEqual([
        expect.objectContaining({
          workerId: ctx.workerId,
          attendanceRate: 1,
          outcome: 'completed',
        }),
      ]);
      const row = await t.db
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ id: ctx.enrolmentId });
      expect(row.status).toBe('completed');
    },
    refused: async (_actor, ctx) => {
      const row = await t.db
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ id: ctx.enrolmentId });
      expect(row.status).toBe('enrolled');
      expect(await t.db.getRepository(NotificationEntity).countBy({ userId: ctx.workerId })).toBe(
        0,
      );
    },
  });

  matrix('GET /provider/lessons/:id/qr', {
    rows: PROVIDER_ONLY,
    request: (actor) => api('GET', `/provider/lessons/${running.nowLesson}/qr`, actor),
    ok: (res) => {
      const qr = res.body as LessonQrResponse;
      expect(qr.slotSeconds).toBe(30);
      expect(qr.token).toMatch(new RegExp(`^${running.nowLesson}\\.\\d+\\.[A-Za-z0-9_-]{22}$`));
    },
  });

  matrix('POST /attendance/check-in (the lesson running now)', {
    rows: [
      ANONYMOUS,
      allowed('owner'),
      denied('otherWorker', 403, 'NOT_ENROLLED'),
      ...forbidden('employer', 'trainer', 'otherTrainer', ...ADMINS),
    ],
    request: async (actor) =>
      api('POST', '/attendance/check-in', actor, {
        token: await signQrToken(t, running.nowLesson),
      }),
    ok: async (res, actor) => {
      expect((res.body as QrCheckInResponse).lessonId).toBe(running.nowLesson);
      const row = await t.db
        .getRepository(AttendanceEntity)
        .findOneByOrFail({ lessonId: running.nowLesson, workerId: actor.id ?? '' });
      expect(row.method).toBe('qr');
    },
    refused: async (actor) => {
      if (!actor.id) return;
      const marks = t.db.getRepository(AttendanceEntity);
      expect(await marks.countBy({ lessonId: running.nowLesson, workerId: actor.id })).toBe(0);
    },
  });

  // ——— certification ———

  matrix('POST /certifications (the owner’s new completed enrolment per case)', {
    rows: OWNER_WORKER(201),
    async prepare() {
      const ended = await endedSession();
      return insertEnrolment(t, ended.id, actors.owner.id ?? '', 'completed');
    },
    request: (actor, enrolmentId) => api('POST', '/certifications', actor, { enrolmentId }),
    ok: async (res, actor, enrolmentId) => {
      const { certification } = res.body as CertificationResponse;
      expect(certification).toMatchObject({
        workerId: actor.id,
        status: 'applied',
        appliedBy: 'worker',
      });
      expect(await t.db.getRepository(CertificationEntity).countBy({ enrolmentId })).toBe(1);
    },
    refused: async (_actor, enrolmentId) => {
      expect(await t.db.getRepository(CertificationEntity).countBy({ enrolmentId })).toBe(0);
    },
  });

  matrix('GET /certifications/mine', {
    rows: ANY_WORKER(),
    request: (actor) => api('GET', '/certifications/mine', actor),
    ok: (res, actor) => {
      const items = (res.body as CertificationListResponse).items;
      expect(items.every((c) => c.workerId === actor.id)).toBe(true);
      expect(JSON.stringify(items)).not.toContain(HOLDER_NAME);
    },
  });

  matrix('POST /provider/sessions/:id/certifications (a new ended class per case)', {
    rows: PROVIDER_ONLY,
    async prepare() {
      const ended = await endedSession();
      const worker = await freshWorker();
      await insertEnrolment(t, ended.id, worker.id, 'completed');
      return { sessionId: ended.id, workerId: worker.id };
    },
    request: (actor, ctx) =>
      api('POST', `/provider/sessions/${ctx.sessionId}/certifications`, actor, {}),
    ok: async (res, _actor, ctx) => {
      expect((res.body as CertificationListResponse).items).toEqual([
        expect.objectContaining({ workerId: ctx.workerId, appliedBy: 'provider' }),
      ]);
      const certifications = t.db.getRepository(CertificationEntity);
      expect(await certifications.countBy({ sessionId: ctx.sessionId })).toBe(1);
    },
    refused: async (_actor, ctx) => {
      const certifications = t.db.getRepository(CertificationEntity);
      expect(await certifications.countBy({ sessionId: ctx.sessionId })).toBe(0);
    },
  });

  matrix('GET /provider/sessions/:id/certifications', {
    rows: PROVIDER_OR_ADMIN_IN_SCOPE,
    request: (actor) => api('GET', `/provider/sessions/${certSession}/certifications`, actor),
    ok: (res) => {
      const items = (res.body as CertificationListResponse).items;
      expect(items.find((c) => c.id === holderCertification)).toMatchObject({
        workerName: HOLDER_NAME,
        status: 'issued',
      });
    },
  });

  matrix('POST /certifications/:id/schedule (a new applied application per case)', {
    rows: PROVIDER_OR_ADMIN_IN_SCOPE,
    prepare: () => application('applied'),
    request: (actor, c) =>
      api('POST', `/certifications/${c.id}/schedule`, actor, {
        scheduledAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        place: '福绵区职业技能鉴定站 201室',
      }),
    ok: async (res, _actor, c) => {
      expect((res.body as CertificationResponse).certification).toMatchObject({
        id: c.id,
        status: 'scheduled',
        place: '福绵区职业技能鉴定站 201室',
      });
      expect((await certificationRow(c.id)).status).toBe('scheduled');
    },
    refused: async (_actor, c) => {
      expect(await certificationRow(c.id)).toMatchObject({ status: 'applied', place: null });
      expect(await eventsOf(c.id)).toBe(0);
    },
  });

  matrix('POST /certifications/:id/result (a new scheduled application per case)', {
    rows: PROVIDER_OR_ADMIN_IN_SCOPE,
    prepare: () => application('scheduled'),
    request: (actor, c) =>
      api('POST', `/certifications/${c.id}/result`, actor, { passed: true, score: 86 }),
    ok: async (res, _actor, c) => {
      expect((res.body as CertificationResponse).certification).toMatchObject({
        id: c.id,
        status: 'passed',
        score: 86,
      });
      expect((await certificationRow(c.id)).status).toBe('passed');
    },
    refused: async (_actor, c) => {
      expect(await certificationRow(c.id)).toMatchObject({ status: 'scheduled', score: null });
      expect(await eventsOf(c.id)).toBe(0);
    },
  });

  matrix('POST /certifications/:id/issue (a new passed application per case)', {
    rows: ADMIN_IN_SCOPE_ONLY,
    prepare: () => application('passed'),
    request: (actor, c) =>
      api('POST', `/certifications/${c.id}/issue`, actor, {
        certificateNo: `TI-${RUN}-${c.id.slice(0, 8).toUpperCase()}`,
        issuer: '玉林市人力资源和社会保障局',
        issuedOn: chinaDate(new Date()),
      }),
    ok: async (res, _actor, c) => {
      const number = `TI-${RUN}-${c.id.slice(0, 8).toUpperCase()}`;
      expect((res.body as CertificationResponse).certification).toMatchObject({
        id: c.id,
        status: 'issued',
        certificateNo: number,
      });
      expect(await certificationRow(c.id)).toMatchObject({
        status: 'issued',
        certificateNo: number,
      });
    },
    refused: async (_actor, c) => {
      expect(await certificationRow(c.id)).toMatchObject({ status: 'passed', certificateNo: null });
      expect(await eventsOf(c.id)).toBe(0);
    },
  });

  matrix('GET /admin/certifications', {
    rows: ANY_ADMIN,
    request: (actor) => api('GET', '/admin/certifications?status=issued&pageSize=100', actor),
    ok: (res, actor) => {
      const page = res.body as CertificationPage;
      const ids = page.items.map((c) => c.id);
      if (actor.name === 'adminInScope') {
        expect(ids).toContain(holderCertification);
      } else {
        // another county or city sees none of this file's 福绵区 sessions
        expect(page.items.filter((c) => ownSessions.has(c.sessionId))).toEqual([]);
        expect(JSON.stringify(page)).not.toContain(HOLDER_NAME);
      }
    },
  });

  matrix('GET /certificates/verify (public)', {
    rows: [allowed('anonymous'), ...SIGNED_IN.map((a) => allowed(a))],
    request: (actor) =>
      api('GET', `/certificates/verify?no=${encodeURIComponent(CERTIFICATE_NO)}`, actor),
    ok: (res) => {
      const found = res.body as CertificateVerifyResponse;
      expect(found).toMatchObject({
        certificateNo: CERTIFICATE_NO,
        issuer: '玉林市人力资源和社会保障局',
      });
      expect(found.holderName.startsWith('莫')).toBe(true);
      expect(JSON.stringify(found)).not.toContain(HOLDER_NAME.slice(1));
    },
  });

  // ——— nothing leaks across providers or regions ———

  describe('a session the caller may not reach is invisible', () => {
    /** Every provider-side read or act on the session, its lessons and its applications. */
    const reachable = (): [string, string, unknown?][] => [
      ['GET', `/provider/sessions/${running.id}/roster`],
      ['GET', `/provider/sessions/${running.id}/completion`],
      ['GET', `/provider/sessions/${running.id}/attendance.xlsx`],
      ['GET', `/provider/lessons/${running.nowLesson}/qr`],
      ['GET', `/provider/lessons/${running.pastLesson}/qr`],
      ['GET', `/provider/sessions/${certSession}/certifications`],
      ['GET', `/provider/sessions/${certSession}/completion`],
      ['POST', `/provider/sessions/${certSession}/certifications`, {}],
      ['POST', `/provider/sessions/${certSession}/completion`],
      [
        'POST',
        `/certifications/${holderCertification}/schedule`,
        { scheduledAt: new Date().toISOString(), place: '别的机构的考场' },
      ],
      ['POST', `/certifications/${holderCertification}/result`, { passed: false, score: 0 }],
    ];

    it('a trainer of another provider gets 404 on everything of this session, with no name, title or topic in the answer', async () => {
      const before = await certificationRow(holderCertification);
      const secrets = [
        OWNER_NAME,
        HOLDER_NAME,
        SESSION_TITLE,
        LESSON_TOPIC,
        CERTIFICATE_NO,
        actors.owner.id ?? '',
        running.nowLesson,
      ];
      for (const [method, path, body] of reachable()) {
        const res = await api(method, path, actors.otherTrainer, body);
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
        expectError(res.body, 'NOT_FOUND');
        const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        for (const secret of secrets)
          expect({ path, leaks: text.includes(secret) }).toEqual({
            path,
            leaks: false,
          });
      }
      expect(await certificationRow(holderCertification)).toEqual(before);
    });

    it('the other provider’s own lists show nothing of this session', async () => {
      const mine = await api('GET', '/provider/sessions?pageSize=100', actors.otherTrainer);
      expect(mine.status).toBe(200);
      expect(JSON.stringify(mine.body)).not.toContain(running.id);
      expect(JSON.stringify(mine.body)).not.toContain(SESSION_TITLE);
    });

    it('an id that does not exist answers exactly like one out of reach (404 for the trainer and the admin in scope)', async () => {
      const unknown = randomUUID();
      for (const actor of [actors.trainer, actors.adminInScope]) {
        for (const [method, path, body] of [
          ['GET', `/provider/sessions/${unknown}/roster`],
          ['GET', `/provider/sessions/${unknown}/completion`],
          ['GET', `/provider/sessions/${unknown}/certifications`],
          [
            'POST',
            `/certifications/${unknown}/schedule`,
            { scheduledAt: new Date().toISOString(), place: '鉴定站' },
          ],
          [
            'POST',
            `/sessions/${unknown}/enrolments/assisted`,
            {
              workerId: actors.owner.id,
              reason: '代为报名测试',
            },
          ],
        ] as [string, string, unknown?][]) {
          const res = await api(method, path, actor, body);
          expect({ actor: actor.name, path, status: res.status }).toEqual({
            actor: actor.name,
            path,
            status: 404,
          });
          expectOnlyError(res.body, 'NOT_FOUND');
        }
      }
    });
  });
});
