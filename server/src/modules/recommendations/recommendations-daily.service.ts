import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { chinaDate } from '../../common/china-time';
import { PeriodicJob } from '../../common/periodic-job';
import { AppConfig } from '../../config/app-config';
import { JobLeaseService } from '../coordination/job-lease.service';
import { RateLimitService } from '../coordination/rate-limit.service';
import { COVERAGE_TARGET, RecommendationsService } from './recommendations.service';

/** Soon after boot: a fresh demo (npm start) shows its worker's recommendations within seconds. */
const FIRST_RUN_DELAY_MS = 3_000;
/** Checked hourly, run once per China day: an instance that was down at midnight still runs it. */
const CHECK_INTERVAL_MS = 3_600_000;
const DAY_MS = 86_400_000;
const LEASE = 'recommendations-daily';
/** A counter per China day in rate_limits: one hit means that day's pass finished. */
const DONE_KEY = 'recommendations-daily-pass-done';

/** rate_limits counts in windows of floor(time / length): shifted by 8 h, a window is a China day. */
const chinaDayClock = (now: Date) => now.getTime() + 8 * 3_600_000;

/**
 * Runs RecommendationsService.dailyPass once per China day on one instance: the job lease picks the
 * instance, and a per-day counter in rate_limits (written after the pass succeeds, read before)
 * remembers that the day is done across instances and restarts. A pass that failed is tried again
 * on the next hourly check; running it twice would add nothing anyway. Off when
 * REMINDER_INTERVAL_MINUTES is 0 (as the other scheduled jobs; the tests call the pass themselves).
 */
@Injectable()
export class RecommendationsDailyService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly rateLimits: RateLimitService,
    leases: JobLeaseService,
    private readonly config: AppConfig,
  ) {
    this.job = new PeriodicJob(
      'recommendations daily pass',
      () => this.runIfDue(),
      new Logger(RecommendationsDailyService.name),
      leases.lease(LEASE, CHECK_INTERVAL_MS),
    );
  }

  onApplicationBootstrap(): void {
    const on = this.config.get('reminders').intervalMinutes > 0;
    this.job.start(FIRST_RUN_DELAY_MS, on ? CHECK_INTERVAL_MS : 0);
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
  }

  /** The day's pass unless it already ran; a summary for the log, or null when nothing was done. */
  async runIfDue(now = new Date()): Promise<string | null> {
    if ((await this.rateLimits.count(DONE_KEY, DAY_MS, chinaDayClock(now))) > 0) return null;
    const result = await this.recommendations.dailyPass(now);
    await this.rateLimits.take(DONE_KEY, DAY_MS, 1, chinaDayClock(now));
    return (
      `${chinaDate(now)}: ${result.trainees} trainees, ${result.pushed} pushed, ` +
      `${result.shortfall.length} with fewer than ${COVERAGE_TARGET} matching jobs`
    );
  }
}
