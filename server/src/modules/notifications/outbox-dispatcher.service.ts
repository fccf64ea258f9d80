import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type DeliveryChannel, isPriorityGroup, type NotificationKind } from '@app/shared/enums';
import { unique } from '../../common/collections';
import { PeriodicJob } from '../../common/periodic-job';
import { AppConfig } from '../../config/app-config';
import { JobLeaseService } from '../coordination/job-lease.service';
import { UserEntity } from '../users/user.entity';
import { WechatClient, WechatSendError } from '../wechat/wechat.client';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import { NotificationEntity } from './notification.entity';
import { buildPushTemplates, type PushTemplate, pushPage, smsNoticeText } from './push-templates';
import { PushSmsError, PushSmsSender } from './push-sms.sender';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';

/** The job lease that makes one instance the dispatcher on SQLite (no row locks to share the work). */
export const DISPATCH_LEASE = 'outbox-dispatcher';

/** Events that go out by SMS to anyone with a phone when WeChat cannot carry them: a job offer waits for no one. */
const SMS_FOR_EVERYONE: ReadonlySet<NotificationKind> = new Set([
  'application.offered',
  'application.hired',
]);

/** Sends of one batch in flight at once: enough to hide WeChat's latency, few enough for the pool. */
const SEND_CONCURRENCY = 5;

/** Batches one timer run may take back to back when the outbox is backed up. */
const MAX_BATCHES_PER_RUN = 10;

/** What one dispatcher run did (claimed = sent + retried + failed + skipped + released + lost). */
export interface DispatchRun {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
  /** Handed back unsent because this instance's claim was about to run out. */
  released: number;
  /** Final write refused: the claim had expired and another instance took the row. */
  lost: number;
}

type Outcome = keyof Omit<DispatchRun, 'claimed'>;

interface Recipient {
  openId: string | null;
  phone: string | null;
  priority: boolean;
}

function emptyRun(): DispatchRun {
  return { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0, released: 0, lost: 0 };
}

