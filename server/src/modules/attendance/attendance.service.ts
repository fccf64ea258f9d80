import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { ATTENDANCE_STATUS_LABELS, ENROLMENT_STATUS_LABELS } from '@app/shared/enums';
import type { FieldError } from '@app/shared/errors';
import { maskPhone } from '@app/shared/validators';
import { AppConfig } from '../../config/app-config';
import { safeFileName } from '../../common/attachment';
import { chinaClock, chinaDate, chinaDateTime } from '../../common/china-time';
import { isUniqueViolation } from '../../common/db-errors';
import { DomainError } from '../../common/domain-error';
import { buildXlsx, type XlsxSheet } from '../../common/xlsx';
import { type AccessRule, authorize, requireRole } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { RateLimitService } from '../coordination/rate-limit.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { TrainingProviderEntity } from '../organisations/training-provider.entity';
import { lessonView } from '../training/lesson-view';
import { LessonEntity, TrainingSessionEntity } from '../training/training-session.entity';
import { UserEntity } from '../users/user.entity';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import type {
  AttendanceSyncDto,
  AttendanceSyncResponseDto,
  AttendanceSyncResultDto,
  CompletionResponseDto,
  LessonQrResponseDto,
  QrCheckInDto,
  QrCheckInResponseDto,
  RosterResponseDto,
} from './attendance.dto';
import { AttendanceEntity } from './attendance.entity';
import { heldLessonIds, tally } from './attendance-rate';

/** The QR on the trainer's screen changes every 30 s; a scan is accepted for its slot ±1. */
export const QR_SLOT_SECONDS = 30;
/** Check-in opens this long before a lesson and stays open this long after it. */
const CHECK_IN_MARGIN_MS = 30 * 60_000;
/** Scanned later than this after the start counts as late. */
const LATE_AFTER_MS = 10 * 60_000;
/** An offline scan is accepted up to a week later. */
const OFFLINE_SCAN_MAX_AGE_MS = 7 * 86_400_000;
/** The trainer has this many days after a class's last day to review before completion is made final. */
export const COMPLETION_GRACE_DAYS = 3;
const CODE_FAILURE_WINDOW_MS = 10 * 60_000;
const CODE_FAILURES_ALLOWED = 10;
const ON_ROLL = ['enrolled', 'completed', 'dropped'] as const;

const TRAINER_OF_SESSION: AccessRule = { roles: ['trainer'], organisation: true };
const ROSTER_READERS: AccessRule = {
  roles: ['trainer', 'admin'],
  organisation: true,
  adminInScope: true,
};
const sessionScope = (s: TrainingSessionEntity) => ({
  providerId: s.providerId,
  regionCodes: [s.regionCode],
});

/** Great-circle distance in metres (haversine; plenty for a few hundred metres). */
export function distanceMeters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
}

export const qrSlot = (at: Date) => Math.floor(at.getTime() / 1000 / QR_SLOT_SECONDS);

/** What the export shows where a lesson has no mark (or no rate can be given yet). */
const NO_MARK = '—';

/** A file for the controller to send: its (Chinese) name and the bytes. */
export interface XlsxDownload {
  fileName: string;
  content: Uint8Array;
}

/**
 * Attendance: the trainer's roll call (online or synced from the phone later), and the worker's
 * scan of the rotating QR code. A mark is applied once per client mutation id; for one lesson and
 * worker the latest `markedAt` wins.
 */
