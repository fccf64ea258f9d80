import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { PeriodicJob } from '../../common/periodic-job';
import { AppConfig } from '../../config/app-config';
import { JobLeaseService } from '../coordination/job-lease.service';
import { AttendanceService, COMPLETION_GRACE_DAYS } from './attendance.service';

const FIRST_RUN_DELAY_MS = 15_000;

/**
 * "When the session ends, enrolments become completed or dropped": a trainer who never presses
 * 确认结业 does not leave workers waiting (nor unable to apply for assessment). Runs on the same
 * interval as the lesson reminders (REMINDER_INTERVAL_MINUTES; 0 turns both off).
 */
@Injectable()
export class CompletionSweepService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    private readonly attendance: AttendanceService,
    private readonly config: AppConfig,
    leases: JobLeaseService,
  ) {
    this.job = new PeriodicJob(
      'completion sweep',
      async () => {
        const sessions = await this.attendance.finaliseEnded();
        return sessions
          ? `${sessions} sessions made final ${COMPLETION_GRACE_DAYS} days after their end`
          : null;
      },
      new Logger(CompletionSweepService.name),
      leases.lease('completion-sweep', this.intervalMs()),
    );
  }

  private intervalMs(): number {
    return this.config.get('reminders').intervalMinutes * 60_000;
  }

  onApplicationBootstrap(): void {
    this.job.start(FIRST_RUN_DELAY_MS, this.intervalMs());
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
  }
}
