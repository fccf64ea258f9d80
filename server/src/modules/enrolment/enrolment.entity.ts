import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EnrolmentStatus } from '@app/shared/enums';

/**
 * A worker's place in a session: enrolled (holding a seat), waitlisted, or ended. One row per
 * worker and session (unique key), reused if they enrol again after cancelling.
 */
@Entity({ name: 'enrolments' })
@Index('uq_enrolments_session_worker', ['sessionId', 'workerId'], { unique: true })
@Index('ix_enrolments_waitlist', ['sessionId', 'status', 'priority', 'queuedAt', 'id'])
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Index('ix_enrolments_worker')
  @Column({ name: 'worker_id', type: 'varchar', length: 36 })
  workerId: string;

  @Column({ type: 'varchar', length: 16 })
  status: EnrolmentStatus;

  /** 1 for the waitlist-priority groups, 0 otherwise: the waitlist orders by it first. */
  @Column({ type: 'int', default: 0 })
  priority: number;

  /** When the worker joined the queue (first-come within a priority group). */
  @Column({ name: 'queued_at', type: 'datetime', precision: 6 })
  queuedAt: Date;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  /** A trainer or admin who enrolled the worker on their behalf, and why. */
  @Column({ name: 'assisted_by', type: 'varchar', length: 36, nullable: true })
  assistedBy: string | null;

  @Column({ name: 'assist_reason', type: 'varchar', length: 200, nullable: true })
  assistReason: string | null;

  @Column({ name: 'promoted_at', type: 'datetime', nullable: true })
  promotedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
