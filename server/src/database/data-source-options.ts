import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MARIADB_MIGRATIONS } from './migrations/mariadb';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** TypeORM options for the configured database. Schema changes only through migrations. */
export function buildDataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  if (db.type === 'better-sqlite3') {
    mkdirSync(dirname(db.path), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: db.path,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      synchronize: false,
      migrationsRun: false,
      prepareDatabase: (handle: { pragma: (sql: string) => unknown }) => {
        handle.pragma('journal_mode = WAL');
        handle.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    type: db.type,
    url: db.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    entities: ENTITIES,
    migrations: MARIADB_MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    extra: { connectionLimit: 10 },
  };
}
