import type { Logger } from '@nestjs/common';

/** Who runs the job this time when several instances are up (a database lease; see JobLeaseService). */
export interface JobLease {
  /** Takes or renews the lease for about one interval; false while another instance holds it. */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * A background task on an interval: a first run soon after boot, never two runs at once on one
 * instance, and — given a lease — only on the instance holding it; a failure is logged and tried
 * again next time; stopping waits for a run in progress (before the database connection closes)
 * and lets the lease go. The tasks stay safe if two instances ever overlap (dedupe keys,
 * conditional updates): the lease saves the work, it is not what keeps them correct.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly task: () => Promise<string | null>,
    private readonly logger: Logger,
    private readonly lease?: JobLease,
  ) {}

  /** Starts the timer (`intervalMs` ≤ 0: never). */
  start(firstDelayMs: number, intervalMs: number): void {
    if (intervalMs > 0) this.scheduleNext(firstDelayMs, intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.lease?.release();
  }

  private scheduleNext(delayMs: number, intervalMs: number): void {
    this.timer = setTimeout(() => {
      this.runOnce();
      if (!this.stopped) this.scheduleNext(intervalMs, intervalMs);
    }, delayMs);
    // the timer alone never keeps the process alive
    this.timer.unref();
  }

  private runOnce(): void {
    if (this.running) return;
    this.running = (async () =>
      !this.lease || (await this.lease.acquire()) ? this.task() : null)()
      .then((summary) => {
        if (summary) this.logger.log(`${this.name}: ${summary}`);
      })
      .catch((error: unknown) => {
        this.logger.error(
          `${this.name} failed`,
          error instanceof Error ? error.stack : String(error),
        );
      })
      .finally(() => {
        this.running = null;
      });
  }
}
