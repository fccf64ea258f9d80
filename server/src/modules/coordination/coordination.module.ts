import { Global, Module } from '@nestjs/common';
import { JobLeaseService } from './job-lease.service';
import { RateLimitService } from './rate-limit.service';

/** What server instances share through the database: rate-limit counters and job leases. */
@Global()
@Module({
  providers: [RateLimitService, JobLeaseService],
  exports: [RateLimitService, JobLeaseService],
})
export class CoordinationModule {}
