import { createHmac, randomUUID } from 'node:crypto';
import type { CertificateLevel, CertificateType, CertificationStatus } from '@app/shared/enums';
import { DEMO_PROVIDER_ID } from '../../src/modules/auth/demo-accounts';
import { CertificationEntity } from '../../src/modules/certification/certification.entity';
import { NotificationEntity } from '../../src/modules/notifications/notification.entity';
import { CourseEntity } from '../../src/modules/training/course.entity';
import { LessonEntity } from '../../src/modules/training/training-session.entity';
import type { LessonFixture } from './session-fixtures';
import type { TestApp } from './test-app';

/**
 * Rows of the training pipeline after enrolment (certifications, notifications, courses) written
 * straight to the database, and the attendance QR token as the trainer's screen would show it.
 */

const HOUR = 3_600_000;

/** A lesson `startHours` from now lasting `lengthHours` (negative: in the past). */
export function lessonFromNow(startHours: number, topic: string, lengthHours = 3): LessonFixture {
  const startsAt = new Date(Date.now() + startHours * HOUR);
  return { startsAt, endsAt: new Date(startsAt.getTime() + lengthHours * HOUR), topic };
}

/** The 30-second slot of an instant, as the server counts them. */
export const qrSlotOf = (at: Date) => Math.floor(at.getTime() / 1000 / 30);

/** `<lesson>.<slot>.<HMAC>` signed with the running app's key (derived from the access secret). */
export async function signQrToken(t: TestApp, lessonId: string, at = new Date()): Promise<string> {
  const lesson = await t.db.getRepository(LessonEntity).findOneByOrFail({ id: lessonId });
  const key = createHmac('sha256', t.config.get('jwt').accessSecret)
    .update('attendance-qr-v1')
    .digest();
  const slot = qrSlotOf(at);
  const mac = createHmac('sha256', key)
    .update(`${lesson.sessionId}|${lessonId}|${slot}`)
    .digest('base64url');
  return `${lessonId}.${slot}.${mac.slice(0, 22)}`;
}

/** A course of the demo provider under 福绵裁缝 (the seeded demo course is 专项职业能力考核, no level). */
export async function insertCourse(
  t: TestApp,
  options: { occupationCode: string; certificateType: CertificateType; level: 5 | null },
): Promise<string> {
  const id = randomUUID();
  await t.db.getRepository(CourseEntity).insert({
    id,
    providerId: DEMO_PROVIDER_ID,
    brandCode: 'fumian-caifeng',
    occupationCode: options.occupationCode,
    title: '评价测试课程',
    hours: 40,
    certificateType: options.certificateType,
    certificateLevel: options.level,
    description: '',
    isDemo: false,
    archivedAt: null,
    createdBy: randomUUID(),
  });
  return id;
}

export interface CertificationFixture {
  workerId: string;
  enrolmentId: string;
  sessionId: string;
  status: CertificationStatus;
  occupationCode?: string;
  certificateType?: CertificateType;
  level?: CertificateLevel | null;
  regionCode?: string;
  scheduledAt?: Date | null;
  place?: string | null;
  score?: number | null;
  certificateNo?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
}

/** An application of a session of the demo provider (缝纫工, 专项职业能力考核 unless told), in any status. */
export async function insertCertification(t: TestApp, c: CertificationFixture): Promise<string> {
  const id = randomUUID();
  const occupationCode = c.occupationCode ?? 'fengrengong';
  const certificateType = c.certificateType ?? '专项职业能力考核';
  const level = c.level ?? null;
  const open = c.status !== 'failed' && c.status !== 'issued';
  await t.db.getRepository(CertificationEntity).insert({
    id,
    workerId: c.workerId,
    enrolmentId: c.enrolmentId,
    sessionId: c.sessionId,
    providerId: DEMO_PROVIDER_ID,
    regionCode: c.regionCode ?? '450903',
    brandCode: 'fumian-caifeng',
    occupationCode,
    certificateType,
    level,
    status: c.status,
    appliedBy: 'worker',
    attempt: 1,
    openKey: open ? `${c.workerId}|${occupationCode}|${certificateType}|${level ?? '-'}` : null,
    scheduledAt: c.scheduledAt ?? null,
    place: c.place ?? null,
    score: c.score ?? null,
    certificateNo: c.certificateNo ?? null,
    issuer: c.issuer ?? null,
    issuedOn: c.issuedOn ?? null,
  });
  return id;
}

/** An unread inbox message for a user. */
export async function insertNotification(
  t: TestApp,
  userId: string,
  title = '测试消息',
): Promise<string> {
  const id = randomUUID();
  await t.db.getRepository(NotificationEntity).insert({
    id,
    userId,
    kind: 'enrolment.enrolled',
    dedupeKey: `test:${id}`,
    title,
    body: '这是一条测试消息。',
    link: null,
    status: 'pending',
    readAt: null,
  });
  return id;
}
