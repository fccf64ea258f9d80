import { randomUUID } from 'node:crypto';
import { JobLeaseService } from '../src/modules/coordination/job-lease.service';
import { RateLimitService } from '../src/modules/coordination/rate-limit.service';
import { startTestApp, type TestApp } from './helpers/test-app';

/** What server instances share through the database instead of process memory. */
describe('coordination: rate limits and job leases in the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets exactly the limit through in a window, however many arrive at once; a new window starts over', async () => {
    const limits = t.app.get(RateLimitService);
    const key = `test:${randomUUID()}`;
    const now = Date.UTC(2026, 10, 26, 8, 0, 10);
    const burst = await Promise.all(
      Array.from({ length: 30 }, () => limits.take(key, 60_000, 20, now)),
    );
    expect(burst.filter(Boolean)).toHaveLength(20);
    expect(await limits.count(key, 60_000, now)).toBe(20);
    expect(await limits.take(key, 60_000, 20, now + 30_000)).toBe(false);
    // the next minute
    expect(await limits.take(key, 60_000, 20, now + 60_000)).toBe(true);
    expect(await limits.count(key, 60_000, now + 60_000)).toBe(1);
    expect(await limits.count(`test:${randomUUID()}`, 60_000, now)).toBe(0);
  });

  it('gives a job to one holder until its lease expires or is released', async () => {
    const one = t.app.get(JobLeaseService);
    // a second instance: the same service with another holder id
    const two = Object.assign(Object.create(JobLeaseService.prototype) as JobLeaseService, one, {
      holder: randomUUID(),
    });
    const name = `job-${randomUUID().slice(0, 8)}`;
    const now = new Date();
    const racing = await Promise.all([
      one.acquire(name, 60_000, now),
      two.acquire(name, 60_000, now),
    ]);
    expect(racing.filter(Boolean)).toHaveLength(1);
    const [winner, loser] = racing[0] ? [one, two] : [two, one];
    expect(await winner.acquire(name, 60_000, new Date(now.getTime() + 30_000))).toBe(true);
    expect(await loser.acquire(name, 60_000, new Date(now.getTime() + 30_000))).toBe(false);
    // expired: the other takes it
    expect(await loser.acquire(name, 60_000, new Date(now.getTime() + 120_000))).toBe(true);
    expect(await winner.acquire(name, 60_000, new Date(now.getTime() + 120_000))).toBe(false);
    // released: taken at once
    await loser.release(name);
    expect(await winner.acquire(name, 60_000, new Date(now.getTime() + 121_000))).toBe(true);
  });
});
