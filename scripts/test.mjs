#!/usr/bin/env node
// `npm test`: install if needed, build, then every suite — shared unit tests, the server's unit and API
// tests against a real database (MariaDB/MySQL when DATABASE_URL is set, a fresh database per run;
// SQLite otherwise), the miniapp's unit and weapp tests, and the browser journeys in Chromium.
// Ends with one line: `N passed, N failed` (and what was skipped, never silently).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, ensureInstalled, ROOT } from './lib/setup.mjs';

const JEST = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const OUT = join(ROOT, 'artifacts', 'test-results');

const SUITES = [
  { name: 'shared (unit)', cwd: 'shared', args: [] },
  { name: 'server (unit + API)', cwd: 'server', args: ['--runInBand'] },
  { name: 'miniapp (unit)', cwd: 'miniapp', args: [] },
  { name: 'miniapp (weapp render)', cwd: 'miniapp', args: ['-c', 'jest.weapp.config.js'] },
  { name: 'browser journeys', cwd: '.', args: ['-c', 'e2e/jest.config.js', '--runInBand'] },
];

const only = process.argv.slice(2);
ensureInstalled();
if (!process.env.SKIP_BUILD) buildAll();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
for (const [i, suite] of SUITES.entries()) {
  if (only.length && !only.some((o) => suite.name.startsWith(o))) continue;
  const outputFile = join(OUT, `${i}.json`);
  console.log(`\n━━ ${suite.name} ━━`);
  const result = spawnSync(
    process.execPath,
    [JEST, ...suite.args, '--json', `--outputFile=${outputFile}`],
    {
      cwd: join(ROOT, suite.cwd),
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    },
  );
  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    totals.failed += 1;
    notes.push(`${suite.name}: did not run (exit ${result.status}) — counted as 1 failure`);
    continue;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) {
    totals.failed += report.numFailedTestSuites;
    notes.push(`${suite.name}: ${report.numFailedTestSuites} suite(s) failed to run`);
  }
  if (report.numPendingTests > 0) {
    notes.push(
      `${suite.name}: ${report.numPendingTests} skipped${
        suite.name === 'browser journeys'
          ? ' — no Chromium found: apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH'
          : ''
      }`,
    );
  }
  if (result.status !== 0 && report.numFailedTests === 0 && report.numFailedTestSuites === 0) {
    totals.failed += 1;
    notes.push(`${suite.name}: jest exited ${result.status} — counted as 1 failure`);
  }
}

console.log('\n━━ summary ━━');
for (const note of notes) console.log(`- ${note}`);
console.log(
  `database: ${process.env.DATABASE_URL ? 'MariaDB/MySQL (fresh database per run)' : 'SQLite (embedded)'}`,
);
if (totals.skipped) console.log(`SKIPPED: ${totals.skipped} test(s), see above`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
