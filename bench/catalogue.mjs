#!/usr/bin/env node
// Throughput and latency of the public brand and session lists, as a worker's phone calls them.
// Starts the built server on a fresh database (MariaDB when DATABASE_URL is set, else SQLite), loads
// a few thousand sessions, then runs autocannon with 50 connections against each list and prints
// requests/s and latency percentiles. Not a test: it prints figures (record them in docs/benchmarks.md).
//
//   npm run build && node bench/catalogue.mjs [--sessions 3000] [--seconds 10]
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SESSIONS = arg('sessions', 3000);
/** The figures go to stdout: this script's whole point is to print them. */
const print = (line) => process.stdout.write(`${line}\n`);
const SECONDS = arg('seconds', 10);

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function database() {
  if (!process.env.DATABASE_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'lb-bench-'));
    return {
      env: { DATABASE_URL: '', DATA_DIR: dir },
      label: 'SQLite',
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const mysql = require('mysql2/promise');
  const server = new URL(process.env.DATABASE_URL);
  const name = `lb_bench_${Date.now()}`;
  const adminUrl = `mysql://${server.username ? `${server.username}@` : ''}${server.host}/`;
  const admin = await mysql.createConnection({ uri: adminUrl });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    label: 'MariaDB',
    drop: async () => {
      const c = await mysql.createConnection({ uri: adminUrl });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

/** Copies the demo sessions until there are SESSIONS rows, through the app's own TypeORM setup. */
async function loadSessions(env) {
  Object.assign(process.env, env);
  const { loadConfig } = require(join(ROOT, 'server/dist/config/app-config.js'));
  const { buildDataSourceOptions } = require(
    join(ROOT, 'server/dist/database/data-source-options.js'),
  );
  const { DataSource } = require('typeorm');
  const ds = new DataSource(buildDataSourceOptions(loadConfig(process.env).get('database')));
  await ds.initialize();
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

const db = await database();
const port = await freePort();
const env = {
  ...process.env,
  ...db.env,
  NODE_ENV: 'production',
  DEMO: '1',
  PORT: String(port),
  LOG_LEVEL: 'warn',
  JWT_ACCESS_SECRET: 'bench-access-secret-0123456789-abcdefgh',
  JWT_REFRESH_SECRET: 'bench-refresh-secret-0123456789-abcdefg',
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  PII_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
  WECHAT_APP_ID: 'wx-bench',
  WECHAT_APP_SECRET: 'bench-secret',
  SMS_PROVIDER: 'http',
  SMS_API_BASE: 'http://127.0.0.1:9',
  SMS_API_KEY: 'x',
};
// Demo data is what the bench reads, so it runs with NODE_ENV=test (production refuses DEMO).
env.NODE_ENV = 'test';
const migrate = spawnSync(process.execPath, [join(ROOT, 'server/dist/database/migrate.js')], {
  env,
  encoding: 'utf8',
});
if (migrate.status !== 0) throw new Error(migrate.stderr);
const total = await loadSessions(db.env);
const server = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 80; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  print(
    `database: ${db.label}; sessions: ${total}; 50 connections, ${SECONDS} s each; node ${process.version}`,
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
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await db.drop();
}
