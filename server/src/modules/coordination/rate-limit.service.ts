import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { RateLimitEntity } from './coordination.entity';

/**
 * Counters in the database, so every instance behind the load balancer counts the same: each hit is
 * one conditional UPDATE (`hits < limit` in the current window), so exactly `limit` hits pass in a
 * window however many arrive at once.
 */
@Injectable()
export class RateLimitService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts a hit; false when `limit` hits have already passed in this window (nothing counted then). */
  async take(key: string, windowMs: number, limit: number, now = Date.now()): Promise<boolean> {
    const windowNo = Math.floor(now / windowMs);
    for (let attempt = 0; attempt < 2; attempt++) {
      const counted = await this.dataSource
        .createQueryBuilder()
        .update(RateLimitEntity)
        .set({ hits: () => 'hits + 1' })
        .where('limit_key = :key AND window_no = :windowNo AND hits < :limit', {
          key,
          windowNo,
          limit,
        })
        .execute();
      if (counted.affected === 1) return true;
      // A row of an earlier window starts this one over (one of several racing callers wins).
      const restarted = await this.dataSource
        .createQueryBuilder()
        .update(RateLimitEntity)
        .set({ windowNo, hits: 1 })
        .where('limit_key = :key AND window_no <> :windowNo', { key, windowNo })
        .execute();
      if (restarted.affected === 1) return limit > 0;
      const existing = await this.dataSource
        .getRepository(RateLimitEntity)
        .existsBy({ key, windowNo });
      if (existing) return false; // this window's row is full
      try {
        await this.dataSource.getRepository(RateLimitEntity).insert({ key, windowNo, hits: 1 });
        return limit > 0;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // another caller created the row first: count against it
      }
    }
    return false;
  }

  /** Hits counted for `key` in the current window (0 when its row belongs to an earlier one). */
  async count(key: string, windowMs: number, now = Date.now()): Promise<number> {
    const row = await this.dataSource.getRepository(RateLimitEntity).findOneBy({ key });
    return row && row.windowNo === Math.floor(now / windowMs) ? row.hits : 0;
  }
}
