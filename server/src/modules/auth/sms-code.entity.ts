import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A login code sent by SMS. Only a keyed hash of the code is stored. */
@Entity({ name: 'sms_codes' })
@Index('ix_sms_codes_phone_created', ['phone', 'createdAt'])
@Index('ix_sms_codes_ip_created', ['ip', 'createdAt'])
export class SmsCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 11 })
  phone: string;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'failed_attempts', type: 'int', default: 0 })
  failedAttempts: number;

  /** Set when the code logged someone in or was burnt by too many wrong tries. */
  @Column({ name: 'consumed_at', type: 'datetime', nullable: true })
  consumedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

/**
 * Per-phone sending allowance, one row per phone. The 60-second gap and the daily count are taken by
 * one conditional UPDATE on this row, so concurrent requests cannot both pass.
 */
@Entity({ name: 'sms_throttles' })
export class SmsThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 11 })
  phone: string;

  @Column({ name: 'last_sent_at', type: 'datetime' })
  lastSentAt: Date;

  /** YYYY-MM-DD (Asia/Shanghai) the count belongs to. */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Column({ name: 'day_count', type: 'int' })
  dayCount: number;
}
