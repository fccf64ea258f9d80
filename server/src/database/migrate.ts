import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { seedDemoAccounts } from '../modules/auth/demo-accounts';
import { seedRegions } from '../modules/regions/regions.seed';
import { buildDataSourceOptions } from './data-source-options';

export interface PrepareResult {
  migrationsRun: string[];
  regions: number;
  demoAccountsCreated: number;
}

/** Runs pending migrations, then loads reference data (and demo data when DEMO is on). Idempotent. */
export async function prepareDatabase(config: AppConfig): Promise<PrepareResult> {
  const dataSource = new DataSource(buildDataSourceOptions(config.get('database')));
  await dataSource.initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    return await dataSource.transaction(async (em) => ({
      migrationsRun: migrations.map((m) => m.name),
      regions: await seedRegions(em),
      demoAccountsCreated: config.get('demo') ? await seedDemoAccounts(em) : 0,
    }));
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  (async () => {
    const config = loadConfig();
    const result = await prepareDatabase(config);
    process.stdout.write(
      `数据库已就绪：执行迁移 ${result.migrationsRun.length} 个，行政区划 ${result.regions} 条，新建演示账号 ${result.demoAccountsCreated} 个\n`,
    );
  })().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : `Database preparation failed: ${String(error)}`}\n`,
    );
    process.exit(1);
  });
}
