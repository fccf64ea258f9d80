import { loadConfig } from '../src/config/app-config';
import { prepareDatabase } from '../src/database/migrate';
import { createTestDatabase, testDatabaseEnv, writeTestDatabase } from './helpers/test-database';

/** One fresh database per run (MariaDB when DATABASE_URL is set, SQLite otherwise), migrated and seeded once. */
export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase(process.env.DATABASE_URL);
  writeTestDatabase(db);
  const env = {
    ...process.env,
    DATABASE_URL: undefined,
    ...testDatabaseEnv(db),
    NODE_ENV: 'test',
    DEMO: '1',
  };
  await prepareDatabase(loadConfig(env));
  process.stdout.write(
    `\n[server tests] database: ${db.kind === 'mariadb' ? new URL(db.url as string).pathname.slice(1) + ' on MariaDB/MySQL' : 'SQLite in ' + db.dataDir}\n`,
  );
}
