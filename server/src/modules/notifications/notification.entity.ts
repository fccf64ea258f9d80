import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '@app/shared/enums';

/**
 * The outbox: one row per thing someone must hear about, written in the same transaction as its
 * cause. The dedupe key makes the same event never produce two rows. The in-app inbox reads these;
 * the push dispatcher (WeChat, SMS) will claim them later.
 */
@Entity({ name: 'notifications' })
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
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

  /** pending until a push channel has handled it (the inbox shows it at once). */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: string;

  @Column({ name: 'read_at', type: 'datetime', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
