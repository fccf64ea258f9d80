import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { WAITLIST_PRIORITY_GROUPS } from '@app/shared/enums';
import { DomainError } from '../../common/domain-error';
import { authorize, requireRole } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { NotificationsService } from '../notifications/notifications.service';
import { chinaDate } from '../../common/china-time';
import { lessonView } from '../training/lesson-view';
import { TrainingService } from '../training/training.service';
import { LessonEntity, TrainingSessionEntity } from '../training/training-session.entity';
import { UserEntity } from '../users/user.entity';
import { isUniqueViolation } from '../../common/db-errors';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import type {
  AssistedEnrolDto,
  EnrolDto,
  EnrolmentListResponseDto,
  EnrolmentResponseDto,
  EnrolmentViewDto,
} from './enrolment.dto';
import { EnrolmentEntity } from './enrolment.entity';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { heldLessonIds, tally } from '../attendance/attendance-rate';

const ACTIVE = ['enrolled', 'waitlisted'] as const;

type Progress = Pick<EnrolmentViewDto, 'nextLesson' | 'attendance'>;
const NO_PROGRESS: Progress = { nextLesson: null, attendance: null };
const sessionLink = (sessionId: string) =>
  `/packages/catalogue/pages/session/index?id=${sessionId}`;

/**
 * Enrolment: a seat is taken by one conditional UPDATE (seats_taken < capacity) in the same
 * transaction as the enrolment row, so a session is never overbooked; otherwise the worker joins
 * the waitlist, priority groups first, first-come within each. Cancelling frees the seat and
 * promotes the head of the waitlist in the same transaction. Every change writes an outbox row.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly training: TrainingService,
    private readonly notifications: NotificationsService,
  ) {}

  async enrol(auth: AuthUser, sessionId: string, dto: EnrolDto): Promise<EnrolmentResponseDto> {
    requireRole(auth, 'worker');
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    if (!session) throw new DomainError('NOT_FOUND', '没有找到这个培训班次');
    return this.enrolWorker(auth.id, session, { idempotencyKey: dto.idempotencyKey ?? null });
  }

  /**
   * A trainer of the session's provider, or an admin whose region covers the session, enrols a
   * worker on their behalf (assisted sign-up); who did it and why is kept on the enrolment.
   */
  async enrolAssisted(
    auth: AuthUser,
    sessionId: string,
    dto: AssistedEnrolDto,
  ): Promise<EnrolmentResponseDto> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(
      auth,
      { roles: ['trainer', 'admin'], organisation: true, adminInScope: true },
      session,
      (s) => ({
        providerId: s.providerId,
        regionCodes: [s.regionCode],
      }),
    );
    const worker = await this.dataSource.getRepository(UserEntity).findOneBy({ id: dto.workerId });
    if (!worker || worker.status !== 'active' || !worker.roles.includes('worker')) {
      throw new DomainError('NOT_FOUND', '没有找到这位劳动者');
    }
    return this.enrolWorker(worker.id, session, {
      idempotencyKey: null,
      assistedBy: auth.id,
      reason: dto.reason,
    });
  }

  private async enrolWorker(
    workerId: string,
    session: TrainingSessionEntity,
    opts: { idempotencyKey: string | null; assistedBy?: string; reason?: string },
  ): Promise<EnrolmentResponseDto> {
    const sessionId = session.id;
    const profile = await this.dataSource
      .getRepository(WorkerProfileEntity)
      .findOneBy({ userId: workerId, erasedAt: IsNull() });
    if (!profile) throw new DomainError('PROFILE_REQUIRED');

    const existing = await this.dataSource
      .getRepository(EnrolmentEntity)
      .findOneBy({ sessionId, workerId: workerId });
    // Repeating the request (same key, or simply again) answers with the place already held.
    if (existing && existing.status !== 'cancelled')
      return { enrolment: await this.view(existing) };

    const today = chinaDate(new Date());
    if (session.status !== 'scheduled' || session.endDate < today)
      throw new DomainError('SESSION_NOT_OPEN');
    if (today < session.enrolOpensAt || today > session.enrolClosesAt) {
      throw new DomainError(
        'ENROLMENT_CLOSED',
        `报名时间为 ${session.enrolOpensAt} 至 ${session.enrolClosesAt}`,
      );
    }
    await this.checkNoOverlap(workerId, sessionId);

    const priority =
      profile.priorityGroup && WAITLIST_PRIORITY_GROUPS.includes(profile.priorityGroup) ? 1 : 0;
    try {
      const row = await this.dataSource.transaction(async (em) => {
        const seated = await this.takeSeat(em, sessionId);
        const now = new Date();
        const fields = {
          status: seated ? ('enrolled' as const) : ('waitlisted' as const),
          priority,
          queuedAt: now,
          idempotencyKey: opts.idempotencyKey,
          assistedBy: opts.assistedBy ?? null,
          assistReason: opts.reason ?? null,
          promotedAt: null,
          cancelledAt: null,
        };
        let enrolment: EnrolmentEntity;
        if (existing) {
          // Enrolling again after cancelling reuses the row (one row per worker and session).
          const reopened = await em
            .getRepository(EnrolmentEntity)
            .update({ id: existing.id, status: 'cancelled' }, fields);
          if (reopened.affected !== 1) throw new DomainError('CONFLICT');
          enrolment = { ...existing, ...fields };
        } else {
          enrolment = {
            id: randomUUID(),
            sessionId,
            workerId: workerId,
            ...fields,
            createdAt: now,
            updatedAt: now,
          };
          await em.getRepository(EnrolmentEntity).insert(enrolment);
        }
        await this.notifications.notify(em, {
          userId: workerId,
          kind: seated ? 'enrolment.enrolled' : 'enrolment.waitlisted',
          dedupeKey: `enrolment:${enrolment.id}:${seated ? 'enrolled' : 'waitlisted'}:${now.getTime()}`,
          title: seated ? '报名成功' : '已进入候补',
          body: seated
            ? `你已报名“${session.title}”，${session.startDate} 开班。`
            : `“${session.title}”名额已满，你已进入候补，有人取消时按顺序递补。`,
          link: sessionLink(sessionId),
        });
        return enrolment;
      });
      const progress = await this.progress(workerId, [sessionId], { firstPlace: !existing });
      return { enrolment: await this.view(row, undefined, progress) };
    } catch (error) {
      // A concurrent request of the same worker won the unique key: answer with its row.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.dataSource
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ sessionId, workerId: workerId });
      return { enrolment: await this.view(winner) };
    }
  }

  /** Cancels the worker's own enrolment; a freed seat goes to the head of the waitlist at once. */
  async cancel(auth: AuthUser, enrolmentId: string): Promise<EnrolmentResponseDto> {
    requireRole(auth, 'worker');
    const found = await this.dataSource
      .getRepository(EnrolmentEntity)
      .findOneBy({ id: enrolmentId });
    if (!found || found.workerId !== auth.id) throw new DomainError('NOT_FOUND');
    const result = await this.dataSource.transaction(async (em) => {
      const row = await this.lockedEnrolment(em, enrolmentId);
      if (row.status === 'cancelled') return row; // cancelling twice is harmless
      if (row.status !== 'enrolled' && row.status !== 'waitlisted') {
        throw new DomainError('CONFLICT', '已结业的报名不能取消');
      }
      const now = new Date();
      await em
        .getRepository(EnrolmentEntity)
        .update({ id: row.id }, { status: 'cancelled', cancelledAt: now });
      if (row.status === 'enrolled') {
        await em
          .createQueryBuilder()
          .update(TrainingSessionEntity)
          .set({ seatsTaken: () => 'seats_taken - 1' })
          .where('id = :id AND seats_taken > 0', { id: row.sessionId })
          .execute();
        await this.promoteHead(em, row.sessionId, now);
      }
      return { ...row, status: 'cancelled' as const, cancelledAt: now };
    });
    return { enrolment: await this.view(result) };
  }

  async mine(auth: AuthUser): Promise<EnrolmentListResponseDto> {
    requireRole(auth, 'worker');
    const rows = await this.dataSource
      .getRepository(EnrolmentEntity)
      .find({ where: { workerId: auth.id }, order: { createdAt: 'DESC' } });
    const sessionIds = rows.map((r) => r.sessionId);
    const [sessions, progress, positions] = await Promise.all([
      this.training.itemsFor(sessionIds),
      this.progress(auth.id, sessionIds),
      this.waitlistPositions(rows),
    ]);
    return {
      items: await Promise.all(rows.map((r) => this.view(r, sessions, progress, positions))),
    };
  }

  /** Per session: the next lesson not yet ended, and the worker's attendance so far (two queries). */
  private async progress(
    workerId: string,
    sessionIds: string[],
    { firstPlace = false } = {},
  ): Promise<Map<string, Progress>> {
    const out = new Map<string, Progress>();
    if (!sessionIds.length) return out;
    const [lessons, marks] = await Promise.all([
      this.dataSource
        .getRepository(LessonEntity)
        .find({ where: { sessionId: In(sessionIds) }, order: { startsAt: 'ASC' } }),
      // A worker's first place in a session has no marks yet (only workers on the roll are marked):
      // one query less on the busiest path, the enrolment burst.
      firstPlace
        ? Promise.resolve([])
        : this.dataSource
            .getRepository(AttendanceEntity)
            .findBy({ workerId, sessionId: In(sessionIds) }),
    ]);
    const now = new Date();
    for (const sessionId of new Set(sessionIds)) {
      const own = lessons.filter((l) => l.sessionId === sessionId);
      const next = own.find((l) => l.endsAt.getTime() > now.getTime());
      const { attended, counted } = tally(
        marks.filter((m) => m.sessionId === sessionId),
        workerId,
        heldLessonIds(own, now),
      );
      out.set(sessionId, {
        nextLesson: next ? lessonView(next) : null,
        attendance: counted ? { attended, counted } : null,
      });
    }
    return out;
  }

  // ——— internals ———

  /** The conditional UPDATE that takes one seat, or reports that none is left. */
  private async takeSeat(em: EntityManager, sessionId: string): Promise<boolean> {
    const taken = await em
      .createQueryBuilder()
      .update(TrainingSessionEntity)
      .set({ seatsTaken: () => 'seats_taken + 1' })
      .where('id = :id AND seats_taken < capacity', { id: sessionId })
      .execute();
    return taken.affected === 1;
  }

  /** Gives a freed seat to the waitlist's head (priority first, then first come), and tells them. */
  private async promoteHead(em: EntityManager, sessionId: string, now: Date): Promise<void> {
    const qb = em
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.session_id = :sessionId AND e.status = :status', {
        sessionId,
        status: 'waitlisted',
      })
      .orderBy('e.priority', 'DESC')
      .addOrderBy('e.queued_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(1);
    if (this.rowLocks) qb.setLock('pessimistic_write');
    const head = await qb.getOne();
    if (!head || !(await this.takeSeat(em, sessionId))) return;
    await em
      .getRepository(EnrolmentEntity)
      .update({ id: head.id }, { status: 'enrolled', promotedAt: now });
    const session = await em
      .getRepository(TrainingSessionEntity)
      .findOneByOrFail({ id: sessionId });
    await this.notifications.notify(em, {
      userId: head.workerId,
      kind: 'enrolment.promoted',
      dedupeKey: `enrolment:${head.id}:promoted:${now.getTime()}`,
      title: '候补成功',
      body: `有人取消报名，你已从候补转为正式报名“${session.title}”，${session.startDate} 开班。`,
      link: sessionLink(sessionId),
    });
  }

  private async lockedEnrolment(em: EntityManager, id: string): Promise<EnrolmentEntity> {
    const qb = em
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.id = :id', { id });
    if (this.rowLocks) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  /** MySQL / MariaDB lock rows; SQLite has one writer at a time, so its transactions are already serial. */
  private get rowLocks(): boolean {
    return this.dataSource.options.type !== 'better-sqlite3';
  }

  /** No two sessions a worker holds (or waits for) may have overlapping lessons. */
  private async checkNoOverlap(workerId: string, sessionId: string): Promise<void> {
    const others = await this.dataSource.getRepository(EnrolmentEntity).find({
      where: { workerId, status: In([...ACTIVE]), sessionId: Not(sessionId) },
      select: { sessionId: true },
    });
    if (!others.length) return;
    const lessons = this.dataSource.getRepository(LessonEntity);
    const [mine, theirs] = await Promise.all([
      lessons.findBy({ sessionId }),
      lessons.findBy({ sessionId: In(others.map((o) => o.sessionId)) }),
    ]);
    const clash = mine.some((a) =>
      theirs.some((b) => a.startsAt < b.endsAt && b.startsAt < a.endsAt),
    );
    if (clash) throw new DomainError('SCHEDULE_CONFLICT');
  }

  /**
   * The queue places of the waitlisted rows among `rows`, in one query: each row joined to the
   * waitlisted rows of its session that come before it, counted — 1 + the rows ahead, in the order
   * promoteHead takes them (priority first, then queued_at, then id). Keyed by enrolment id.
   */
  private async waitlistPositions(rows: readonly EnrolmentEntity[]): Promise<Map<string, number>> {
    const ids = rows.filter((r) => r.status === 'waitlisted').map((r) => r.id);
    if (!ids.length) return new Map();
    const counts = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .leftJoin(
        EnrolmentEntity,
        'a',
        'a.session_id = e.session_id AND a.status = :status AND ' +
          '(a.priority > e.priority OR (a.priority = e.priority AND ' +
          '(a.queued_at < e.queued_at OR (a.queued_at = e.queued_at AND a.id < e.id))))',
        { status: 'waitlisted' },
      )
      .select('e.id', 'id')
      .addSelect('COUNT(a.id)', 'ahead')
      .where('e.id IN (:...ids)', { ids })
      .groupBy('e.id')
      .getRawMany<{ id: string; ahead: number | string }>();
    return new Map(counts.map((c) => [c.id, Number(c.ahead) + 1]));
  }

  private async view(
    row: EnrolmentEntity,
    sessions?: Map<string, EnrolmentViewDto['session']>,
    progress?: Map<string, Progress>,
    positions?: Map<string, number>,
  ): Promise<EnrolmentViewDto> {
    const session =
      sessions?.get(row.sessionId) ??
      (await this.training.itemsFor([row.sessionId])).get(row.sessionId);
    if (!session) throw new DomainError('NOT_FOUND');
    const { nextLesson, attendance } =
      progress?.get(row.sessionId) ??
      (await this.progress(row.workerId, [row.sessionId])).get(row.sessionId) ??
      NO_PROGRESS;
    return {
      id: row.id,
      sessionId: row.sessionId,
      status: row.status,
      waitlistPosition:
        row.status !== 'waitlisted'
          ? null
          : (positions?.get(row.id) ?? (await this.waitlistPositions([row])).get(row.id) ?? null),
      priority: row.priority > 0,
      createdAt: row.createdAt.toISOString(),
      session,
      nextLesson,
      attendance,
    };
  }
}
