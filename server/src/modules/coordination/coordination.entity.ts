import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A counter shared by every server instance: how many times `key` was used in the current window
 * (e.g. verification answers per client address and minute). One row per key, reused window after
 * window.
 */
@Entity({ name: 'rate_limits' })
export class RateLimitEntity {
  @PrimaryColumn({ name: 'limit_key', type: 'varchar', length: 160 })
  key: string;

  /** Which window the count belongs to: floor(time / window length); windows are a second or longer. */
  @Column({ name: 'window_no', type: 'int' })
  windowNo: number;

  @Column({ name: 'hits', type: 'int' })
  hits: number;
}

/** Which instance runs a scheduled job until when (one instance per run, another takes over after). */
@Entity({ name: 'job_leases' })
export class JobLeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 64 })
  holder: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}
