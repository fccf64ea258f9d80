import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { readTestDatabase, testDatabaseEnv } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Base URL of the running server, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** A separate connection to the same database, to check what was (not) written. */
  db: DataSource;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    ...testDatabaseEnv(readTestDatabase()),
    NODE_ENV: 'test',
    DEMO: '1',
    LOG_LEVEL: 'silent',
    // tests call the reminders themselves, with the time they need
    REMINDER_INTERVAL_MINUTES: '0',
    // and run the outbox dispatcher themselves
    DISPATCH_INTERVAL_MS: '0',
    ...overrides,
  };
  return loadConfig(env);
}

/** Starts the real server over HTTP on a free port, against this run's test database. */
export async function startTestApp(
  overrides: Record<string, string | undefined> = {},
): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const db = new DataSource(buildDataSourceOptions(config.get('database')));
  await db.initialize();
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}`,
    db,
    async close() {
      await db.destroy();
      await app.close();
    },
  };
}

export interface JsonResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * The client address this test file's calls come from (sent as X-Forwarded-For; the server trusts
 * the proxy header): limits counted per address in the database — SMS per hour, certificate checks
 * per minute — then belong to one file, not to every file of the run that happens to share a minute.
 */
export const TEST_CLIENT_ADDRESS = `10.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 250)}`;

/** fetch + JSON, for readable API tests. */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  options: {
    body?: unknown;
    token?: string;
    headers?: Record<string, string>;
    rawBody?: string;
  } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-forwarded-for': TEST_CLIENT_ADDRESS,
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: the test sees the raw text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}
