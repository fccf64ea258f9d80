import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DeliveryChannel, DeliveryStatus, NotificationKind } from '@app/shared/enums';

/**
 * The outbox: one row per thing someone must hear about, written in the same transaction as its
 * cause. The dedupe key makes the same event never produce two rows. The in-app inbox reads these;
 * the push dispatcher (WeChat, SMS) will claim them later.
 */
@Entity({ name: 'notifications' })
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
@Index('ix_notifications_due', ['status', 'nextAttemptAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Index('uq_notifications_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 128 })
  dedupeKey: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  body: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  link: string | null;

  /**
   * The push delivery (the inbox shows the row at once, whatever this says): pending until a
   * dispatcher claims it (sending, until `claimedUntil`), then sent, failed after the last retry, or
   * skipped when no channel may carry it (no subscription credit and no SMS fallback).
   */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: DeliveryStatus;

  /** The channel that carried it (or last tried to). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  channel: DeliveryChannel | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Not before this time (retries back off); null: at once. */
  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  /** The dispatcher instance holding the claim, and until when (an expired claim is taken again). */
  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 200, nullable: true })
  lastError: string | null;

  @Column({ name: 'read_at', type: 'datetime', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
