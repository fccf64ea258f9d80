import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import { JobLeaseService } from '../coordination/job-lease.service';
import { LessonRemindersService } from './lesson-reminders.service';
import type { NotificationsService } from './notifications.service';

/** The service with its timer only: the database is never reached because remindTomorrow is replaced. */
function service(env: Record<string, string>, holdsLease = true) {
  // the real lease() over stubbed acquire / release
  const leases = Object.assign(Object.create(JobLeaseService.prototype) as JobLeaseService, {
    acquire: jest.fn().mockResolvedValue(holdsLease),
    release: jest.fn().mockResolvedValue(undefined),
  });
  const reminders = new LessonRemindersService(
    {} as DataSource,
    {} as NotificationsService,
    loadConfig(env),
    leases,
  );
  const run = jest
    .spyOn(reminders, 'remindTomorrow')
    .mockResolvedValue({ day: '2026-11-27', lessons: 0, reminders: 0 });
  return { reminders, run, leases };
}

describe('lesson reminders timer', () => {
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs soon after boot, then every REMINDER_INTERVAL_MINUTES, and stops on shutdown', async () => {
    const { reminders, run } = service({ REMINDER_INTERVAL_MINUTES: '30' });
    reminders.onApplicationBootstrap();
    expect(run).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(30 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    await reminders.onModuleDestroy();
    await jest.advanceTimersByTimeAsync(5 * 30 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('runs only on the instance holding the lease, and lets it go on shutdown', async () => {
    const elsewhere = service({ REMINDER_INTERVAL_MINUTES: '30' }, false);
    elsewhere.reminders.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(5_000 + 30 * 60_000);
    expect(elsewhere.leases.acquire).toHaveBeenCalledTimes(2);
    expect(elsewhere.leases.acquire).toHaveBeenCalledWith('lesson-reminders', 30 * 60_000);
    expect(elsewhere.run).not.toHaveBeenCalled();
    await elsewhere.reminders.onModuleDestroy();
    expect(elsewhere.leases.release).toHaveBeenCalledWith('lesson-reminders');
  });

  it('0 turns it off; the default is every 30 minutes', async () => {
    const off = service({ REMINDER_INTERVAL_MINUTES: '0' });
    off.reminders.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(24 * 3600_000);
    expect(off.run).not.toHaveBeenCalled();
    expect(jest.getTimerCount()).toBe(0);
    expect(loadConfig({}).get('reminders').intervalMinutes).toBe(30);
  });

  it('a failed run is logged and the next one still happens', async () => {
    const { reminders, run } = service({ REMINDER_INTERVAL_MINUTES: '10' });
    run.mockRejectedValueOnce(new Error('database away'));
    reminders.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(5_000 + 10 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    await reminders.onModuleDestroy();
  });

  it.each(['-1', 'abc', '1441'])('refuses REMINDER_INTERVAL_MINUTES=%s at boot', (value) => {
    expect(() => loadConfig({ REMINDER_INTERVAL_MINUTES: value })).toThrow(
      /^Invalid configuration: REMINDER_INTERVAL_MINUTES /,
    );
  });
});
