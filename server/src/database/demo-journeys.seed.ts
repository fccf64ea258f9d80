import type { EntityManager } from 'typeorm';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { idNumberCheckChar } from '@app/shared/validators';
import { chinaDate } from '../common/china-time';
import type { PiiCipher } from '../common/pii-cipher';
import { AttendanceEntity } from '../modules/attendance/attendance.entity';
import { DEMO_ACCOUNTS, DEMO_PROVIDER_ID } from '../modules/auth/demo-accounts';
import {
  CertificationEntity,
  CertificationEventEntity,
} from '../modules/certification/certification.entity';
import { EnrolmentEntity } from '../modules/enrolment/enrolment.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { LessonEntity, TrainingSessionEntity } from '../modules/training/training-session.entity';
import { UserEntity } from '../modules/users/user.entity';
import { idNumberFields } from '../modules/workers/id-number-fields';
import { WorkerProfileEntity } from '../modules/workers/worker-profile.entity';

const uuid = (block: string, n: number) =>
  `00000000-0000-4000-${block}-${String(n).padStart(12, '0')}`;

/** The demo worker's finished class (八桂家政 · 母婴护理员, 5级) and the demo trainer's class running today (福绵裁缝). */
const FINISHED_SESSION = uuid('8d00', 9000);
const RUNNING_SESSION = uuid('8d00', 9100);
/** Demo courses from training.seed.ts: brand 0 (八桂家政) and brand 3 (福绵裁缝). */
const FINISHED_COURSE = uuid('8c00', 0);
const RUNNING_COURSE = uuid('8c00', 3);
/** 福绵裁缝冬季班, two weeks after the first run: the demo worker's upcoming class. */
const UPCOMING_SESSION = uuid('8d00', 30);
const WORKER = DEMO_ACCOUNTS.worker.id;
const TRAINER = DEMO_ACCOUNTS.trainer.id;
const ADMIN = DEMO_ACCOUNTS.admin.id;

/** The dozen classmates: invented names; the last two have missed lessons (the at-risk list). */
const CLASSMATES = [
  '韦丽娟',
  '梁春燕',
  '覃美玲',
  '黄桂芳',
  '陆小红',
  '蒙秋菊',
  '李月华',
  '庞玉兰',
  '钟海燕',
  '莫凤英',
  '邓雪梅',
  '杨翠萍',
];
const AT_RISK = new Set([10, 11]);

const HOUR = 3600_000;

