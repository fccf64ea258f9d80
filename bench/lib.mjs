// What every bench script needs: a fresh database (MariaDB when DATABASE_URL is set, else SQLite),
// the built server migrated and seeded on it (demo mode), a free port, and a line printer.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const require = createRequire(import.meta.url);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The figures go to stdout: printing them is the scripts' whole point. */
export const print = (line) => process.stdout.write(`${line}\n`);

export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Secrets of the bench's own (the server refuses the repository defaults only in production). */
export const BENCH_SECRETS = {
  JWT_ACCESS_SECRET: 'bench-access-secret-0123456789-abcdefgh',
  JWT_REFRESH_SECRET: 'bench-refresh-secret-0123456789-abcdefg',
};

export const freePort = () =>
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

/** A TypeORM DataSource on the bench database, built from the server's own options. */
export async function openDatabase(env) {
  Object.assign(process.env, env);
  const { loadConfig } = require(join(ROOT, 'server/dist/config/app-config.js'));
  const { buildDataSourceOptions } = require(
    join(ROOT, 'server/dist/database/data-source-options.js'),
  );
  const { DataSource } = require('typeorm');
  const ds = new DataSource(buildDataSourceOptions(loadConfig(process.env).get('database')));
  await ds.initialize();
  return ds;
}

/** Starts dist/main.js with `env` and waits for /health; `stop()` ends it. */
export async function startServer(env) {
  const port = await freePort();
  const server = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 80; i++) {
    const up = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

/**
 * Migrates and seeds a fresh database, lets `load(dbEnv)` add rows, starts dist/main.js, waits for
 * /health, runs `measure(baseUrl, dbLabel, loaded, serverEnv)`, then stops the server and drops the
 * database. `serverEnv` starts more instances on the same database (startServer).
 */
export async function withServer(load, measure) {
  const db = await database();
  const env = {
    ...process.env,
    ...db.env,
    ...BENCH_SECRETS,
    NODE_ENV: 'test', // demo data is what the benches read; production refuses DEMO
    DEMO: '1',
    LOG_LEVEL: 'warn',
  };
  const migrate = spawnSync(process.execPath, [join(ROOT, 'server/dist/database/migrate.js')], {
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  const loaded = await load(db.env);
  const server = await startServer(env);
  try {
    await measure(server.base, db.label, loaded, env);
  } finally {
    await server.stop();
    await db.drop();
  }
}

/** A `users` row (property names as the entity has them) for bulk inserts. */
export function userRow(id, displayName, roles, employerId = null) {
  return {
    id,
    displayName,
    phone: null,
    wechatOpenId: null,
    wechatUnionId: null,
    roles,
    status: 'active',
    regionCode: null,
    employerId,
    providerId: null,
    providerRole: null,
    deletedAt: null,
    isDemo: false,
  };
}

/** A consented `worker_profiles` row; `fields` sets regions, wants and priority group. */
export function profileRow(userId, fields = {}) {
  return {
    userId,
    realName: '压测工人',
    idNumberCipher: null,
    idNumberKeyId: null,
    idNumberHash: null,
    idNumberMasked: null,
    gender: 'female',
    birthDate: '1990-01-01',
    householdRegionCode: '450903',
    currentRegionCode: '450903',
    education: null,
    skills: [],
    wantedBrands: [],
    wantedRegionCodes: [],
    minMonthlySalary: null,
    priorityGroup: null,
    priorityConsentAt: null,
    consentVersion: '2026-11-v1',
    consentAt: new Date(),
    assistedBy: null,
    paperConsentReference: null,
    claimedAt: null,
    erasedAt: null,
    ...fields,
    ...(fields.priorityGroup ? { priorityConsentAt: new Date() } : {}),
  };
}
