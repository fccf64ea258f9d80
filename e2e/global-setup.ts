import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  createTestDatabase,
  testDatabaseEnv,
  writeTestDatabase,
} from '../server/test/helpers/test-database';
import { startFakeSmsServer } from '../server/src/dev/fake-sms-server';
import { findChromium, INSTALL_HINT } from './chromium';

const ROOT = join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        address && typeof address !== 'string'
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the built server exactly as `npm start` does (migrate + seed, then dist/main.js), on a free port
 * and a fresh database, for the browser journeys.
 */
export default async function globalSetup(): Promise<void> {
  const chrome = findChromium();
  if (!chrome) {
    process.stdout.write(`\n${INSTALL_HINT}\n`);
    process.env.LB_E2E_SKIPPED = INSTALL_HINT;
    return;
  }
  const db = await createTestDatabase(process.env.DATABASE_URL);
  writeTestDatabase(db);
  const port = await freePort();
  // SMS login goes to the fake provider; the journeys read the code from its GET /messages.
  const sms = await startFakeSmsServer();
  (globalThis as { lbFakeSms?: { close(): Promise<void> } }).lbFakeSms = sms;
  process.env.LB_E2E_SMS_URL = sms.baseUrl;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: undefined,
    ...testDatabaseEnv(db),
    NODE_ENV: 'test',
    DEMO: '1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SMS_PROVIDER: 'http',
    SMS_API_BASE: sms.baseUrl,
    SMS_API_KEY: sms.apiKey,
  };
  const migrate = spawnSync(process.execPath, [join(ROOT, 'server/dist/database/migrate.js')], {
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stderr}`);
  const server = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const ok = await fetch(`${baseUrl}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.LB_E2E_BASE_URL = baseUrl;
  process.env.LB_E2E_CHROME = chrome;
  process.env.LB_E2E_SERVER_PID = String(server.pid);
}
