#!/usr/bin/env node
// Recommendations and pushes at scale (issue 6). Loads N worker profiles and M open postings
// (bench/jobs-data.mjs), then measures:
//   1. a job opening: POST …/open answers once its recommendations and outbox rows are written
//      (the trigger runs inside the request), timed per job with the pushes it wrote;
//   2. the daily "≥3" pass, run in-process on the built service, twice (the second adds nothing);
//   3. the outbox dispatcher draining K WeChat pushes against a local fake WeChat server, with one
//      and then two server instances, checking every push arrived exactly once.
// Not a test; record the figures in docs/benchmarks.md.
//
//   npm run build && node bench/recommendations.mjs [--workers 100000] [--jobs 5000]
//        [--openings 5] [--messages 3000] [--latency 20]
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/x … runs it on MariaDB (SQLite otherwise).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { loadLabourMarket } from './jobs-data.mjs';
import {
  BENCH_SECRETS,
  ROOT,
  arg,
  openDatabase,
  print,
  require,
  startServer,
  userRow,
  withServer,
} from './lib.mjs';

const WORKERS = arg('workers', 100_000);
const JOBS = arg('jobs', 5_000);
const OPENINGS = arg('openings', 5);
const MESSAGES = arg('messages', 3_000);
const LATENCY_MS = arg('latency', 20);
const TEMPLATE = 'tpl-bench-recommendation';

// The scheduled jobs stay off in the measured instance: the bench runs the pass itself, and the
// dispatcher instances of step 3 are started on purpose.
process.env.REMINDER_INTERVAL_MINUTES = '0';
process.env.DISPATCH_INTERVAL_MS = '0';

const jwt = require('jsonwebtoken');
const seconds = (ms) => (ms / 1000).toFixed(1);
const chinaDay = (offset) =>
  new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

async function load(env) {
  const ds = await openDatabase(env);
  const started = performance.now();
  const market = await loadLabourMarket(ds, { workers: WORKERS, jobs: JOBS });
  // The bench employer's staff account, and drafts in different trades that welcome trainees and
  // ask for no certificate: the widest set of candidates a posting can have.
  const staffId = randomUUID();
  await ds
    .createQueryBuilder()
    .insert()
    .into('users')
    .values(userRow(staffId, '压测招聘专员', ['employer'], market.employerIds[0]))
    .execute();
  const occupations = [...new Map(market.trades.map((t) => [t.occupation, t])).values()];
  const drafts = occupations.slice(0, OPENINGS).map((t, i) => ({
    id: randomUUID(),
    employerId: market.employerIds[0],
    title: `压测新岗位${i}`,
    brandCode: t.brand.code,
    occupationCode: t.occupation,
    regionCode: '450903',
    address: '压测地址',
    salaryMin: 4000,
    salaryMax: 6000,
    headcount: 10,
    hires: 0,
    requiredCertificateType: null,
    requiredCertificateLevel: null,
    acceptsTrainees: true,
    accommodation: true,
    meals: true,
    workingHours: '8:00–17:30',
    description: '压测岗位',
    status: 'draft',
    closesOn: chinaDay(30),
    openedAt: null,
    closedAt: null,
    isDemo: false,
    createdBy: staffId,
  }));
  await ds.createQueryBuilder().insert().into('job_postings').values(drafts).execute();
  await ds.destroy();
  const token = jwt.sign({ sub: staffId, typ: 'access' }, BENCH_SECRETS.JWT_ACCESS_SECRET, {
    expiresIn: 3600,
  });
  return { ...market, env, drafts, token, loadMs: performance.now() - started };
}

async function count(ds, sql, params = []) {
  const [row] = await ds.query(sql, params);
  return Number(Object.values(row)[0]);
}

