import { randomUUID } from 'node:crypto';
import type {
  AttendanceSyncResponse,
  CertificateVerifyResponse,
  CertificationListResponse,
  CertificationResponse,
  EnrolmentResponse,
  QrCheckInResponse,
} from '@app/shared/api';
import type { ErrorCode, FieldError } from '@app/shared/errors';
import { In, Not } from 'typeorm';
import { chinaDate } from '../src/common/china-time';
import { AttendanceEntity } from '../src/modules/attendance/attendance.entity';
import { DEMO_ACCOUNTS } from '../src/modules/auth/demo-accounts';
import {
  CertificationEntity,
  CertificationEventEntity,
} from '../src/modules/certification/certification.entity';
import { EnrolmentEntity } from '../src/modules/enrolment/enrolment.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { TrainingSessionEntity } from '../src/modules/training/training-session.entity';
import { demoLogin, expectError } from './helpers/accounts';
import {
  insertEnrolment,
  insertSession,
  insertUser,
  type UserFixture,
} from './helpers/session-fixtures';
import { call, type JsonResponse, startTestApp, type TestApp } from './helpers/test-app';
import {
  insertCertification,
  insertCourse,
  insertNotification,
  lessonFromNow,
  qrSlotOf,
  signQrToken,
} from './helpers/training-fixtures';

/**
 * Bad input on every enrolment, attendance and certification endpoint: 400 VALIDATION_FAILED (or the
 * domain code) with a Chinese message naming the field, 404 for a path id that is not a UUID or names
 * nothing, and nothing written — the rows of this file's sessions (enrolments, marks, applications and
 * their timelines) and its workers' inbox are compared before and after. Each endpoint ends with the
 * same request made valid, which must succeed and write what it should, so a refusal cannot pass for
 * the wrong reason (a missing fixture, a wrong role).
 */

const API = '/api/v1';
const HAS_CHINESE = /[\u4e00-\u9fff]/;
const RUN = randomUUID().slice(0, 6).toUpperCase();
/** 母婴护理员: 职业技能等级认定, so a level can be asked for. */
const LEVELLED_OCCUPATION = 'muying-huliyuan';

/**
 * 30 February, 31 April and hour 25 match the format patterns (DATE_PATTERN, DATE_TIME_PATTERN) but
 * are no date or time at all. The server lets them through today — those cases fail until it refuses
 * them — so each acts on a spare resource of its own: while it is accepted it cannot spoil the cases
 * after it.
 */
const NO_SUCH_DAY = '2026-02-30';

type Body = Record<string, unknown>;
type Mutate = (valid: Body) => unknown;

/** One bad input: a change to the valid body, a query string or a path, and the refusal expected. */
interface BadInput {
  title: string;
  /** The field the error details must name (VALIDATION_FAILED). */
  field?: string;
  /** Default 400. */
  status?: number;
  /** Default VALIDATION_FAILED. */
  code?: ErrorCode;
  mutate?: Mutate;
  query?: string;
  path?: () => string;
  /** Another caller than the group's. */
  as?: () => string | undefined;
}

const set =
  (field: string, value: unknown): Mutate =>
  (valid) => ({ ...valid, [field]: value });
const drop =
  (field: string): Mutate =>
  (valid) =>
    Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));
const bad = (title: string, field: string, mutate: Mutate): BadInput => ({ title, field, mutate });
const badQuery = (query: string, field: string): BadInput => ({ title: `?${query}`, field, query });
/** Refused by the service with a domain code (or NOT_FOUND), after the input passed validation. */
const refused = (title: string, status: number, code: ErrorCode, mutate: Mutate): BadInput => ({
  title,
  status,
  code,
  mutate,
});

/** Path ids that are not UUIDs, and a UUID that names nothing: 404 NOT_FOUND, as if absent. */
const badPaths = (path: (id: string) => string): BadInput[] =>
  [
    ['not-a-uuid', 'not-a-uuid'],
    ['a number', '12345'],
    ['a UUID missing a character', randomUUID().slice(0, 35)],
    ['a UUID with one character too many', `${randomUUID()}0`],
    ['an injection attempt', encodeURIComponent("' OR '1'='1")],
    ['a UUID that names nothing', randomUUID()],
  ].map(([title, id]) => ({
    title: `path id: ${title}`,
    status: 404,
    code: 'NOT_FOUND' as const,
    path: () => path(id),
  }));

function expectRefused(res: JsonResponse, input: BadInput): void {
  const status = input.status ?? 400;
  const code = input.code ?? 'VALIDATION_FAILED';
  expect({ status: res.status, code: (res.body as { code?: unknown } | undefined)?.code }).toEqual({
    status,
    code,
  });
  const error = expectError(res.body, code);
  if (!input.field) return;
  const details = (Array.isArray(error.details) ? error.details : []) as FieldError[];
  const named = details.find((d) => d.field === input.field);
  expect({ field: input.field, named: named !== undefined, details }).toMatchObject({
    field: input.field,
    named: true,
  });
  for (const message of named?.messages ?? []) {
    // A Chinese explanation, not class-validator's English default.
    expect(message).toMatch(HAS_CHINESE);
    expect(message).not.toMatch(/\b(must|should)\b/);
  }
}

