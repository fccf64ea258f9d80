#!/usr/bin/env node
// The enrolment burst: N workers press 报名 on one session with S seats at the same moment.
// Prints throughput and latency percentiles per round and checks the outcome is exact: S enrolled,
// N − S waitlisted, seats_taken = S, one row per worker. Not a test; record the figures in
// docs/benchmarks.md.
//
//   npm run build && node bench/enrolment-burst.mjs [--workers 500] [--seats 50] [--rounds 3]
import { randomUUID } from 'node:crypto';
import {
  BENCH_SECRETS,
  arg,
  openDatabase,
  print,
  profileRow,
  require,
  userRow,
  withServer,
} from './lib.mjs';

const jwt = require('jsonwebtoken');
const WORKERS = arg('workers', 500);
const SEATS = arg('seats', 50);
const ROUNDS = arg('rounds', 3);
const COURSE = '00000000-0000-4000-8c00-000000000003'; // a demo course of 福绵裁缝
const PROVIDER = '00000000-0000-4000-8000-0000000000b1';

const day = (offset) =>
  new Date(Date.now() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);

/** Workers with profiles (a fifth of them in a priority group) and one session per round. */
async function load(env) {
  const ds = await openDatabase(env);
  const workers = Array.from({ length: WORKERS }, (_, i) => ({
    id: randomUUID(),
    priority: i % 5 === 0,
  }));
  for (let i = 0; i < workers.length; i += 250) {
    const chunk = workers.slice(i, i + 250);
    await ds
      .createQueryBuilder()
      .insert()
      .into('users')
      .values(chunk.map((w, j) => userRow(w.id, `压测学员${i + j}`, ['worker'])))
      .execute();
    await ds
      .createQueryBuilder()
      .insert()
      .into('worker_profiles')
      .values(
        chunk.map((w) =>
          profileRow(w.id, { realName: '压测学员', priorityGroup: w.priority ? '脱贫人口' : null }),
        ),
      )
      .execute();
  }
  const sessions = Array.from({ length: ROUNDS }, () => randomUUID());
  await ds
    .createQueryBuilder()
    .insert()
    .into('training_sessions')
    .values(
      sessions.map((id, r) => ({
        id,
        courseId: COURSE,
        providerId: PROVIDER,
        brandCode: 'fumian-caifeng',
        occupationCode: 'fengrengong',
        title: `压测班${r + 1}`,
        regionCode: '450903',
        address: '压测地址',
        latitude: null,
        longitude: null,
        startDate: day(10),
        endDate: day(12),
        enrolOpensAt: day(-1),
        enrolClosesAt: day(9),
        capacity: SEATS,
        seatsTaken: 0,
        subsidised: true,
        minAttendanceRate: 0.8,
        status: 'scheduled',
        isDemo: true,
        createdBy: PROVIDER,
      })),
    )
    .execute();
  await ds.destroy();
  const tokens = workers.map((w) =>
    jwt.sign({ sub: w.id, typ: 'access' }, BENCH_SECRETS.JWT_ACCESS_SECRET, { expiresIn: 3600 }),
  );
  return { env, sessions, tokens };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

await withServer(load, async (base, label, { env, sessions, tokens }) => {
  print(
    `database: ${label}; ${WORKERS} workers at once on ${SEATS} seats, ${ROUNDS} rounds; node ${process.version}`,
  );
  print(
    'round  requests/s  p50 ms  p99 ms  max ms  non-200  enrolled  waitlisted  seats_taken  rows  exact',
  );
  for (const [r, sessionId] of sessions.entries()) {
    const latencies = [];
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token) => {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/sessions/${sessionId}/enrolments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: '{}',
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) failures += 1;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const ds = await openDatabase(env);
    const [counts] = await ds.query(
      `SELECT SUM(CASE WHEN status = 'enrolled' THEN 1 ELSE 0 END) AS enrolled,
              SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END) AS waitlisted,
              COUNT(*) AS total_rows
         FROM enrolments WHERE session_id = '${sessionId}'`,
    );
    const [{ seats }] = await ds.query(
      `SELECT seats_taken AS seats FROM training_sessions WHERE id = '${sessionId}'`,
    );
    await ds.destroy();
    const enrolled = Number(counts.enrolled);
    const waitlisted = Number(counts.waitlisted);
    const rows = Number(counts.total_rows);
    const exact =
      enrolled === SEATS &&
      waitlisted === WORKERS - SEATS &&
      Number(seats) === SEATS &&
      rows === WORKERS;
    latencies.sort((a, b) => a - b);
    print(
      [
        String(r + 1).padEnd(5),
        String(Math.round(WORKERS / seconds)).padStart(11),
        String(Math.round(percentile(latencies, 50))).padStart(7),
        String(Math.round(percentile(latencies, 99))).padStart(7),
        String(Math.round(latencies[latencies.length - 1])).padStart(7),
        String(failures).padStart(8),
        String(enrolled).padStart(9),
        String(waitlisted).padStart(11),
        String(seats).padStart(12),
        String(rows).padStart(5),
        exact ? '  yes' : '  NO',
      ].join(' '),
    );
  }
});
