#!/usr/bin/env node
// Throughput and latency of the public brand and session lists, as a worker's phone calls them.
// Starts the built server on a fresh database (MariaDB when DATABASE_URL is set, else SQLite), loads
// a few thousand sessions, then runs autocannon with 50 connections against each list and prints
// requests/s and latency percentiles. Not a test: it prints figures (record them in docs/benchmarks.md).
//
//   npm run build && node bench/catalogue.mjs [--sessions 3000] [--seconds 10]
import { randomUUID } from 'node:crypto';
import { arg, openDatabase, print, require, withServer } from './lib.mjs';

const autocannon = require('autocannon');
const SESSIONS = arg('sessions', 3000);
const SECONDS = arg('seconds', 10);

/** Copies the demo sessions until there are SESSIONS rows, through the app's own TypeORM setup. */
async function loadSessions(env) {
  const ds = await openDatabase(env);
  const demo = await ds.query(
    'SELECT * FROM training_sessions WHERE is_demo = 1 OR is_demo = true',
  );
  const regions = ['450902', '450903', '450921', '450922', '450981', '440106', '440117', '440118'];
  const rows = [];
  for (let i = demo.length; i < SESSIONS; i++) {
    const base = demo[i % demo.length];
    const day = new Date(Date.now() + ((i % 180) + 1) * 86_400_000).toISOString().slice(0, 10);
    rows.push({
      ...base,
      id: randomUUID(),
      region_code: regions[i % regions.length],
      start_date: day,
      end_date: day,
      title: `${base.title} ${i}`,
    });
  }
  for (let i = 0; i < rows.length; i += 500) {
    await ds
      .createQueryBuilder()
      .insert()
      .into('training_sessions')
      .values(
        rows.slice(i, i + 500).map((r) => ({
          id: r.id,
          courseId: r.course_id,
          providerId: r.provider_id,
          brandCode: r.brand_code,
          occupationCode: r.occupation_code,
          title: r.title,
          regionCode: r.region_code,
          address: r.address,
          latitude: null,
          longitude: null,
          startDate: r.start_date,
          endDate: r.end_date,
          enrolOpensAt: r.enrol_opens_at,
          enrolClosesAt: r.enrol_closes_at,
          capacity: r.capacity,
          seatsTaken: 0,
          subsidised: true,
          minAttendanceRate: 0.8,
          status: 'scheduled',
          isDemo: true,
          createdBy: r.created_by,
        })),
      )
      .execute();
  }
  const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM training_sessions');
  await ds.destroy();
  return Number(n);
}

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 50, duration: SECONDS }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

await withServer(loadSessions, async (base, label, total) => {
  print(
    `database: ${label}; sessions: ${total}; 50 connections, ${SECONDS} s each; node ${process.version}`,
  );
  print('endpoint                                   req/s    p50 ms  p99 ms  errors');
  for (const path of [
    '/api/v1/brands?pageSize=20',
    '/api/v1/brands?regionCode=450900',
    '/api/v1/sessions?pageSize=20',
    '/api/v1/sessions?regionCode=450900&hasSeats=true&pageSize=20',
  ]) {
    const r = await run(base + path);
    const errors = r.errors + r.non2xx + r.timeouts;
    print(
      `${path.padEnd(42)} ${String(Math.round(r.requests.average)).padStart(6)}  ${String(r.latency.p50).padStart(7)}  ${String(r.latency.p99).padStart(6)}  ${errors}`,
    );
  }
});