/**
 * Delivers the outbox as pushes (docs/api-jobs.md, "Pushes"). Each run claims a small batch of due
 * rows — on MariaDB/MySQL with `SELECT … FOR UPDATE SKIP LOCKED` in a short READ COMMITTED
 * transaction, so every instance dispatches and none waits on another's rows; on SQLite, which has
 * no row locks, only the holder of the job lease — marks them `sending` with this instance's id and
 * a deadline, commits, then sends each outside any transaction. Every write after the send is
 * conditional on `claimed_by` still being this instance, so a row whose claim ran out and was taken
 * by another instance is never overwritten; a row whose claimer died is taken again after the deadline.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly templates: Partial<Record<NotificationKind, PushTemplate>>;
  private readonly job = new PeriodicJob(
    'outbox dispatcher',
    async () => {
      const total = emptyRun();
      for (let i = 0; i < MAX_BATCHES_PER_RUN; i++) {
        const run = await this.dispatch();
        for (const key of Object.keys(total) as (keyof DispatchRun)[]) total[key] += run[key];
        if (run.claimed < this.config.get('dispatch').batchSize) break;
      }
      return total.claimed ? summary(total) : null;
    },
    this.logger,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly leases: JobLeaseService,
    private readonly wechat: WechatClient,
    private readonly sms: PushSmsSender,
    private readonly subscriptions: WechatSubscriptionsService,
  ) {
    this.templates = buildPushTemplates(config.get('wechat').templates);
  }

  /** This instance, as written into `claimed_by`. */
  get holder(): string {
    return this.leases.holder;
  }

  /** SQLite: one dispatcher at a time, chosen by the job lease. */
  private get singleInstance(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  onApplicationBootstrap(): void {
    const { intervalMs } = this.config.get('dispatch');
    this.job.start(intervalMs, intervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
    if (this.singleInstance) await this.leases.release(DISPATCH_LEASE);
  }

  /** Claims one batch of due rows and delivers it. `now` is the time the run believes it is. */
  async dispatch(now = new Date()): Promise<DispatchRun> {
    const { claimTtlMs } = this.config.get('dispatch');
    if (this.singleInstance && !(await this.leases.acquire(DISPATCH_LEASE, claimTtlMs, now))) {
      return emptyRun();
    }
    const rows = await this.claim(now);
    return this.deliverClaimed(rows, now);
  }

  /**
   * Marks up to a batch of due rows `sending` for this instance and returns them: pending rows whose
   * time has come, and `sending` rows whose claimer's deadline has passed (it crashed or stalled).
   */
  async claim(now = new Date()): Promise<NotificationEntity[]> {
    const { batchSize, claimTtlMs } = this.config.get('dispatch');
    const claimedUntil = new Date(now.getTime() + claimTtlMs);
    const claim = { status: 'sending' as const, claimedBy: this.holder, claimedUntil };

    if (this.singleInstance) {
      // No row locks: read candidates, then take each with an UPDATE that re-checks it is still
      // due, so a row is ours only if our statement changed it.
      const em = this.dataSource.manager;
      const repo = em.getRepository(NotificationEntity);
      const expired = await this.dueQuery(em, 'expired', now, batchSize).getMany();
      const pending =
        expired.length < batchSize
          ? await this.dueQuery(em, 'pending', now, batchSize - expired.length).getMany()
          : [];
      const candidates = [...expired, ...pending];
      const taken: NotificationEntity[] = [];
      for (const row of candidates) {
        const update = repo
          .createQueryBuilder()
          .update()
          .set(claim)
          .where('id = :id', { id: row.id })
          .andWhere(
            row.status === 'sending'
              ? 'status = :sending AND claimed_until < :now'
              : 'status = :pending AND (next_attempt_at IS NULL OR next_attempt_at <= :now)',
            { sending: 'sending', pending: 'pending', now },
          );
        if ((await update.execute()).affected === 1) taken.push(Object.assign(row, claim));
      }
      return taken;
    }

    // READ COMMITTED: the locking reads skip rows other instances hold and take no gap locks, and
    // the transaction lasts two statements, so claims never queue behind each other.
    return this.dataSource.transaction('READ COMMITTED', async (em) => {
      const expired = await this.dueQuery(em, 'expired', now, batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const pending =
        expired.length < batchSize
          ? await this.dueQuery(em, 'pending', now, batchSize - expired.length)
              .setLock('pessimistic_write')
              .setOnLocked('skip_locked')
              .getMany()
          : [];
      const rows = [...expired, ...pending];
      if (!rows.length) return [];
      await em
        .createQueryBuilder()
        .update(NotificationEntity)
        .set(claim)
        .where({ id: In(rows.map((r) => r.id)) })
        .execute();
      return rows.map((row) => Object.assign(row, claim));
    });
  }

  /**
   * Due rows of one kind, from the notifications table alone (claims touch one table, so they stay
   * correct on distributed MySQL-compatibles), along ix_notifications_due. No ORDER BY: with a sort,
   * InnoDB would lock every due row before the LIMIT, and a second instance would find none free.
   */
  private dueQuery(em: EntityManager, which: 'pending' | 'expired', now: Date, limit: number) {
    const qb = em.getRepository(NotificationEntity).createQueryBuilder('n').limit(limit);
    return which === 'expired'
      ? qb.where('n.status = :sending AND n.claimedUntil < :now', { sending: 'sending', now })
      : qb.where('n.status = :pending AND (n.nextAttemptAt IS NULL OR n.nextAttemptAt <= :now)', {
          pending: 'pending',
          now,
        });
  }

  /** Sends each claimed row over the channel it may take and records the outcome. */
  async deliverClaimed(rows: NotificationEntity[], now = new Date()): Promise<DispatchRun> {
    const run = emptyRun();
    run.claimed = rows.length;
    if (!rows.length) return run;
    const recipients = await this.recipients(rows.map((r) => r.userId));
    // A send that starts this close to the claim's deadline might still be running when another
    // instance takes the row: hand such rows back instead of risking a double push. The clock is the
    // run's `now` moved on by the real time spent since.
    const startedAt = Date.now();
    const clock = () => now.getTime() + Date.now() - startedAt;
    const margin =
      2 * Math.max(this.config.get('wechat').timeoutMs, this.config.get('sms').timeoutMs);
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++];
        const outcome =
          !row.claimedUntil || clock() > row.claimedUntil.getTime() - margin
            ? await this.release(row)
            : await this.deliver(row, recipients.get(row.userId), now).catch((error: unknown) =>
                this.retry(row, row.channel ?? 'inbox', describe(error), now),
              );
        run[outcome] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, rows.length) }, worker));
    return run;
  }

  private async recipients(userIds: string[]): Promise<Map<string, Recipient>> {
    const ids = unique(userIds);
    const [users, profiles] = await Promise.all([
      this.dataSource.getRepository(UserEntity).find({
        where: { id: In(ids) },
        select: { id: true, phone: true, wechatOpenId: true, deletedAt: true, status: true },
      }),
      this.dataSource.getRepository(WorkerProfileEntity).find({
        where: { userId: In(ids) },
        select: { userId: true, priorityGroup: true },
      }),
    ]);
    const priority = new Set(
      profiles.filter((p) => isPriorityGroup(p.priorityGroup)).map((p) => p.userId),
    );
    return new Map(
      users
        // an erased or disabled account gets no pushes; its inbox rows stay for the record
        .filter((u) => !u.deletedAt && u.status === 'active')
        .map((u) => [
          u.id,
          { openId: u.wechatOpenId, phone: u.phone, priority: priority.has(u.id) },
        ]),
    );
  }

  private async deliver(
    row: NotificationEntity,
    to: Recipient | undefined,
    now: Date,
  ): Promise<Outcome> {
    if (!to) return this.skip(row, 'inbox', 'no active account');
    const template = this.templates[row.kind];
    let wechatNote: string | null = null;

    if (
      to.openId &&
      template &&
      (await this.subscriptions.spend(row.userId, template.templateId))
    ) {
      try {
        await this.wechat.sendSubscribeMessage({
          openId: to.openId,
          templateId: template.templateId,
          page: pushPage(row),
          data: template.fields(row),
        });
        return this.sent(row, 'wechat');
      } catch (error) {
        const reason = `wechat: ${describe(error)}`;
        if (error instanceof WechatSendError && error.creditGone) {
          // WeChat's count wins over ours: nothing more goes out on this template until the user
          // subscribes again; the message itself may still go by SMS.
          await this.subscriptions.clear(row.userId, template.templateId);
          wechatNote = reason;
        } else {
          // The message did not go out, so the credit is still the user's for the retry.
          await this.subscriptions.refund(row.userId, template.templateId);
          return !(error instanceof WechatSendError) || error.retryable
            ? this.retry(row, 'wechat', reason, now)
            : this.fail(row, 'wechat', reason);
        }
      }
    }

    if (this.sms.enabled && to.phone && (to.priority || SMS_FOR_EVERYONE.has(row.kind))) {
      try {
        await this.sms.send(to.phone, smsNoticeText(row), row.id);
        return this.sent(row, 'sms', wechatNote);
      } catch (error) {
        const reason = `sms: ${describe(error)}`;
        return error instanceof PushSmsError && !error.retryable
          ? this.fail(row, 'sms', reason)
          : this.retry(row, 'sms', reason, now);
      }
    }

    if (wechatNote) return this.skip(row, 'wechat', wechatNote);
    const why = !template
      ? 'no wechat template for this event'
      : !to.openId
        ? 'no wechat openid'
        : 'no subscription credit';
    return this.skip(row, 'inbox', `${why}; no sms fallback`);
  }

  private async sent(
    row: NotificationEntity,
    channel: DeliveryChannel,
    note: string | null = null,
  ): Promise<Outcome> {
    return this.finish(row, 'sent', {
      status: 'sent',
      channel,
      sentAt: new Date(),
      lastError: note,
    });
  }

  private async skip(
    row: NotificationEntity,
    channel: DeliveryChannel,
    reason: string,
  ): Promise<Outcome> {
    return this.finish(row, 'skipped', { status: 'skipped', channel, lastError: reason });
  }

  private async fail(
    row: NotificationEntity,
    channel: DeliveryChannel,
    reason: string,
  ): Promise<Outcome> {
    return this.finish(row, 'failed', {
      status: 'failed',
      channel,
      attempts: row.attempts + 1,
      lastError: reason,
    });
  }

  /** Another attempt after the backoff, or `failed` when this was the last one allowed. */
  private async retry(
    row: NotificationEntity,
    channel: DeliveryChannel,
    reason: string,
    now: Date,
  ): Promise<Outcome> {
    const { maxAttempts, retryBaseMs, retryCapMs } = this.config.get('dispatch');
    const attempts = row.attempts + 1;
    if (attempts >= maxAttempts) {
      return this.fail(row, channel, `after ${attempts} attempts: ${reason}`);
    }
    const delay = retryDelayMs(attempts, retryBaseMs, retryCapMs);
    return this.finish(row, 'retried', {
      status: 'pending',
      channel,
      attempts,
      nextAttemptAt: new Date(now.getTime() + delay),
      lastError: reason,
    });
  }

  /** Hands an unsent row back at once (it stays due), instead of making it wait out the claim. */
  private async release(row: NotificationEntity): Promise<Outcome> {
    return this.finish(row, 'released', { status: 'pending' });
  }

  /** The final write, only while the row is still claimed by this instance. */
  private async finish(
    row: NotificationEntity,
    outcome: Outcome,
    change: Partial<
      Pick<
        NotificationEntity,
        'status' | 'channel' | 'attempts' | 'nextAttemptAt' | 'sentAt' | 'lastError'
      >
    >,
  ): Promise<Outcome> {
    // last_error is varchar(200)
    const cut = change.lastError ? { lastError: change.lastError.slice(0, 200) } : {};
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update(
        { id: row.id, status: 'sending', claimedBy: this.holder },
        { ...change, ...cut, claimedUntil: null },
      );
    if (result.affected === 1) return outcome;
    this.logger.warn(`notification ${row.id}: claim lost to another dispatcher, left as it is`);
    return 'lost';
  }
}

/**
 * The wait before attempt `attempts + 1`: base · 2^(attempts-1), at most `cap`, spread ±20 % so rows
 * that failed together (WeChat down for a minute) do not all come back in the same second.
 */
export function retryDelayMs(
  attempts: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const exact = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), capMs);
  return Math.round(exact * (0.8 + 0.4 * random()));
}

function describe(error: unknown): string {
  if (error instanceof WechatSendError) {
    return error.errcode === null ? error.message : `errcode ${error.errcode} ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function summary(run: DispatchRun): string {
  return `${run.claimed} claimed: ${run.sent} sent, ${run.retried} to retry, ${run.failed} failed, ${run.skipped} skipped${run.released ? `, ${run.released} handed back` : ''}${run.lost ? `, ${run.lost} lost to another instance` : ''}`;
}