/** A valid demo ID number (福绵区, an invented birth date per person). */
function demoIdNumber(n: number): string {
  const first17 = `450903${1980 + (n % 20)}0${1 + (n % 9)}1${n % 10}8${String(n).padStart(2, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/**
 * The demo journeys of issue 5 (demo mode only), so every screen has something to show at once:
 * the demo worker (黄秀梅) has a profile, finished a class with a passed assessment and an issued
 * certificate, and is enrolled in today's class and an upcoming one; the demo trainer's 福绵裁缝 class
 * runs today with twelve more workers and a lesson in progress. Rows are made once (fixed ids); the
 * running class's dates and lesson times are moved to the current day on every start, so a lesson
 * is always in progress when someone starts the demo.
 */
export async function seedDemoJourneys(
  em: EntityManager,
  now: Date,
  pii: PiiCipher,
): Promise<number> {
  const sessions = em.getRepository(TrainingSessionEntity);
  if (!(await sessions.existsBy({ id: UPCOMING_SESSION }))) return 0; // demo catalogue missing
  let created = 0;
  created += await ensureProfile(em, pii, WORKER, DEMO_ACCOUNTS.worker.displayName, 1);
  for (const [i, name] of CLASSMATES.entries()) {
    const id = uuid('8000', 101 + i);
    if (!(await em.getRepository(UserEntity).existsBy({ id }))) {
      await em.getRepository(UserEntity).insert({
        id,
        displayName: name,
        phone: null,
        wechatOpenId: null,
        wechatUnionId: null,
        roles: ['worker'],
        status: 'active',
        regionCode: null,
        employerId: null,
        providerId: null,
        providerRole: null,
        deletedAt: null,
        isDemo: true,
      });
    }
    created += await ensureProfile(em, pii, id, name, 2 + i);
  }
  if (!(await sessions.existsBy({ id: FINISHED_SESSION }))) {
    await seedFinishedClass(em, now);
    created += 1;
  }
  if (!(await sessions.existsBy({ id: RUNNING_SESSION }))) {
    await seedRunningClass(em, now);
    created += 1;
  }
  await moveRunningClassToToday(em, now);
  await enrol(em, UPCOMING_SESSION, WORKER, uuid('8f00', 9300), now);
  return created;
}

async function ensureProfile(
  em: EntityManager,
  pii: PiiCipher,
  userId: string,
  realName: string,
  n: number,
): Promise<number> {
  const repo = em.getRepository(WorkerProfileEntity);
  if (await repo.existsBy({ userId })) return 0;
  await repo.insert({
    userId,
    realName,
    ...idNumberFields(pii, demoIdNumber(n)),
    householdRegionCode: '450903',
    currentRegionCode: '450903',
    education: '初中',
    skills: ['缝纫', '熨烫'],
    wantedBrands: ['福绵裁缝'],
    wantedRegionCodes: ['450903'],
    minMonthlySalary: 3500,
    priorityGroup: null,
    priorityConsentAt: null,
    consentVersion: PRIVACY_NOTICE_VERSION,
    consentAt: new Date('2026-11-01T00:00:00Z'),
    assistedBy: null,
    paperConsentReference: null,
    claimedAt: null,
    erasedAt: null,
  });
  return 1;
}

/** An enrolment that holds a seat (once: the unique key and the fixed id keep a second run out). */
async function enrol(
  em: EntityManager,
  sessionId: string,
  workerId: string,
  id: string,
  now: Date,
  status: 'enrolled' | 'completed' = 'enrolled',
): Promise<void> {
  const repo = em.getRepository(EnrolmentEntity);
  if (await repo.existsBy({ sessionId, workerId })) return;
  await repo.insert({
    id,
    sessionId,
    workerId,
    status,
    priority: 0,
    queuedAt: now,
    idempotencyKey: null,
    assistedBy: null,
    assistReason: null,
    promotedAt: null,
    cancelledAt: null,
  });
  await em
    .getRepository(TrainingSessionEntity)
    .increment({ id: sessionId }, 'seatsTaken', status === 'enrolled' ? 1 : 0);
}

function sessionRow(
  id: string,
  courseId: string,
  fields: Pick<
    TrainingSessionEntity,
    | 'brandCode'
    | 'occupationCode'
    | 'title'
    | 'regionCode'
    | 'address'
    | 'startDate'
    | 'endDate'
    | 'enrolOpensAt'
    | 'enrolClosesAt'
  >,
): TrainingSessionEntity {
  return {
    id,
    courseId,
    providerId: DEMO_PROVIDER_ID,
    latitude: null,
    longitude: null,
    geofenceRadiusMeters: null,
    capacity: 20,
    seatsTaken: 0,
    subsidised: true,
    minAttendanceRate: 0.8,
    status: 'scheduled',
    isDemo: true,
    createdBy: TRAINER,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...fields,
  };
}

/** Five lessons forty days ago, all attended, then an assessment passed and a certificate issued. */
async function seedFinishedClass(em: EntityManager, now: Date): Promise<void> {
  const day = (d: number) => chinaDate(now, d);
  await em.getRepository(TrainingSessionEntity).insert(
    sessionRow(FINISHED_SESSION, FINISHED_COURSE, {
      brandCode: 'bagui-jiazheng',
      occupationCode: 'muying-huliyuan',
      title: '八桂家政秋季班（已结业）',
      regionCode: '450902',
      address: '八桂家政培训基地 第2教室（演示地址）',
      startDate: day(-40),
      endDate: day(-36),
      enrolOpensAt: day(-60),
      enrolClosesAt: day(-41),
    }),
  );
  for (let d = 0; d < 5; d++) {
    const lessonId = uuid('8e00', 90000 + d);
    const date = day(-40 + d);
    await em.getRepository(LessonEntity).insert({
      id: lessonId,
      sessionId: FINISHED_SESSION,
      startsAt: new Date(`${date}T09:00:00+08:00`),
      endsAt: new Date(`${date}T17:00:00+08:00`),
      topic: d === 4 ? '实操考核' : `第${d + 1}天：母婴护理技能训练`,
    });
    await em.getRepository(AttendanceEntity).insert({
      id: uuid('8a00', 90000 + d),
      lessonId,
      sessionId: FINISHED_SESSION,
      workerId: WORKER,
      status: 'present',
      method: 'roll_call',
      markedBy: TRAINER,
      markedAt: new Date(`${date}T09:05:00+08:00`),
      mutationId: null,
    });
  }
  const enrolmentId = uuid('8f00', 9000);
  await enrol(
    em,
    FINISHED_SESSION,
    WORKER,
    enrolmentId,
    new Date(now.getTime() - 50 * 24 * HOUR),
    'completed',
  );

  const certificationId = uuid('8b00', 9000);
  const at = (days: number) => new Date(`${day(days)}T10:00:00+08:00`);
  await em.getRepository(CertificationEntity).insert({
    id: certificationId,
    workerId: WORKER,
    enrolmentId,
    sessionId: FINISHED_SESSION,
    providerId: DEMO_PROVIDER_ID,
    regionCode: '450902',
    brandCode: 'bagui-jiazheng',
    occupationCode: 'muying-huliyuan',
    certificateType: '职业技能等级认定',
    level: 5,
    status: 'issued',
    appliedBy: 'worker',
    attempt: 1,
    openKey: `${WORKER}|muying-huliyuan|职业技能等级认定|5`,
    scheduledAt: at(-30),
    place: '玉林市职业技能鉴定中心 301室（演示）',
    score: 86,
    certificateNo: 'Y2026450900000001',
    issuer: '玉林市人力资源和社会保障局',
    issuedOn: day(-20),
  });
  const steps = [
    ['applied', -35, TRAINER, null],
    ['scheduled', -34, TRAINER, `${day(-30)} 10:00，玉林市职业技能鉴定中心 301室（演示）`],
    ['passed', -29, TRAINER, '成绩 86 分'],
    ['issued', -20, ADMIN, '证书编号 Y2026450900000001，玉林市人力资源和社会保障局'],
  ] as const;
  for (const [i, [status, days, actorId, note]] of steps.entries()) {
    await em.getRepository(CertificationEventEntity).insert({
      id: uuid('8b10', 9000 + i),
      certificationId,
      status,
      at: at(days),
      actorId,
      note,
    });
  }
  await em.getRepository(NotificationEntity).insert({
    id: uuid('8b20', 9000),
    userId: WORKER,
    kind: 'certification.issued',
    dedupeKey: `certification:${certificationId}:issued`,
    title: '证书已发放',
    body: '母婴护理员 五级/初级工 证书已发放，编号 Y2026450900000001，发证机构 玉林市人力资源和社会保障局。可在“我的证书”查看和出示。',
    link: '/packages/worker/pages/certificates/index',
    status: 'pending',
    readAt: null,
  });
}

/** The trainer's class: thirteen workers (the demo worker among them), marks for the days so far. */
async function seedRunningClass(em: EntityManager, now: Date): Promise<void> {
  await em.getRepository(TrainingSessionEntity).insert(
    sessionRow(RUNNING_SESSION, RUNNING_COURSE, {
      brandCode: 'fumian-caifeng',
      occupationCode: 'fengrengong',
      title: '福绵裁缝速成班（今日上课）',
      regionCode: '450903',
      address: '福绵区服装产业园培训中心 1楼（演示地址）',
      startDate: chinaDate(now, -2),
      endDate: chinaDate(now, 2),
      enrolOpensAt: chinaDate(now, -20),
      enrolClosesAt: chinaDate(now, -3),
    }),
  );
  for (let d = 0; d < 5; d++) {
    await em.getRepository(LessonEntity).insert({
      id: uuid('8e00', 91000 + d),
      sessionId: RUNNING_SESSION,
      startsAt: now,
      endsAt: now,
      topic: ['量体与制版', '裁剪', '缝纫基础', '拼接与锁边', '整烫与成品检验'][d],
    });
  }
  const roll = [WORKER, ...CLASSMATES.map((_, i) => uuid('8000', 101 + i))];
  for (const [i, workerId] of roll.entries()) {
    await enrol(
      em,
      RUNNING_SESSION,
      workerId,
      uuid('8f00', 9100 + i),
      new Date(now.getTime() - 10 * 24 * HOUR),
    );
    // the two days already held: everyone present, except the at-risk pair (absent, then late)
    for (let d = 0; d < 2; d++) {
      const missed = AT_RISK.has(i - 1);
      await em.getRepository(AttendanceEntity).insert({
        id: uuid('8a00', 91000 + i * 10 + d),
        lessonId: uuid('8e00', 91000 + d),
        sessionId: RUNNING_SESSION,
        workerId,
        status: missed
          ? d === 0
            ? 'absent'
            : 'excused'
          : d === 1 && i % 5 === 0
            ? 'late'
            : 'present',
        method: 'roll_call',
        markedBy: TRAINER,
        markedAt: new Date(now.getTime() - (2 - d) * 24 * HOUR),
        mutationId: null,
      });
    }
  }
}

/**
 * Keeps the running class running: days −2 … +2 around today, the past two 09:00–17:00, today's
 * lesson from an hour ago to three hours from now, the next two at 09:00–17:00.
 */
async function moveRunningClassToToday(em: EntityManager, now: Date): Promise<void> {
  const [session, today] = await Promise.all([
    em.getRepository(TrainingSessionEntity).findOneBy({ id: RUNNING_SESSION }),
    em.getRepository(LessonEntity).findOneBy({ id: uuid('8e00', 91002) }),
  ]);
  if (!session || !today) return;
  // Still running for a while: leave it (a second start changes nothing).
  // (Only the lesson matters: a start just after midnight must not move a class that is mid-lesson.)
  const running =
    today.startsAt.getTime() <= now.getTime() && today.endsAt.getTime() > now.getTime() + HOUR / 2;
  if (running) return;
  await em.getRepository(TrainingSessionEntity).update(
    { id: RUNNING_SESSION },
    {
      startDate: chinaDate(now, -2),
      endDate: chinaDate(now, 2),
      enrolOpensAt: chinaDate(now, -20),
      enrolClosesAt: chinaDate(now, -3),
      status: 'scheduled',
    },
  );
  const startOfHour = new Date(Math.floor(now.getTime() / HOUR) * HOUR);
  for (let d = 0; d < 5; d++) {
    const date = chinaDate(now, d - 2);
    const [startsAt, endsAt] =
      d === 2
        ? [new Date(startOfHour.getTime() - HOUR), new Date(startOfHour.getTime() + 4 * HOUR)]
        : [new Date(`${date}T09:00:00+08:00`), new Date(`${date}T17:00:00+08:00`)];
    await em
      .getRepository(LessonEntity)
      .update({ id: uuid('8e00', 91000 + d) }, { startsAt, endsAt });
  }
}