/** 1. Opening each draft through the API. */
async function measureOpenings(base, loaded) {
  print('');
  print('job opening (POST /employer/jobs/:id/open, recommendations written inside the request):');
  print('occupation                      ms  recommendations  outbox rows');
  const ds = await openDatabase(loaded.env);
  for (const draft of loaded.drafts) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/v1/employer/jobs/${draft.id}/open`, {
      method: 'POST',
      headers: { authorization: `Bearer ${loaded.token}` },
    });
    await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (res.status !== 200 && res.status !== 201) throw new Error(`open answered ${res.status}`);
    const recommendations = await count(
      ds,
      'SELECT COUNT(*) AS n FROM recommendations WHERE job_id = ?',
      [draft.id],
    );
    const outbox = await count(
      ds,
      'SELECT COUNT(*) AS n FROM notifications WHERE dedupe_key LIKE ?',
      [`recommendation:%:${draft.id}`],
    );
    print(
      `${draft.occupationCode.padEnd(28)} ${String(Math.round(ms)).padStart(5)}  ${String(recommendations).padStart(15)}  ${String(outbox).padStart(11)}`,
    );
  }
  await ds.destroy();
}

/** How many of these workers are in a priority group. */
async function countPriority(ds, workerIds) {
  let n = 0;
  for (let i = 0; i < workerIds.length; i += 500) {
    const part = workerIds.slice(i, i + 500);
    if (!part.length) break;
    n += await count(
      ds,
      `SELECT COUNT(*) AS n FROM worker_profiles WHERE priority_group IS NOT NULL AND user_id IN (${part.map(() => '?').join(',')})`,
      part,
    );
  }
  return n;
}

/** 2. The daily pass, in-process on the built service (the same code the scheduled job runs). */
async function measureDailyPass(loaded) {
  Object.assign(process.env, loaded.serverEnv);
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require(join(ROOT, 'server/dist/app.module.js'));
  const { loadConfig } = require(join(ROOT, 'server/dist/config/app-config.js'));
  const { RecommendationsService } = require(
    join(ROOT, 'server/dist/modules/recommendations/recommendations.service.js'),
  );
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig()), {
    logger: false,
  });
  const service = app.get(RecommendationsService);
  const { DataSource } = require('typeorm');
  print('');
  print('daily pass (RecommendationsService.dailyPass):');
  print('run   seconds  trainees  covered  pushed  short of 3  of them priority');
  for (const run of [1, 2]) {
    const t0 = performance.now();
    const result = await service.dailyPass();
    const priorityShort = await countPriority(
      app.get(DataSource),
      result.shortfall.map((r) => r.workerId),
    );
    print(
      `${String(run).padEnd(4)} ${seconds(performance.now() - t0).padStart(8)}  ${String(result.trainees).padStart(8)}  ${String(result.covered).padStart(7)}  ${String(result.pushed).padStart(6)}  ${String(result.shortfall.length).padStart(10)}  ${String(priorityShort).padStart(16)}`,
    );
  }
  await app.close();
}

/** A WeChat stand-in: stable tokens, and subscribe sends answered after `latency` ms. */
function fakeWechat(latency) {
  const received = new Map();
  let total = 0;
  let lastAt = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const reply = (json) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(json));
      };
      if (req.url.startsWith('/cgi-bin/stable_token')) {
        reply({ access_token: 'bench-token', expires_in: 7200 });
        return;
      }
      const nid = /[?&]nid=([^&"]+)/.exec(JSON.parse(body).page ?? '')?.[1] ?? 'none';
      setTimeout(() => {
        received.set(nid, (received.get(nid) ?? 0) + 1);
        total += 1;
        lastAt = performance.now();
        reply({ errcode: 0, errmsg: 'ok' });
      }, latency);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${server.address().port}`,
        received,
        total: () => total,
        lastAt: () => lastAt,
        reset: () => {
          received.clear();
          total = 0;
        },
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}

/**
 * 3. Dispatcher throughput: K recommendation pushes (rows the daily pass wrote) are made due at
 * once for workers with a WeChat openid and a credit each; 1 then 2 instances drain them.
 */
