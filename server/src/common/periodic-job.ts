import type { Logger } from '@nestjs/common';

/**
 * A background task run on an interval by each server instance: a first run soon after boot, never
 * two runs at once on one instance, a failure logged and tried again next time, and a stop that waits
 * for a run in progress (before the database connection closes). The tasks themselves are safe to
 * run on several instances at once (dedupe keys, conditional updates).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly task: () => Promise<string | null>,
    private readonly logger: Logger,
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
    this.running = this.task()
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
