import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/** Where this test run's throwaway database lives; written by global-setup, read by the tests. */
export interface TestDatabase {
  kind: 'mariadb' | 'sqlite';
  /** For MariaDB: the URL of the fresh database. */
  url?: string;
  /** For SQLite: the folder used as DATA_DIR. */
  dataDir?: string;
}

const ENV_KEY = 'LB_TEST_DATABASE';

export function readTestDatabase(): TestDatabase {
  const raw = process.env[ENV_KEY];
  if (!raw)
    throw new Error(
      'The test database was not prepared: run the tests through jest (global-setup).',
    );
  return JSON.parse(raw) as TestDatabase;
}

export function writeTestDatabase(db: TestDatabase): void {
  process.env[ENV_KEY] = JSON.stringify(db);
}

/** Creates a fresh, empty database for this run: a new schema on the MariaDB server, or a temp SQLite folder. */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (!serverUrl) return { kind: 'sqlite', dataDir: mkdtempSync(join(tmpdir(), 'lb-test-')) };
  const url = new URL(serverUrl);
  const name = `lb_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = await createConnection({
    uri: `mysql://${url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : ''}${url.host}/`,
  });
  try {
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return { kind: 'mariadb', url: url.toString() };
}

export async function dropTestDatabase(db: TestDatabase): Promise<void> {
  if (db.kind === 'sqlite') {
    if (db.dataDir) rmSync(db.dataDir, { recursive: true, force: true });
    return;
  }
  const url = new URL(db.url as string);
  const name = url.pathname.slice(1);
  url.pathname = '/';
  url.protocol = 'mysql:';
  const admin = await createConnection({ uri: url.toString() });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await admin.end();
  }
}

/** The environment that points the server at the test database. */
export function testDatabaseEnv(db: TestDatabase): Record<string, string> {
  return db.kind === 'mariadb'
    ? { DATABASE_URL: db.url as string }
    : { DATA_DIR: db.dataDir as string };
}
