import { dropTestDatabase, readTestDatabase } from './helpers/test-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.KEEP_TEST_DATABASE === '1') return;
  await dropTestDatabase(readTestDatabase());
}
