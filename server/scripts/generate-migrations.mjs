#!/usr/bin/env node
// Generates a migration for BOTH dialects from the same entities, or (--check) proves there is none to
// generate: each dialect gets a throwaway database, all existing migrations are run on it, and TypeORM's
// migration:generate compares the entities with the migrated schema.
//
//   node scripts/generate-migrations.mjs --name AddBrands   # writes src/database/migrations/{mariadb,sqlite}/<ts>-AddBrands.ts
//   node scripts/generate-migrations.mjs --check            # exits 1 if either dialect has drift
//
// MariaDB server: MIGRATION_DATABASE_SERVER, else DATABASE_URL's server, else mysql://root@127.0.0.1:3306.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPEORM_CLI = require.resolve('typeorm/cli.js');
const DATA_SOURCE = join(SERVER, 'dist', 'database', 'data-source.js');
const MIGRATIONS = join(SERVER, 'src', 'database', 'migrations');

const args = process.argv.slice(2);
const check = args.includes('--check');
const nameAt = args.indexOf('--name');
const name = nameAt >= 0 ? args[nameAt + 1] : undefined;
if (!check && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('Usage: generate-migrations.mjs --name PascalCaseName | --check');
  process.exit(2);
}

function build() {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: SERVER,
      stdio: 'inherit',
    },
  );
}

function typeorm(cliArgs, env) {
  return spawnSync(process.execPath, [TYPEORM_CLI, ...cliArgs], {
    cwd: SERVER,
    env: { ...process.env, ...env, NODE_ENV: 'development', DEMO: '0' },
    encoding: 'utf8',
  });
}

async function withMariaDb(fn) {
  const mysql = require('mysql2/promise');
  const server = new URL(
    process.env.MIGRATION_DATABASE_SERVER ??
      process.env.DATABASE_URL ??
      'mysql://root@127.0.0.1:3306/x',
  );
  server.pathname = '/';
  server.protocol = 'mysql:'; // mysql2 speaks to either server
  const db = `lb_migrations_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: server.toString() });
  await admin.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    const url = new URL(server);
    url.pathname = `/${db}`;
    // TypeORM's MariaDB dialect: with 'mysql' against a MariaDB server, generate invents changes.
    url.protocol = 'mariadb:';
    return await fn({ DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
    await admin.end();
  }
}

async function withSqlite(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'lb-migrations-'));
  try {
    return await fn({ DATABASE_URL: '', DATA_DIR: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rewrites the folder's index.ts so the app loads every migration class, in timestamp order. */
function writeIndex(dialect) {
  const folder = join(MIGRATIONS, dialect);
  const files = readdirSync(folder)
    .filter((f) => /^\d+-\w+\.ts$/.test(f))
    .sort();
  const entries = files.map((file) => {
    const match = /export class (\w+)/.exec(readFileSync(join(folder, file), 'utf8'));
    if (!match) throw new Error(`${file} exports no migration class`);
    return { file: file.replace(/\.ts$/, ''), cls: match[1] };
  });
  const constName = dialect === 'mariadb' ? 'MARIADB_MIGRATIONS' : 'SQLITE_MIGRATIONS';
  writeFileSync(
    join(folder, 'index.ts'),
    [
      '// Written by scripts/generate-migrations.mjs: every migration of this dialect, in order.',
      ...entries.map((e) => `import { ${e.cls} } from './${e.file}';`),
      '',
      `export const ${constName} = [${entries.map((e) => e.cls).join(', ')}];`,
      '',
    ].join('\n'),
  );
}

const DIALECTS = { mariadb: withMariaDb, sqlite: withSqlite };
const timestamp = Date.now();
let drift = false;

build();
for (const [dialect, withDb] of Object.entries(DIALECTS)) {
  await withDb(async (env) => {
    const run = typeorm(['migration:run', '-d', DATA_SOURCE], env);
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      throw new Error(`${dialect}: running the existing migrations failed`);
    }
    const target = join(MIGRATIONS, dialect, name ?? 'Drift');
    const gen = typeorm(
      [
        'migration:generate',
        '-d',
        DATA_SOURCE,
        '-p',
        '-t',
        String(timestamp),
        ...(check ? ['--check'] : []),
        target,
      ],
      env,
    );
    const output = (gen.stdout + gen.stderr).trim();
    if (check) {
      if (gen.status === 0) {
        console.log(`${dialect}: no schema drift (entities match the migrations)`);
      } else {
        drift = true;
        console.error(
          `${dialect}: SCHEMA DRIFT — the entities differ from the migrations:\n${output}`,
        );
      }
      return;
    }
    if (gen.status !== 0) {
      if (/No changes in database schema were found/.test(output)) {
        console.log(`${dialect}: no changes, nothing generated`);
        return;
      }
      throw new Error(`${dialect}: migration:generate failed:\n${output}`);
    }
    console.log(`${dialect}: ${output.split('\n').find((l) => l.includes('generated')) ?? output}`);
    writeIndex(dialect);
  });
}
if (!check) build();
if (drift) {
  console.error('Generate a migration: npm run migration:generate -w server -- --name WhatChanged');
  process.exit(1);
}
