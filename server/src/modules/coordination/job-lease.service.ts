import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import type { JobLease } from '../../common/periodic-job';
import { JobLeaseEntity } from './coordination.entity';

/**
 * Database leases for scheduled jobs: of several instances, the one holding a job's lease runs it;
 * the holder renews it each run, and when it stops (or dies) another takes over once it expires.
 */
@Injectable()
export class JobLeaseService {
  /** This process, as a lease holder. */
  readonly holder = randomUUID();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes or renews the lease for `ttlMs`; false while another holder's lease is current. */
  async acquire(name: string, ttlMs: number, now = new Date()): Promise<boolean> {
    const expiresAt = new Date(now.getTime() + ttlMs);
    const taken = await this.dataSource
      .createQueryBuilder()
      .update(JobLeaseEntity)
      .set({ holder: this.holder, expiresAt })
      .where('name = :name AND (holder = :holder OR expires_at <= :now)', {
        name,
        holder: this.holder,
        now,
      })
      .execute();
    if (taken.affected === 1) return true;
    try {
      await this.dataSource
        .getRepository(JobLeaseEntity)
        .insert({ name, holder: this.holder, expiresAt });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false; // someone else holds it
      throw error;
    }
  }

  /** The lease `name` as a PeriodicJob takes it: each acquire asks for another `ttlMs`. */
  lease(name: string, ttlMs: number): JobLease {
    return {
      acquire: () => this.acquire(name, ttlMs),
      release: () => this.release(name),
    };
  }

  /** Lets another instance take the job at once (on shutdown). */
  async release(name: string): Promise<void> {
    await this.dataSource
      .getRepository(JobLeaseEntity)
      .update({ name, holder: this.holder }, { expiresAt: new Date(0) });
  }
}