async function measureDispatch(loaded) {
  const ds = await openDatabase(loaded.env);
  const fake = await fakeWechat(LATENCY_MS);
  const rows = await ds.query(
    `SELECT id, user_id AS userId FROM notifications WHERE kind = 'job.recommended' AND status = 'pending' LIMIT ${2 * MESSAGES}`,
  );
  // everything else stays out of the way
  await ds.query(`UPDATE notifications SET status = 'skipped' WHERE status = 'pending'`);
  const instanceEnv = {
    ...loaded.serverEnv,
    DEMO: '0',
    DISPATCH_INTERVAL_MS: '100',
    WECHAT_API_BASE: fake.base,
    WECHAT_APP_ID: 'wx00000000bench000',
    WECHAT_APP_SECRET: 'b'.repeat(32),
    WECHAT_TEMPLATES: JSON.stringify({ recommendation: TEMPLATE }),
  };
  print('');
  print(
    `outbox dispatcher, ${LATENCY_MS} ms per WeChat answer, batch ${process.env.DISPATCH_BATCH_SIZE ?? 20}:`,
  );
  print('instances  pushes  seconds  pushes/s  delivered once  duplicates  missing');
  for (const [round, instances] of [1, 2].entries()) {
    const mine = rows.slice(round * MESSAGES, (round + 1) * MESSAGES);
    if (mine.length < MESSAGES) {
      print(`(only ${rows.length} recommendation rows to push; run with more workers)`);
      break;
    }
    const credits = new Map();
    for (const r of mine) credits.set(r.userId, (credits.get(r.userId) ?? 0) + 1);
    for (const [userId, n] of credits) {
      await ds.query(`UPDATE users SET wechat_openid = ? WHERE id = ?`, [`o-${userId}`, userId]);
      await ds.query(`DELETE FROM wechat_subscriptions WHERE user_id = ?`, [userId]);
      await ds
        .createQueryBuilder()
        .insert()
        .into('wechat_subscriptions')
        .values({ id: randomUUID(), userId, templateId: TEMPLATE, credits: n })
        .execute();
    }
    const servers = [];
    for (let i = 0; i < instances; i++) servers.push(await startServer(instanceEnv));
    fake.reset();
    const ids = mine.map((r) => r.id);
    const t0 = performance.now();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      await ds.query(
        `UPDATE notifications SET status = 'pending', next_attempt_at = NULL WHERE id IN (${part.map(() => '?').join(',')})`,
        part,
      );
    }
    const deadline = Date.now() + 30 * 60_000;
    while (fake.total() < MESSAGES && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // a moment more, in case anything is sent twice
    await new Promise((r) => setTimeout(r, 1500));
    const elapsed = fake.lastAt() - t0;
    for (const s of servers) await s.stop();
    const once = ids.filter((id) => fake.received.get(id) === 1).length;
    const duplicates = [...fake.received.values()].filter((n) => n > 1).length;
    print(
      `${String(instances).padStart(9)}  ${String(MESSAGES).padStart(6)}  ${seconds(elapsed).padStart(7)}  ${String(Math.round(MESSAGES / (elapsed / 1000))).padStart(8)}  ${String(once).padStart(14)}  ${String(duplicates).padStart(10)}  ${String(ids.length - once).padStart(7)}`,
    );
  }
  await fake.close();
  await ds.destroy();
}

await withServer(load, async (base, label, loaded, serverEnv) => {
  loaded.serverEnv = serverEnv;
  print(
    `database: ${label}; ${loaded.workers} workers (${loaded.trainees} trained in the last year, ${loaded.certified} certified, ${loaded.priority} priority), ${loaded.jobs} open jobs from ${loaded.employers} employers, ${loaded.sessions} classes; node ${process.version}`,
  );
  print(`loaded in ${seconds(loaded.loadMs)} s`);
  await measureOpenings(base, loaded);
  await measureDailyPass(loaded);
  await measureDispatch(loaded);
});
