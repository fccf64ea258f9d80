import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { chinaClock, chinaDate, chinaDayStart } from '../../common/china-time';
import { unique } from '../../common/collections';
import { PeriodicJob } from '../../common/periodic-job';
import { AppConfig } from '../../config/app-config';
import { JobLeaseService } from '../coordination/job-lease.service';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { LessonEntity, TrainingSessionEntity } from '../training/training-session.entity';
import { NotificationsService } from './notifications.service';

const FIRST_RUN_DELAY_MS = 5_000;

/** What one run looked at: tomorrow's lessons and the (lesson, worker) reminders due for them. */
export interface ReminderRun {
  day: string;
  lessons: number;
  reminders: number;
}

/**
 * "明天有课": the day before each lesson of a scheduled session, every enrolled worker gets a
 * message with the time and place. Each instance runs it every REMINDER_INTERVAL_MINUTES; the
 * dedupe key `lesson:<id>:tomorrow:<worker>` makes every run after the first (on any instance) write
 * nothing, so no lock or leader is needed.
 */
@Injectable()
export class LessonRemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    leases: JobLeaseService,
  ) {
    this.job = new PeriodicJob(
      'lesson reminders',
      async () => {
        const run = await this.remindTomorrow();
        return run.reminders
          ? `${run.day}: ${run.lessons} lessons, ${run.reminders} workers checked`
          : null;
      },
      new Logger(LessonRemindersService.name),
      leases.lease('lesson-reminders', this.intervalMs()),
    );
  }

  private intervalMs(): number {
    return this.config.get('reminders').intervalMinutes * 60_000;
  }

  onApplicationBootstrap(): void {
    // A first run soon after boot (an instance restarted in the evening still reminds), then on the interval.
    this.job.start(FIRST_RUN_DELAY_MS, this.intervalMs());
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
  }

  /** Writes the reminders for lessons starting on tomorrow's China date (as seen at `now`). */
  async remindTomorrow(now = new Date()): Promise<ReminderRun> {
    const day = chinaDate(now, 1);
    const from = chinaDayStart(day);
    const to = chinaDayStart(chinaDate(from, 1));
    // Through the session's dates first (indexed on status and start date): a lesson always lies
    // within its session's dates, and lessons have no index on the start time alone.
    const lessons = await this.dataSource
      .getRepository(LessonEntity)
      .createQueryBuilder('l')
      .innerJoin(TrainingSessionEntity, 's', 's.id = l.session_id')
      .where('s.status = :status', { status: 'scheduled' })
      .andWhere('s.start_date <= :day AND s.end_date >= :day', { day })
      .andWhere('l.starts_at >= :from AND l.starts_at < :to', { from, to })
      .orderBy('l.starts_at', 'ASC')
      .getMany();
    if (!lessons.length) return { day, lessons: 0, reminders: 0 };

    const sessionIds = unique(lessons.map((l) => l.sessionId));
    const [sessions, enrolments] = await Promise.all([
      this.dataSource.getRepository(TrainingSessionEntity).find({
        where: { id: In(sessionIds) },
        select: { id: true, title: true, address: true },
      }),
      this.dataSource.getRepository(EnrolmentEntity).find({
        where: { sessionId: In(sessionIds), status: 'enrolled' },
        select: { id: true, sessionId: true, workerId: true },
      }),
    ]);
    const sessionOf = new Map(sessions.map((s) => [s.id, s]));

    let reminders = 0;
    // One short transaction per lesson: a large day never holds one long lock on the outbox.
    for (const lesson of lessons) {
      const session = sessionOf.get(lesson.sessionId);
      const workers = enrolments.filter((e) => e.sessionId === lesson.sessionId);
      if (!session || !workers.length) continue;
      const topic = lesson.topic ? `（${lesson.topic}）` : '';
      await this.dataSource.transaction(async (em) => {
        for (const e of workers) {
          await this.notifications.notify(em, {
            userId: e.workerId,
            kind: 'lesson.tomorrow',
            // the key is unique across the whole outbox, so it names the worker too
            dedupeKey: `lesson:${lesson.id}:tomorrow:${e.workerId}`,
            title: '明天有课',
            body: `“${session.title}”明天 ${chinaClock(lesson.startsAt)}–${chinaClock(lesson.endsAt)} 上课${topic}，地点：${session.address}。请准时到达并扫码签到。`,
            link: `/packages/catalogue/pages/session/index?id=${session.id}`,
          });
        }
      });
      reminders += workers.length;
    }
    return { day, lessons: lessons.length, reminders };
  }
}