interface Fixtures {
  openSession: string;
  enrolWorker: UserFixture;
  noProfileWorker: UserFixture;
  assistSession: string;
  assistTarget: UserFixture;
  cancelWorker: UserFixture;
  cancelEnrolment: string;
  inboxWorker: UserFixture;
  inboxNotification: string;
  /** In progress: lessons yesterday, now and tomorrow. */
  running: { id: string; past: string; now: string; future: string };
  rollWorker: UserFixture;
  offRollWorker: UserFixture;
  waitlistedWorker: UserFixture;
  /** A lesson of another session of the same provider. */
  otherLesson: string;
  applicant: UserFixture;
  applicantEnrolment: string;
  applicantDropped: string;
  someoneElsesEnrolment: string;
  classSession: string;
  toSchedule: string;
  toResult: string;
  toIssue: string;
  /** Spares for the impossible-date cases (see NO_SUCH_DAY): a class in progress of its own. */
  spare: { id: string; now: string; marked: UserFixture; scanners: [UserFixture, UserFixture] };
  spareToSchedule: string;
  spareToIssue: [string, string];
}

describe('training: bad input is refused and writes nothing', () => {
  let t: TestApp;
  let trainer: string;
  let admin: string;
  const fx = {} as Fixtures;
  const ISSUED_NO = `TV-${RUN}-0001`;
  const NEW_NO = `TV-${RUN}-0002`;
  const VALID_MUTATION = `val-${RUN}-0001`;
  /** Every session and worker this file makes: the snapshot covers their rows. */
  const ownSessions: string[] = [];
  const ownWorkers: string[] = [];

  async function session(...args: Parameters<typeof insertSession>) {
    const made = await insertSession(...args);
    ownSessions.push(made.id);
    return made;
  }
  async function worker(realName: string | null = '黄秀梅'): Promise<UserFixture> {
    const made = await insertUser(t, ['worker'], realName ? { realName } : {});
    ownWorkers.push(made.id);
    return made;
  }

  /** This file's rows: its sessions with their enrolments, marks and applications; timelines; inboxes. */
  async function snapshot() {
    const sessions = In(ownSessions);
    const certifications = await t.db
      .getRepository(CertificationEntity)
      .find({ where: { sessionId: sessions }, order: { id: 'ASC' } });
    // Through JSON, so a row with an unreadable date (written by a bug) compares equal to itself.
    return plain({
      sessions: await t.db
        .getRepository(TrainingSessionEntity)
        .find({ where: { id: sessions }, order: { id: 'ASC' } }),
      enrolments: await t.db
        .getRepository(EnrolmentEntity)
        .find({ where: { sessionId: sessions }, order: { id: 'ASC' } }),
      attendance: await t.db
        .getRepository(AttendanceEntity)
        .find({ where: { sessionId: sessions }, order: { id: 'ASC' } }),
      certifications,
      events: await t.db
        .getRepository(CertificationEventEntity)
        .countBy({ certificationId: In(certifications.map((c) => c.id).concat('')) }),
      // job recommendations a certificate may trigger belong to the jobs open at the time (the demo
      // data's among them), not to the request under test
      notifications: await t.db.getRepository(NotificationEntity).find({
        where: { userId: In(ownWorkers), kind: Not('job.recommended') },
        order: { id: 'ASC' },
      }),
    });
  }
  type Snapshot = Awaited<ReturnType<typeof snapshot>>;
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  type Counted = 'enrolments' | 'attendance' | 'certifications' | 'events' | 'notifications';
  const counts = (s: Snapshot): Record<Counted, number> => ({
    enrolments: s.enrolments.length,
    attendance: s.attendance.length,
    certifications: s.certifications.length,
    events: s.events,
    notifications: s.notifications.length,
  });

  interface Spec {
    method: 'GET' | 'POST';
    path: () => string;
    /** The caller's token; none for a public endpoint. */
    token: () => string | undefined;
    valid?: () => Body | Promise<Body>;
    validQuery?: string;
    cases: BadInput[];
    success: {
      status: number;
      /** Rows the valid request adds. */
      writes?: Partial<Record<Counted, number>>;
      after?: (res: JsonResponse) => void | Promise<void>;
    };
  }

  /** One test per bad input (refused, nothing written), then the valid request (accepted). */
  function group(title: string, spec: Spec): void {
    describe(title, () => {
      async function send(input: BadInput | null): Promise<JsonResponse> {
        const valid = spec.valid ? await spec.valid() : undefined;
        const query = input ? input.query : spec.validQuery;
        const path = `${input?.path?.() ?? spec.path()}${query ? `?${query}` : ''}`;
        const body = input?.mutate ? await input.mutate(valid ?? {}) : valid;
        const token = input?.as ? input.as() : spec.token();
        return call(t.baseUrl, spec.method, `${API}${path}`, { token, body });
      }

      it.each(spec.cases)('$title → refused, nothing written', async (input) => {
        const before = await snapshot();
        const res = await send(input);
        expectRefused(res, input);
        expect(await snapshot()).toEqual(before);
      });

      it(`the same request made valid → ${spec.success.status}`, async () => {
        const before = await snapshot();
        const res = await send(null);
        expect({ status: res.status, body: res.body }).toMatchObject({
          status: spec.success.status,
        });
        const expected = counts(before);
        for (const [table, n] of Object.entries(spec.success.writes ?? {})) {
          expected[table as Counted] += n;
        }
        expect(counts(await snapshot())).toEqual(expected);
        await spec.success.after?.(res);
      });
    });
  }

  const certificationRow = (id: string) =>
    t.db.getRepository(CertificationEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    t = await startTestApp();
    trainer = (await demoLogin(t, 'trainer')).accessToken;
    admin = (await demoLogin(t, 'admin')).accessToken;

    // enrolment
    fx.openSession = (await session(t, [lessonFromNow(24 * 40, '开班第一天')])).id;
    fx.enrolWorker = await worker();
    fx.noProfileWorker = await worker(null);
    fx.assistSession = (await session(t, [lessonFromNow(24 * 41, '开班第一天')])).id;
    fx.assistTarget = await worker();
    const cancelSession = (await session(t, [lessonFromNow(24 * 42, '开班第一天')])).id;
    fx.cancelWorker = await worker();
    fx.cancelEnrolment = await insertEnrolment(t, cancelSession, fx.cancelWorker.id, 'enrolled');
    fx.inboxWorker = await worker();
    fx.inboxNotification = await insertNotification(t, fx.inboxWorker.id);

    // attendance
    const running = await session(t, [
      lessonFromNow(-26, '昨天的课'),
      lessonFromNow(-5 / 60, '正在上的课', 2),
      lessonFromNow(24, '明天的课'),
    ]);
    fx.running = {
      id: running.id,
      past: running.lessonIds[0],
      now: running.lessonIds[1],
      future: running.lessonIds[2],
    };
    fx.rollWorker = await worker();
    await insertEnrolment(t, running.id, fx.rollWorker.id, 'enrolled');
    fx.offRollWorker = await worker();
    const spare = await session(t, [lessonFromNow(-5 / 60, '备用班正在上的课', 2)]);
    fx.spare = {
      id: spare.id,
      now: spare.lessonIds[0],
      marked: await worker(),
      scanners: [await worker(), await worker()],
    };
    for (const w of [fx.spare.marked, ...fx.spare.scanners]) {
      await insertEnrolment(t, spare.id, w.id, 'enrolled');
    }
    fx.waitlistedWorker = await worker();
    await insertEnrolment(t, running.id, fx.waitlistedWorker.id, 'waitlisted');
    fx.otherLesson = (await session(t, [lessonFromNow(-30, '别的班的课')])).lessonIds[0];

    // certification: a course with levels, an ended class of it
    const courseId = await insertCourse(t, {
      occupationCode: LEVELLED_OCCUPATION,
      certificateType: '职业技能等级认定',
      level: 5,
    });
    const endedLessons = [lessonFromNow(-24 * 6, '第一天'), lessonFromNow(-24 * 5, '第二天')];
    const ended = (
      await session(t, endedLessons, { courseId, occupationCode: LEVELLED_OCCUPATION })
    ).id;
    fx.applicant = await worker();
    fx.applicantEnrolment = await insertEnrolment(t, ended, fx.applicant.id, 'completed');
    const other = await worker();
    fx.someoneElsesEnrolment = await insertEnrolment(t, ended, other.id, 'completed');
    const droppedFrom = (
      await session(t, endedLessons, { courseId, occupationCode: LEVELLED_OCCUPATION })
    ).id;
    fx.applicantDropped = await insertEnrolment(t, droppedFrom, fx.applicant.id, 'dropped');
    fx.classSession = (
      await session(t, endedLessons, { courseId, occupationCode: LEVELLED_OCCUPATION })
    ).id;
    await insertEnrolment(t, fx.classSession, (await worker()).id, 'completed');

    const assessed = (await session(t, endedLessons)).id;
    const application = async (
      status: 'applied' | 'scheduled' | 'passed' | 'issued',
      extra: Partial<Parameters<typeof insertCertification>[1]> = {},
    ) => {
      const w = await worker();
      return insertCertification(t, {
        workerId: w.id,
        enrolmentId: await insertEnrolment(t, assessed, w.id, 'completed'),
        sessionId: assessed,
        status,
        scheduledAt: status === 'applied' ? null : new Date(Date.now() - 86_400_000),
        place: status === 'applied' ? null : '福绵区职业技能鉴定站',
        score: status === 'passed' || status === 'issued' ? 80 : null,
        ...extra,
      });
    };
    fx.toSchedule = await application('applied');
    fx.toResult = await application('scheduled');
    fx.toIssue = await application('passed');
    fx.spareToSchedule = await application('applied');
    fx.spareToIssue = [await application('passed'), await application('passed')];
    await application('issued', {
      certificateNo: ISSUED_NO,
      issuer: '玉林市人力资源和社会保障局',
      issuedOn: chinaDate(new Date(), -1),
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  // ——— enrolment ———

  group('POST /sessions/:id/enrolments', {
    method: 'POST',
    path: () => `/sessions/${fx.openSession}/enrolments`,
    token: () => fx.enrolWorker.token,
    valid: () => ({ idempotencyKey: `tap-${RUN}-0001` }),
    cases: [
      bad('an unknown field (workerId)', 'workerId', set('workerId', randomUUID())),
      bad('an unknown field (status)', 'status', set('status', 'enrolled')),
      bad('idempotencyKey of 7 characters', 'idempotencyKey', set('idempotencyKey', 'tap-123')),
      bad(
        'idempotencyKey of 65 characters',
        'idempotencyKey',
        set('idempotencyKey', 'k'.repeat(65)),
      ),
      bad(
        'idempotencyKey in Chinese',
        'idempotencyKey',
        set('idempotencyKey', '报名请求编号一二三'),
      ),
      bad('idempotencyKey with spaces', 'idempotencyKey', set('idempotencyKey', 'tap 1234 5678')),
      bad('idempotencyKey as a number', 'idempotencyKey', set('idempotencyKey', 1234567890)),
      bad('idempotencyKey as a list', 'idempotencyKey', set('idempotencyKey', ['tap-12345678'])),
      {
        title: 'a worker without a profile → 409 PROFILE_REQUIRED',
        status: 409,
        code: 'PROFILE_REQUIRED',
        as: () => fx.noProfileWorker.token,
      },
      ...badPaths((id) => `/sessions/${id}/enrolments`),
    ],
    success: {
      status: 200,
      writes: { enrolments: 1, notifications: 1 },
      after: (res) => {
        expect((res.body as EnrolmentResponse).enrolment).toMatchObject({
          sessionId: fx.openSession,
          status: 'enrolled',
        });
      },
    },
  });

  const ASSIST_REASON = '劳动者没有智能手机，现场代为报名';
  group('POST /sessions/:id/enrolments/assisted', {
    method: 'POST',
    path: () => `/sessions/${fx.assistSession}/enrolments/assisted`,
    token: () => trainer,
    valid: () => ({ workerId: fx.assistTarget.id, reason: ASSIST_REASON }),
    cases: [
      bad('an unknown field (assistedBy)', 'assistedBy', set('assistedBy', randomUUID())),
      bad('a missing workerId', 'workerId', drop('workerId')),
      bad('workerId not a UUID', 'workerId', set('workerId', 'worker-1')),
      bad('workerId empty', 'workerId', set('workerId', '')),
      bad('workerId as a number', 'workerId', set('workerId', 42)),
      bad('a missing reason', 'reason', drop('reason')),
      bad('an empty reason', 'reason', set('reason', '')),
      bad('a reason of spaces only', 'reason', set('reason', '     ')),
      bad('a one-character reason (after trimming)', 'reason', set('reason', '  代  ')),
      bad('a reason of 201 characters', 'reason', set('reason', '因'.repeat(201))),
      bad('reason as a number', 'reason', set('reason', 12345)),
      bad('reason as a list', 'reason', set('reason', [ASSIST_REASON])),
      refused(
        'a workerId that names nobody → 404',
        404,
        'NOT_FOUND',
        set('workerId', randomUUID()),
      ),
      refused('a workerId of a trainer, not a worker → 404', 404, 'NOT_FOUND', (v) => ({
        ...v,
        workerId: DEMO_ACCOUNTS.trainer.id,
      })),
      refused('a worker without a profile → 409', 409, 'PROFILE_REQUIRED', (v) => ({
        ...v,
        workerId: fx.noProfileWorker.id,
      })),
      ...badPaths((id) => `/sessions/${id}/enrolments/assisted`),
    ],
    success: {
      status: 200,
      writes: { enrolments: 1, notifications: 1 },
      after: async (res) => {
        const { enrolment } = res.body as EnrolmentResponse;
        const row = await t.db.getRepository(EnrolmentEntity).findOneByOrFail({ id: enrolment.id });
        expect(row).toMatchObject({ workerId: fx.assistTarget.id, assistReason: ASSIST_REASON });
      },
    },
  });

  group('POST /enrolments/:id/cancel', {
    method: 'POST',
    path: () => `/enrolments/${fx.cancelEnrolment}/cancel`,
    token: () => fx.cancelWorker.token,
    cases: badPaths((id) => `/enrolments/${id}/cancel`),
    success: {
      status: 200,
      after: async () => {
        const row = await t.db
          .getRepository(EnrolmentEntity)
          .findOneByOrFail({ id: fx.cancelEnrolment });
        expect(row.status).toBe('cancelled');
      },
    },
  });

  group('POST /notifications/:id/read', {
    method: 'POST',
    path: () => `/notifications/${fx.inboxNotification}/read`,
    token: () => fx.inboxWorker.token,
    cases: badPaths((id) => `/notifications/${id}/read`),
    success: {
      status: 200,
      after: async () => {
        const row = await t.db
          .getRepository(NotificationEntity)
          .findOneByOrFail({ id: fx.inboxNotification });
        expect(row.readAt).toBeInstanceOf(Date);
      },
    },
  });

  // ——— attendance ———

  const mark = (overrides: Body = {}): Body => ({
    mutationId: VALID_MUTATION,
    lessonId: fx.running.past,
    workerId: fx.rollWorker.id,
    status: 'present',
    markedAt: new Date(Date.now() - 60_000).toISOString(),
    method: 'roll_call',
    ...overrides,
  });
  /** The valid batch with its one mark changed. */
  const markWith =
    (overrides: () => Body): Mutate =>
    (valid) => ({ ...valid, marks: [{ ...(valid.marks as Body[])[0], ...overrides() }] });
  let badMarks = 0;
  /** A bad mark with a mutation id of its own, so no case can make another a duplicate. */
  const badMark = (title: string, field: string, overrides: () => Body): BadInput => {
    badMarks += 1;
    const mutationId = `bad-${RUN}-${String(badMarks).padStart(4, '0')}`;
    return bad(
      title,
      `marks.0.${field}`,
      markWith(() => ({ mutationId, ...overrides() })),
    );
  };

  group('POST /provider/sessions/:id/attendance', {
    method: 'POST',
    path: () => `/provider/sessions/${fx.running.id}/attendance`,
    token: () => trainer,
    valid: () => ({ marks: [mark()] }),
    cases: [
      bad('an unknown field (sessionId)', 'sessionId', set('sessionId', randomUUID())),
      bad('marks missing', 'marks', drop('marks')),
      bad('marks empty', 'marks', set('marks', [])),
      bad('marks not a list', 'marks', set('marks', '全部出勤')),
      bad('2001 marks (at most 2000)', 'marks', () => ({
        marks: Array.from({ length: 2001 }, (_, i) =>
          mark({ mutationId: `bulk-${RUN}-${String(i).padStart(5, '0')}` }),
        ),
      })),
      bad('a mark that is not an object', 'marks.0', set('marks', ['present'])),
      badMark('an unknown field in a mark (note)', 'note', () => ({ note: '迟到' })),
      badMark('mutationId of 7 characters', 'mutationId', () => ({ mutationId: 'm-12345' })),
      badMark('mutationId of 65 characters', 'mutationId', () => ({ mutationId: 'm'.repeat(65) })),
      badMark('mutationId in Chinese', 'mutationId', () => ({ mutationId: '点名记录编号一二三' })),
      badMark('mutationId missing', 'mutationId', () => ({ mutationId: undefined })),
      badMark('lessonId not a UUID', 'lessonId', () => ({ lessonId: 'lesson-1' })),
      badMark('workerId as a number', 'workerId', () => ({ workerId: 42 })),
      badMark('an unknown status', 'status', () => ({ status: 'here' })),
      badMark('method qr (the worker’s scan, not the trainer’s)', 'method', () => ({
        method: 'qr',
      })),
      badMark('markedAt without T and offset', 'markedAt', () => ({
        markedAt: '2026-11-20 09:00',
      })),
      badMark('markedAt without an offset', 'markedAt', () => ({
        markedAt: '2026-11-20T09:00:00',
      })),
      badMark('markedAt as epoch milliseconds', 'markedAt', () => ({
        markedAt: Date.now() - 60_000,
      })),
      badMark('markedAt in words', 'markedAt', () => ({ markedAt: '今天上午' })),
      // in the spare class, so that while accepted they leave this one's marks (and roster) alone
      ...(
        [
          ['markedAt at hour 25', '2026-11-20T25:00:00+08:00'],
          ['markedAt on 30 February', `${NO_SUCH_DAY}T09:00:00+08:00`],
        ] as const
      ).map(([title, markedAt]) => ({
        ...badMark(title, 'markedAt', () => ({
          lessonId: fx.spare.now,
          workerId: fx.spare.marked.id,
          markedAt,
        })),
        path: () => `/provider/sessions/${fx.spare.id}/attendance`,
      })),
      badMark('a lesson of another session', 'lessonId', () => ({ lessonId: fx.otherLesson })),
      badMark('a worker not on the roll', 'workerId', () => ({ workerId: fx.offRollWorker.id })),
      badMark('a waitlisted worker (not on the roll)', 'workerId', () => ({
        workerId: fx.waitlistedWorker.id,
      })),
      badMark('markedAt an hour from now', 'markedAt', () => ({
        markedAt: new Date(Date.now() + 3_600_000).toISOString(),
      })),
      bad('a good mark and a bad one: refused whole', 'marks.1.workerId', (valid) => ({
        marks: [
          { ...(valid.marks as Body[])[0], mutationId: `good-${RUN}-0001` },
          mark({ mutationId: `bad-${RUN}-0001`, workerId: fx.offRollWorker.id }),
        ],
      })),
      ...badPaths((id) => `/provider/sessions/${id}/attendance`),
    ],
    success: {
      status: 200,
      writes: { attendance: 1 },
      after: (res) => {
        expect((res.body as AttendanceSyncResponse).results).toEqual([
          { mutationId: VALID_MUTATION, outcome: 'applied' },
        ]);
      },
    },
  });

  /** The valid token with one of its three parts replaced. */
  const tokenWith =
    (change: (parts: [string, string, string]) => string): Mutate =>
    (valid) => ({
      ...valid,
      token: change(String(valid.token).split('.') as [string, string, string]),
    });
  const qrInvalid = (title: string, mutate: Mutate): BadInput =>
    refused(`${title} → QR_TOKEN_INVALID`, 400, 'QR_TOKEN_INVALID', mutate);

  group('POST /attendance/check-in', {
    method: 'POST',
    path: () => '/attendance/check-in',
    token: () => fx.rollWorker.token,
    valid: async () => ({ token: await signQrToken(t, fx.running.now) }),
    cases: [
      bad('an unknown field (lessonId)', 'lessonId', set('lessonId', randomUUID())),
      bad('token missing', 'token', drop('token')),
      bad('token empty', 'token', set('token', '')),
      bad('token of 9 characters', 'token', set('token', 'abc.1.xyz')),
      bad('token of 201 characters', 'token', set('token', 'a'.repeat(201))),
      bad('token as a number', 'token', set('token', 12345678901)),
      bad('token as a list', 'token', (v) => ({ ...v, token: [v.token] })),
      bad('scannedAt in words', 'scannedAt', set('scannedAt', '刚才')),
      bad('scannedAt a date without time', 'scannedAt', set('scannedAt', chinaDate(new Date()))),
      bad('scannedAt as epoch milliseconds', 'scannedAt', set('scannedAt', Date.now())),
      // scans in the spare class, each by a worker of its own, so that while accepted they leave
      // this class's marks alone; the second carries a token two hours old, which no scan time fits
      ...[0, 2 * 3_600_000].map((age, i) => ({
        ...bad(
          `scannedAt at hour 25${age ? ', with a token two hours old' : ''}`,
          'scannedAt',
          async () => ({
            token: await signQrToken(t, fx.spare.now, new Date(Date.now() - age)),
            scannedAt: '2026-11-26T25:00:00+08:00',
          }),
        ),
        as: () => fx.spare.scanners[i].token,
      })),
      bad('latitude 91', 'latitude', set('latitude', 91)),
      bad('latitude -91', 'latitude', set('latitude', -91)),
      bad('latitude as text', 'latitude', set('latitude', '22.58')),
      bad('longitude 181', 'longitude', set('longitude', 181)),
      bad('longitude -181', 'longitude', set('longitude', -181)),
      bad('longitude as text', 'longitude', set('longitude', '110.05')),
      qrInvalid('a token in no known format', set('token', 'not-a-qr-token-at-all')),
      qrInvalid(
        'a token without its signature',
        tokenWith(([l, s]) => `${l}.${s}`),
      ),
      qrInvalid(
        'a token with an upper-case lesson id',
        tokenWith(([l, s, m]) => `${l.toUpperCase()}.${s}.${m}`),
      ),
      qrInvalid(
        'a token with a letter slot',
        tokenWith(([l, , m]) => `${l}.slot.${m}`),
      ),
      qrInvalid(
        'a token with a 23-character signature',
        tokenWith(([l, s, m]) => `${l}.${s}.${m}x`),
      ),
      qrInvalid(
        'a forged signature',
        tokenWith(([l, s]) => `${l}.${s}.${'A'.repeat(22)}`),
      ),
      qrInvalid(
        'a lesson that does not exist',
        tokenWith(([, s, m]) => `${randomUUID()}.${s}.${m}`),
      ),
      qrInvalid(
        'another lesson’s id with this signature',
        tokenWith(([, s, m]) => `${fx.running.future}.${s}.${m}`),
      ),
      qrInvalid(
        'a genuine token from ten minutes ago',
        tokenWith(([l, , m]) => `${l}.${qrSlotOf(new Date(Date.now() - 600_000))}.${m}`),
      ),
      qrInvalid(
        'scannedAt an hour from now',
        set('scannedAt', new Date(Date.now() + 3_600_000).toISOString()),
      ),
      qrInvalid(
        'scannedAt eight days ago',
        set('scannedAt', new Date(Date.now() - 8 * 86_400_000).toISOString()),
      ),
      {
        title: 'a worker not enrolled → 403 NOT_ENROLLED',
        status: 403,
        code: 'NOT_ENROLLED',
        as: () => fx.offRollWorker.token,
      },
    ],
    success: {
      status: 200,
      writes: { attendance: 1 },
      after: (res) => {
        expect((res.body as QrCheckInResponse).lessonId).toBe(fx.running.now);
      },
    },
  });

  // ——— provider reads and acts with only a path id ———

  const PATH_ONLY: { title: string; path: (id: string) => string; id: () => string }[] = [
    {
      title: 'GET /provider/sessions/:id/roster',
      path: (id) => `/provider/sessions/${id}/roster`,
      id: () => fx.running.id,
    },
    {
      title: 'GET /provider/sessions/:id/attendance.xlsx',
      path: (id) => `/provider/sessions/${id}/attendance.xlsx`,
      id: () => fx.running.id,
    },
    {
      title: 'GET /provider/sessions/:id/completion',
      path: (id) => `/provider/sessions/${id}/completion`,
      id: () => fx.running.id,
    },
    {
      title: 'GET /provider/sessions/:id/certifications',
      path: (id) => `/provider/sessions/${id}/certifications`,
      id: () => fx.classSession,
    },
    {
      title: 'GET /provider/lessons/:id/qr',
      path: (id) => `/provider/lessons/${id}/qr`,
      id: () => fx.running.now,
    },
  ];
  for (const endpoint of PATH_ONLY) {
    group(endpoint.title, {
      method: 'GET',
      path: () => endpoint.path(endpoint.id()),
      token: () => trainer,
      cases: badPaths(endpoint.path),
      success: { status: 200 },
    });
  }

  group('POST /provider/sessions/:id/completion', {
    method: 'POST',
    // every enrolment of the class is already completed: confirming again changes nothing
    path: () => `/provider/sessions/${fx.classSession}/completion`,
    token: () => trainer,
    cases: [
      ...badPaths((id) => `/provider/sessions/${id}/completion`),
      {
        title: 'a session still running → 409 SESSION_NOT_ENDED',
        status: 409,
        code: 'SESSION_NOT_ENDED',
        path: () => `/provider/sessions/${fx.running.id}/completion`,
      },
    ],
    success: { status: 200 },
  });

  // ——— certification ———

  group('POST /certifications', {
    method: 'POST',
    path: () => '/certifications',
    token: () => fx.applicant.token,
    valid: () => ({ enrolmentId: fx.applicantEnrolment, level: 5 }),
    cases: [
      bad('an unknown field (workerId)', 'workerId', set('workerId', randomUUID())),
      bad('an unknown field (status)', 'status', set('status', 'passed')),
      bad('a missing enrolmentId', 'enrolmentId', drop('enrolmentId')),
      bad('enrolmentId not a UUID', 'enrolmentId', set('enrolmentId', 'enrolment-1')),
      bad('enrolmentId empty', 'enrolmentId', set('enrolmentId', '')),
      bad('enrolmentId as a number', 'enrolmentId', set('enrolmentId', 1)),
      bad('level 0', 'level', set('level', 0)),
      bad('level 6', 'level', set('level', 6)),
      bad('level -1', 'level', set('level', -1)),
      bad('level 4.5', 'level', set('level', 4.5)),
      bad('level as text "5"', 'level', set('level', '5')),
      bad('level as a word', 'level', set('level', '初级工')),
      bad('level as a list', 'level', set('level', [5])),
      refused('an enrolmentId that names nothing → 404', 404, 'NOT_FOUND', (v) => ({
        ...v,
        enrolmentId: randomUUID(),
      })),
      refused('someone else’s enrolment → 404', 404, 'NOT_FOUND', (v) => ({
        ...v,
        enrolmentId: fx.someoneElsesEnrolment,
      })),
      refused('a dropped enrolment → 409', 409, 'CERTIFICATION_NOT_ELIGIBLE', (v) => ({
        ...v,
        enrolmentId: fx.applicantDropped,
      })),
      refused(
        'level 3, out of reach → 409',
        409,
        'CERTIFICATION_LEVEL_NOT_ALLOWED',
        set('level', 3),
      ),
    ],
    success: {
      status: 201,
      writes: { certifications: 1, events: 1, notifications: 1 },
      after: (res) => {
        expect((res.body as CertificationResponse).certification).toMatchObject({
          level: 5,
          status: 'applied',
        });
      },
    },
  });

  group('POST /provider/sessions/:id/certifications', {
    method: 'POST',
    path: () => `/provider/sessions/${fx.classSession}/certifications`,
    token: () => trainer,
    valid: () => ({ level: 5 }),
    cases: [
      bad('an unknown field (workerIds)', 'workerIds', set('workerIds', [randomUUID()])),
      bad('level 0', 'level', set('level', 0)),
      bad('level 6', 'level', set('level', 6)),
      bad('level 4.5', 'level', set('level', 4.5)),
      bad('level as text "5"', 'level', set('level', '5')),
      ...badPaths((id) => `/provider/sessions/${id}/certifications`),
    ],
    success: {
      status: 200,
      writes: { certifications: 1, events: 1, notifications: 1 },
      after: (res) => {
        expect((res.body as CertificationListResponse).items).toEqual([
          expect.objectContaining({ level: 5, appliedBy: 'provider' }),
        ]);
      },
    },
  });

  const PLACE = '福绵区职业技能鉴定站 201室';
  group('POST /certifications/:id/schedule', {
    method: 'POST',
    path: () => `/certifications/${fx.toSchedule}/schedule`,
    token: () => trainer,
    valid: () => ({ scheduledAt: `${chinaDate(new Date(), 7)}T09:00:00+08:00`, place: PLACE }),
    cases: [
      bad('an unknown field (status)', 'status', set('status', 'scheduled')),
      bad('a missing scheduledAt', 'scheduledAt', drop('scheduledAt')),
      bad('scheduledAt in words', 'scheduledAt', set('scheduledAt', '下周一上午')),
      bad(
        'scheduledAt without T and offset',
        'scheduledAt',
        set('scheduledAt', '2026-12-20 09:00'),
      ),
      bad(
        'scheduledAt without an offset',
        'scheduledAt',
        set('scheduledAt', '2026-12-20T09:00:00'),
      ),
      bad('scheduledAt a date only', 'scheduledAt', set('scheduledAt', '2026-12-20')),
      bad('scheduledAt as epoch milliseconds', 'scheduledAt', set('scheduledAt', Date.now())),
      bad('scheduledAt at hour 25', 'scheduledAt', set('scheduledAt', '2026-12-20T25:00:00+08:00')),
      {
        // on a spare application, so that while accepted it leaves this one applied
        ...bad(
          'scheduledAt on 30 February',
          'scheduledAt',
          set('scheduledAt', '2027-02-30T09:00:00+08:00'),
        ),
        path: () => `/certifications/${fx.spareToSchedule}/schedule`,
      },
      bad('a missing place', 'place', drop('place')),
      bad('an empty place', 'place', set('place', '')),
      bad('a place of spaces only', 'place', set('place', '    ')),
      bad('a one-character place (after trimming)', 'place', set('place', ' 站 ')),
      bad('a place of 101 characters', 'place', set('place', '站'.repeat(101))),
      bad('place as a number', 'place', set('place', 201)),
      ...badPaths((id) => `/certifications/${id}/schedule`),
    ],
    success: {
      status: 200,
      writes: { events: 1, notifications: 1 },
      after: async () => {
        expect(await certificationRow(fx.toSchedule)).toMatchObject({
          status: 'scheduled',
          place: PLACE,
        });
      },
    },
  });

  group('POST /certifications/:id/result', {
    method: 'POST',
    path: () => `/certifications/${fx.toResult}/result`,
    token: () => trainer,
    valid: () => ({ passed: true, score: 88 }),
    cases: [
      bad('an unknown field (note)', 'note', set('note', '表现良好')),
      bad('a missing passed', 'passed', drop('passed')),
      bad('passed as text', 'passed', set('passed', 'yes')),
      bad('passed as 1', 'passed', set('passed', 1)),
      bad('passed null', 'passed', set('passed', null)),
      bad('a missing score', 'score', drop('score')),
      bad('score 101', 'score', set('score', 101)),
      bad('score -1', 'score', set('score', -1)),
      bad('score 1.5', 'score', set('score', 1.5)),
      bad('score as text', 'score', set('score', '88')),
      bad('score null', 'score', set('score', null)),
      bad('score 1e9', 'score', set('score', 1e9)),
      ...badPaths((id) => `/certifications/${id}/result`),
    ],
    success: {
      status: 200,
      writes: { events: 1, notifications: 1 },
      after: async () => {
        expect(await certificationRow(fx.toResult)).toMatchObject({ status: 'passed', score: 88 });
      },
    },
  });

  const ISSUER = '玉林市人力资源和社会保障局';
  group('POST /certifications/:id/issue', {
    method: 'POST',
    path: () => `/certifications/${fx.toIssue}/issue`,
    token: () => admin,
    valid: () => ({ certificateNo: NEW_NO, issuer: ISSUER, issuedOn: chinaDate(new Date()) }),
    cases: [
      bad('an unknown field (status)', 'status', set('status', 'issued')),
      bad('a missing certificateNo', 'certificateNo', drop('certificateNo')),
      bad(
        'certificateNo with Chinese characters',
        'certificateNo',
        set('certificateNo', '证书S000045090100123'),
      ),
      bad(
        'certificateNo with full-width digits',
        'certificateNo',
        set('certificateNo', 'S０００１２３'),
      ),
      bad('certificateNo of 5 characters', 'certificateNo', set('certificateNo', 'S0001')),
      bad('certificateNo of 41 characters', 'certificateNo', set('certificateNo', 'S'.repeat(41))),
      bad(
        'certificateNo starting with a hyphen',
        'certificateNo',
        set('certificateNo', '-S000123'),
      ),
      bad(
        'certificateNo with a space inside',
        'certificateNo',
        set('certificateNo', 'S000 123456'),
      ),
      bad('certificateNo as a number', 'certificateNo', set('certificateNo', 45090100123)),
      bad('a missing issuer', 'issuer', drop('issuer')),
      bad('a one-character issuer', 'issuer', set('issuer', '局')),
      bad('an issuer of spaces only', 'issuer', set('issuer', '   ')),
      bad('an issuer of 61 characters', 'issuer', set('issuer', '局'.repeat(61))),
      bad('issuer as a number', 'issuer', set('issuer', 12345)),
      bad('a missing issuedOn', 'issuedOn', drop('issuedOn')),
      bad('issuedOn without leading zeros', 'issuedOn', set('issuedOn', '2026-1-1')),
      bad('issuedOn month 13', 'issuedOn', set('issuedOn', '2026-13-01')),
      bad('issuedOn day 00', 'issuedOn', set('issuedOn', '2026-11-00')),
      bad('issuedOn with slashes', 'issuedOn', set('issuedOn', '2026/11/26')),
      bad('issuedOn with a time', 'issuedOn', set('issuedOn', '2026-11-26T00:00:00+08:00')),
      bad('issuedOn as a number', 'issuedOn', set('issuedOn', 20261126)),
      // each on a spare passed application with a number of its own, so that while accepted they
      // neither issue this one nor take its number
      ...(
        [
          ['issuedOn on 30 February', NO_SUCH_DAY],
          ['issuedOn on 31 April', '2026-04-31'],
        ] as const
      ).map(([title, issuedOn], i) => ({
        ...bad(title, 'issuedOn', (v) => ({
          ...v,
          certificateNo: `TV-${RUN}-SPARE${i}`,
          issuedOn,
        })),
        path: () => `/certifications/${fx.spareToIssue[i]}/issue`,
      })),
      refused('a certificate number already used → 409', 409, 'CERTIFICATE_NO_TAKEN', (v) => ({
        ...v,
        certificateNo: ISSUED_NO,
      })),
      refused(
        'the used number in lower case with spaces → 409',
        409,
        'CERTIFICATE_NO_TAKEN',
        (v) => ({ ...v, certificateNo: ` ${ISSUED_NO.toLowerCase()} ` }),
      ),
      ...badPaths((id) => `/certifications/${id}/issue`),
    ],
    success: {
      status: 200,
      writes: { events: 1, notifications: 1 },
      after: async () => {
        expect(await certificationRow(fx.toIssue)).toMatchObject({
          status: 'issued',
          certificateNo: NEW_NO,
          issuer: ISSUER,
        });
      },
    },
  });

  group('GET /admin/certifications', {
    method: 'GET',
    path: () => '/admin/certifications',
    token: () => admin,
    validQuery: 'status=issued&page=1&pageSize=100',
    cases: [
      badQuery('status=done', 'status'),
      badQuery('status=ISSUED', 'status'),
      badQuery('page=0', 'page'),
      badQuery('page=-1', 'page'),
      badQuery('page=abc', 'page'),
      badQuery('page=1.5', 'page'),
      badQuery('pageSize=0', 'pageSize'),
      badQuery('pageSize=101', 'pageSize'),
      badQuery('unknown=1', 'unknown'),
    ],
    success: { status: 200 },
  });

  group('GET /certificates/verify (public)', {
    method: 'GET',
    path: () => '/certificates/verify',
    token: () => undefined,
    validQuery: `no=${encodeURIComponent(` ${ISSUED_NO.toLowerCase()} `)}`,
    cases: [
      { title: 'no query at all', field: 'no', query: '' },
      badQuery('no=', 'no'),
      badQuery(`no=${encodeURIComponent('证书S000045090100123')}`, 'no'),
      badQuery('no=S0001', 'no'),
      badQuery(`no=${'S'.repeat(41)}`, 'no'),
      badQuery(`no=${encodeURIComponent('<script>')}`, 'no'),
      badQuery(`no=${encodeURIComponent('S000 123456')}`, 'no'),
      badQuery('no=S000123456&no=S000654321', 'no'),
      badQuery('no=S000123456&unknown=1', 'unknown'),
      {
        title: 'a well-formed number nobody holds → 404 CERTIFICATE_NOT_FOUND',
        status: 404,
        code: 'CERTIFICATE_NOT_FOUND',
        query: `no=NOPE-${RUN}`,
      },
    ],
    success: {
      status: 200,
      after: (res) => {
        expect((res.body as CertificateVerifyResponse).certificateNo).toBe(ISSUED_NO);
      },
    },
  });
});