@Injectable()
export class AttendanceService {
  private readonly qrKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly rateLimits: RateLimitService,
    config: AppConfig,
    private readonly recommendations: RecommendationsService,
  ) {
    // A key of its own, derived from the access-token secret (one secret less to configure).
    this.qrKey = createHmac('sha256', config.get('jwt').accessSecret)
      .update('attendance-qr-v1')
      .digest();
  }

  async roster(auth: AuthUser, sessionId: string): Promise<RosterResponseDto> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(auth, ROSTER_READERS, session, sessionScope);
    const { lessons, enrolments, marks, names } = await this.roll(sessionId);
    const held = heldLessonIds(lessons, new Date());
    return {
      sessionId,
      sessionTitle: session.title,
      minAttendanceRate: session.minAttendanceRate,
      lessons: lessons.map(lessonView),
      entries: enrolments.map((e) => {
        const { own, attendanceRate } = tally(marks, e.workerId, held);
        return {
          enrolmentId: e.id,
          workerId: e.workerId,
          realName: names.get(e.workerId) ?? '',
          enrolmentStatus: e.status,
          marks: own.map((m) => ({
            lessonId: m.lessonId,
            status: m.status,
            method: m.method,
            markedAt: m.markedAt.toISOString(),
          })),
          attendanceRate,
          atRisk:
            e.status === 'enrolled' &&
            attendanceRate !== null &&
            attendanceRate + 1e-9 < session.minAttendanceRate,
        };
      }),
    };
  }

  /**
   * The roll as a workbook for the provider's office and the bureau: sheet 出勤表 (one column per
   * lesson, the rate over the lessons held so far, as on the roster screen) and sheet 花名册 (contact
   * and enrolment details, phones masked: the file leaves the system and gets forwarded).
   */
  async exportXlsx(auth: AuthUser, sessionId: string, now = new Date()): Promise<XlsxDownload> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(auth, ROSTER_READERS, session, sessionScope);
    const [{ lessons, enrolments, marks, names, phones }, provider] = await Promise.all([
      this.roll(sessionId),
      this.dataSource
        .getRepository(TrainingProviderEntity)
        .findOne({ where: { id: session.providerId }, select: { id: true, name: true } }),
    ]);
    const held = heldLessonIds(lessons, now);
    const percent = (rate: number) => `${Math.round(rate * 100)}%`;
    const titleLines = [
      `${session.title} 出勤表`,
      `培训机构：${provider?.name ?? ''}`,
      `培训日期：${session.startDate} 至 ${session.endDate}`,
      `上课地点：${session.address}`,
      `最低出勤率：${percent(session.minAttendanceRate)}（已上 ${held.started.size} / 共 ${lessons.length} 次课）`,
      `导出时间：${chinaDateTime(now)}`,
    ];

    const attendance: XlsxSheet = {
      name: '出勤表',
      titleLines,
      columns: [
        { header: '序号', width: 6 },
        { header: '姓名', width: 12 },
        { header: '报名状态', width: 10 },
        ...lessons.map((l) => ({
          header: `${chinaDate(l.startsAt).slice(5)} ${chinaClock(l.startsAt)} ${l.topic}`.trim(),
          width: 18,
        })),
        { header: '出勤次数', width: 10 },
        { header: '出勤率', width: 10, format: 'percent' as const },
      ],
      rows: enrolments.map((e, i) => {
        const { own, attended, attendanceRate } = tally(marks, e.workerId, held);
        const markOf = new Map(own.map((m) => [m.lessonId, m.status]));
        return [
          i + 1,
          names.get(e.workerId) ?? '',
          ENROLMENT_STATUS_LABELS[e.status],
          ...lessons.map((l) => {
            const status = markOf.get(l.id);
            return status ? ATTENDANCE_STATUS_LABELS[status] : NO_MARK;
          }),
          attended,
          attendanceRate ?? NO_MARK,
        ];
      }),
    };
    const roster: XlsxSheet = {
      name: '花名册',
      titleLines: [`${session.title} 花名册`, `培训机构：${provider?.name ?? ''}`],
      columns: [
        { header: '序号', width: 6 },
        { header: '姓名', width: 12 },
        { header: '手机号', width: 14 },
        { header: '报名时间', width: 18 },
        { header: '状态', width: 10 },
        { header: '是否代报名', width: 12 },
      ],
      rows: enrolments.map((e, i) => {
        const phone = phones.get(e.workerId);
        return [
          i + 1,
          names.get(e.workerId) ?? '',
          phone ? maskPhone(phone) : '',
          chinaDateTime(e.queuedAt),
          ENROLMENT_STATUS_LABELS[e.status],
          e.assistedBy ? '是' : '否',
        ];
      }),
    };
    const fileName = `${safeFileName(session.title)}-出勤表.xlsx`;
    return { fileName, content: buildXlsx({ sheets: [attendance, roster] }) };
  }

  /**
   * Applies a batch of marks from the trainer's phone. Every mark is checked first (its lesson is this
   * session's, its worker is on the roll, it is not from the future); then, in one transaction, each
   * is applied once: a mark seen before is a duplicate, an older mark than the stored one is stale.
   */
  async sync(
    auth: AuthUser,
    sessionId: string,
    dto: AttendanceSyncDto,
  ): Promise<AttendanceSyncResponseDto> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(auth, TRAINER_OF_SESSION, session, sessionScope);
    const [lessons, onRoll] = await Promise.all([
      this.dataSource.getRepository(LessonEntity).findBy({ sessionId }),
      this.dataSource
        .getRepository(EnrolmentEntity)
        .findBy({ sessionId, status: In([...ON_ROLL]) }),
    ]);
    const lessonIds = new Set(lessons.map((l) => l.id));
    const workerIds = new Set(onRoll.map((e) => e.workerId));
    const problems: FieldError[] = [];
    const latestAllowed = Date.now() + 5 * 60_000;
    dto.marks.forEach((m, i) => {
      if (!lessonIds.has(m.lessonId))
        problems.push({ field: `marks.${i}.lessonId`, messages: ['不是本班次的课'] });
      if (!workerIds.has(m.workerId))
        problems.push({ field: `marks.${i}.workerId`, messages: ['该学员不在本班次名单中'] });
      if (new Date(m.markedAt).getTime() > latestAllowed) {
        problems.push({ field: `marks.${i}.markedAt`, messages: ['点名时间不能晚于现在'] });
      }
    });
    if (problems.length) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `提交的内容有误：${problems[0].messages[0]}`,
        problems,
      );
    }

    const results: AttendanceSyncResultDto[] = await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(AttendanceEntity);
      const seen = new Set(
        (
          await repo.find({
            where: { mutationId: In(dto.marks.map((m) => m.mutationId)) },
            select: { mutationId: true },
          })
        ).map((r) => r.mutationId),
      );
      const out: AttendanceSyncResultDto[] = [];
      for (const mark of dto.marks) {
        if (seen.has(mark.mutationId)) {
          out.push({ mutationId: mark.mutationId, outcome: 'duplicate' });
          continue;
        }
        seen.add(mark.mutationId);
        const markedAt = new Date(mark.markedAt);
        const existing = await repo.findOneBy({ lessonId: mark.lessonId, workerId: mark.workerId });
        const fields = {
          status: mark.status,
          method: mark.method,
          markedBy: auth.id,
          markedAt,
          mutationId: mark.mutationId,
        };
        if (!existing) {
          await repo.insert({
            id: randomUUID(),
            lessonId: mark.lessonId,
            sessionId,
            workerId: mark.workerId,
            ...fields,
          });
          out.push({ mutationId: mark.mutationId, outcome: 'applied' });
        } else if (markedAt.getTime() > existing.markedAt.getTime()) {
          await repo.update({ id: existing.id }, fields);
          out.push({ mutationId: mark.mutationId, outcome: 'applied' });
        } else {
          out.push({ mutationId: mark.mutationId, outcome: 'stale' });
        }
      }
      return out;
    });
    return { results };
  }

  /**
   * Who completes: attendance (present or late) over all lessons against the session's minimum rate.
   * Before confirming, the trainer (or an admin in scope) sees the preview; confirming — only once the
   * last lesson has ended, by the provider's trainer — turns enrolments into completed / dropped in one
   * transaction and tells each worker. Confirming again changes nothing.
   */
  async completion(auth: AuthUser, sessionId: string): Promise<CompletionResponseDto> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(auth, ROSTER_READERS, session, sessionScope);
    return this.completionOf(session);
  }

  async confirmCompletion(auth: AuthUser, sessionId: string): Promise<CompletionResponseDto> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(auth, TRAINER_OF_SESSION, session, sessionScope);
    const lessons = await this.dataSource.getRepository(LessonEntity).findBy({ sessionId });
    const lastEnd = Math.max(0, ...lessons.map((l) => l.endsAt.getTime()));
    if (!lessons.length || lastEnd > Date.now()) throw new DomainError('SESSION_NOT_ENDED');
    // already final: the preview is the answer; otherwise read the outcome after the moves
    return (await this.finalise(session)) ?? this.completionOf(session);
  }

  /**
   * Makes completion final for sessions whose last day is COMPLETION_GRACE_DAYS behind (China
   * dates) while places are still open: the trainer had those days to review and confirm. Run
   * periodically by CompletionSweepService; safe on several instances (each move is conditional).
   */
  async finaliseEnded(now = new Date()): Promise<number> {
    const due = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .createQueryBuilder('s')
      .where('s.status = :status', { status: 'scheduled' })
      .andWhere('s.end_date <= :day', { day: chinaDate(now, -COMPLETION_GRACE_DAYS) })
      .andWhere(
        'EXISTS (SELECT 1 FROM enrolments e WHERE e.session_id = s.id AND e.status = :open)',
        { open: 'enrolled' },
      )
      .getMany();
    for (const session of due) await this.finalise(session);
    return due.length;
  }

  /**
   * Enrolments become completed or dropped by the preview's verdicts, each worker told, in one
   * transaction. Returns the preview when the session was final already (nothing moved), else null.
   */
  private async finalise(session: TrainingSessionEntity): Promise<CompletionResponseDto | null> {
    const preview = await this.completionOf(session);
    if (preview.final) return preview;
    const qualified = await this.dataSource.transaction(async (em) => {
      const completed: string[] = [];
      for (const entry of preview.entries) {
        const moved = await em
          .getRepository(EnrolmentEntity)
          .update({ id: entry.enrolmentId, status: 'enrolled' }, { status: entry.outcome });
        if (moved.affected !== 1) continue;
        if (entry.outcome === 'completed') completed.push(entry.workerId);
        await this.notifications.notify(em, {
          userId: entry.workerId,
          kind: entry.outcome === 'completed' ? 'enrolment.completed' : 'enrolment.dropped',
          dedupeKey: `enrolment:${entry.enrolmentId}:${entry.outcome}`,
          title: entry.outcome === 'completed' ? '培训结业' : '未达到结业要求',
          body:
            entry.outcome === 'completed'
              ? `你已完成“${session.title}”，出勤率 ${Math.round(entry.attendanceRate * 100)}%，可以申请技能评价。`
              : `“${session.title}”出勤率 ${Math.round(entry.attendanceRate * 100)}%，未达到 ${Math.round(session.minAttendanceRate * 100)}% 的结业要求。`,
          link: `/packages/catalogue/pages/session/index?id=${session.id}`,
        });
      }
      return completed;
    });
    // Workers this call completed get their best jobs (whoever moved the others already did so);
    // never fails the completion (it logs instead).
    await this.recommendations.onWorkersQualified(qualified);
    return null;
  }

  /**
   * A session's lessons (in order), the workers on its roll with their names and phone numbers
   * (raw: whoever shows one masks it), and every mark.
   */
  private async roll(sessionId: string) {
    const [lessons, enrolments, marks] = await Promise.all([
      this.dataSource
        .getRepository(LessonEntity)
        .find({ where: { sessionId }, order: { startsAt: 'ASC' } }),
      this.dataSource
        .getRepository(EnrolmentEntity)
        .find({ where: { sessionId, status: In([...ON_ROLL]) }, order: { queuedAt: 'ASC' } }),
      this.dataSource.getRepository(AttendanceEntity).findBy({ sessionId }),
    ]);
    // '' keeps IN () valid when nobody is on the roll
    const workerIds = In(enrolments.map((e) => e.workerId).concat(''));
    const [profiles, users] = await Promise.all([
      this.dataSource.getRepository(WorkerProfileEntity).find({
        where: { userId: workerIds },
        select: { userId: true, realName: true },
      }),
      this.dataSource.getRepository(UserEntity).find({
        where: { id: workerIds },
        select: { id: true, phone: true },
      }),
    ]);
    const names = new Map(profiles.map((p) => [p.userId, p.realName ?? '']));
    const phones = new Map(users.map((u) => [u.id, u.phone]));
    return { lessons, enrolments, marks, names, phones };
  }

  private async completionOf(session: TrainingSessionEntity): Promise<CompletionResponseDto> {
    const { lessons, enrolments, marks, names } = await this.roll(session.id);
    const entries = enrolments.map((e) => {
      const attended = marks.filter(
        (m) => m.workerId === e.workerId && (m.status === 'present' || m.status === 'late'),
      ).length;
      const attendanceRate = lessons.length ? attended / lessons.length : 0;
      const outcome: 'completed' | 'dropped' =
        e.status === 'completed' || e.status === 'dropped'
          ? e.status
          : attendanceRate + 1e-9 >= session.minAttendanceRate
            ? 'completed'
            : 'dropped';
      return {
        enrolmentId: e.id,
        workerId: e.workerId,
        realName: names.get(e.workerId) ?? '',
        attendanceRate,
        outcome,
      };
    });
    return {
      sessionId: session.id,
      minAttendanceRate: session.minAttendanceRate,
      final: enrolments.length > 0 && enrolments.every((e) => e.status !== 'enrolled'),
      entries,
    };
  }

  /** The token the trainer's screen shows now for a lesson of their own session. */
  async qr(auth: AuthUser, lessonId: string, now = new Date()): Promise<LessonQrResponseDto> {
    const lesson = await this.dataSource.getRepository(LessonEntity).findOneBy({ id: lessonId });
    const session = lesson
      ? await this.dataSource
          .getRepository(TrainingSessionEntity)
          .findOneBy({ id: lesson.sessionId })
      : null;
    authorize(auth, TRAINER_OF_SESSION, session, sessionScope);
    const slot = qrSlot(now);
    return {
      token: this.token(session.id, lessonId, slot),
      code: this.code(session.id, lessonId, slot),
      slotSeconds: QR_SLOT_SECONDS,
      expiresInSeconds: (slot + 1) * QR_SLOT_SECONDS - Math.floor(now.getTime() / 1000),
    };
  }

  /** A worker's scan: the token must be genuine and current (±1 slot) when scanned, the lesson running, the worker enrolled. */
  async checkIn(
    auth: AuthUser,
    dto: QrCheckInDto,
    now = new Date(),
  ): Promise<QrCheckInResponseDto> {
    requireRole(auth, 'worker');
    const scannedAt = dto.scannedAt ? new Date(dto.scannedAt) : now;
    if (
      scannedAt.getTime() > now.getTime() + 60_000 ||
      scannedAt.getTime() < now.getTime() - OFFLINE_SCAN_MAX_AGE_MS
    ) {
      throw new DomainError('QR_TOKEN_INVALID');
    }
    const lesson =
      dto.token !== undefined
        ? await this.lessonOfToken(dto.token, scannedAt)
        : await this.lessonOfCode(auth.id, dto.code ?? '', scannedAt, now);
    const lessonId = lesson.id;
    if (
      scannedAt.getTime() < lesson.startsAt.getTime() - CHECK_IN_MARGIN_MS ||
      scannedAt.getTime() > lesson.endsAt.getTime() + CHECK_IN_MARGIN_MS
    ) {
      throw new DomainError('LESSON_NOT_RUNNING');
    }
    const enrolled = await this.dataSource
      .getRepository(EnrolmentEntity)
      .existsBy({ sessionId: lesson.sessionId, workerId: auth.id, status: 'enrolled' });
    if (!enrolled) throw new DomainError('NOT_ENROLLED');

    await this.checkGeofence(lesson.sessionId, dto);

    const repo = this.dataSource.getRepository(AttendanceEntity);
    const existing = await repo.findOneBy({ lessonId, workerId: auth.id });
    if (existing) {
      return { lessonId, status: existing.status, markedAt: existing.markedAt.toISOString() };
    }
    const status =
      scannedAt.getTime() > lesson.startsAt.getTime() + LATE_AFTER_MS ? 'late' : 'present';
    try {
      await repo.insert({
        id: randomUUID(),
        lessonId,
        sessionId: lesson.sessionId,
        workerId: auth.id,
        status,
        method: 'qr',
        markedBy: auth.id,
        markedAt: scannedAt,
        mutationId: null,
      });
    } catch (error) {
      // a concurrent scan of the same worker stored first: answer with it
      if (!isUniqueViolation(error)) throw error;
      const stored = await repo.findOneByOrFail({ lessonId, workerId: auth.id });
      return { lessonId, status: stored.status, markedAt: stored.markedAt.toISOString() };
    }
    return { lessonId, status, markedAt: scannedAt.toISOString() };
  }

  /** The lesson a scanned token names, when the token is genuine and its slot is the scan time's ±1. */
  private async lessonOfToken(token: string, scannedAt: Date): Promise<LessonEntity> {
    const parsed = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(token);
    if (!parsed) throw new DomainError('QR_TOKEN_INVALID');
    const [, lessonId, slotText, signature] = parsed;
    const slot = Number(slotText);
    const lesson = await this.dataSource.getRepository(LessonEntity).findOneBy({ id: lessonId });
    if (!lesson) throw new DomainError('QR_TOKEN_INVALID');
    const expected = Buffer.from(this.token(lesson.sessionId, lessonId, slot).split('.')[2]);
    if (!timingSafeEqual(expected, Buffer.from(signature))) {
      throw new DomainError('QR_TOKEN_INVALID');
    }
    if (Math.abs(qrSlot(scannedAt) - slot) > 1) throw new DomainError('QR_TOKEN_INVALID');
    return lesson;
  }

  /**
   * The lesson a typed 6-digit code belongs to: among the lessons of the worker's own classes running
   * at the scan time, the one whose code for that slot (±1) matches. Wrong codes are counted per
   * worker, so guessing is cut off long before it could pay (3 live codes in a million).
   */
  private async lessonOfCode(
    workerId: string,
    code: string,
    scannedAt: Date,
    now: Date,
  ): Promise<LessonEntity> {
    // Counted in the database: every instance sees the same failures.
    const failuresKey = `check-in-code:${workerId}`;
    const failures = await this.rateLimits.count(
      failuresKey,
      CODE_FAILURE_WINDOW_MS,
      now.getTime(),
    );
    if (failures >= CODE_FAILURES_ALLOWED) {
      throw new DomainError('RATE_LIMITED', '签到码输错次数太多，请10分钟后再试');
    }
    const sessionIds = (
      await this.dataSource
        .getRepository(EnrolmentEntity)
        .find({ where: { workerId, status: 'enrolled' }, select: { sessionId: true } })
    ).map((e) => e.sessionId);
    const lessons = sessionIds.length
      ? await this.dataSource.getRepository(LessonEntity).findBy({
          sessionId: In(sessionIds),
          startsAt: LessThanOrEqual(new Date(scannedAt.getTime() + CHECK_IN_MARGIN_MS)),
          endsAt: MoreThanOrEqual(new Date(scannedAt.getTime() - CHECK_IN_MARGIN_MS)),
        })
      : [];
    const slot = qrSlot(scannedAt);
    for (const lesson of lessons) {
      for (const s of [slot, slot - 1, slot + 1]) {
        const expected = Buffer.from(this.code(lesson.sessionId, lesson.id, s));
        if (expected.length === code.length && timingSafeEqual(expected, Buffer.from(code))) {
          return lesson;
        }
      }
    }
    await this.rateLimits.take(
      failuresKey,
      CODE_FAILURE_WINDOW_MS,
      Number.MAX_SAFE_INTEGER,
      now.getTime(),
    );
    throw new DomainError(
      'QR_TOKEN_INVALID',
      '签到码不对或已过期，请输入老师屏幕上最新的6位签到码',
    );
  }

  /** When the provider set a radius around the class's coordinates, the scan must come from inside it. */
  private async checkGeofence(sessionId: string, dto: QrCheckInDto): Promise<void> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneByOrFail({ id: sessionId });
    const { latitude, longitude, geofenceRadiusMeters: radius } = session;
    if (radius === null || latitude === null || longitude === null) return;
    if (dto.latitude === undefined || dto.longitude === undefined)
      throw new DomainError('LOCATION_REQUIRED');
    if (distanceMeters(latitude, longitude, dto.latitude, dto.longitude) > radius) {
      throw new DomainError('OUTSIDE_GEOFENCE');
    }
  }

  /** The 6 digits shown under the QR for typing (H5 has no scanner): another HMAC of the same slot. */
  private code(sessionId: string, lessonId: string, slot: number): string {
    const mac = createHmac('sha256', this.qrKey)
      .update(`code|${sessionId}|${lessonId}|${slot}`)
      .digest();
    return String(mac.readUInt32BE(0) % 1_000_000).padStart(6, '0');
  }

  /** `<lesson>.<slot>.<22 chars of HMAC(session|lesson|slot)>` */
  private token(sessionId: string, lessonId: string, slot: number): string {
    const mac = createHmac('sha256', this.qrKey)
      .update(`${sessionId}|${lessonId}|${slot}`)
      .digest('base64url');
    return `${lessonId}.${slot}.${mac.slice(0, 22)}`;
  }
}
