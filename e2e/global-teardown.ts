import { dropTestDatabase, readTestDatabase } from '../server/test/helpers/test-database';

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.LB_E2E_SERVER_PID);
  if (pid) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await (globalThis as { lbFakeSms?: { close(): Promise<void> } }).lbFakeSms?.close();
  if (process.env.LB_TEST_DATABASE) await dropTestDatabase(readTestDatabase());
}
