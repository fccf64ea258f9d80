import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { seedDemoAccounts } from '../modules/auth/demo-accounts';
import {
  type CatalogueSeedResult,
  seedCatalogue,
  seedDemoAffiliates,
} from '../modules/brands/brands.seed';
import { seedDemoTraining } from '../modules/training/training.seed';
import { seedRegions } from '../modules/regions/regions.seed';
import { PiiCipher } from '../common/pii-cipher';
import { buildDataSourceOptions } from './data-source-options';
import { seedDemoJobs } from './demo-jobs.seed';
import { seedDemoJourneys } from './demo-journeys.seed';

export interface PrepareResult {
  migrationsRun: string[];
  regions: number;
  demoAccountsCreated: number;
  catalogue: CatalogueSeedResult;
  demoAffiliates: number;
  demoSessions: number;
  demoJourneys: number;
  demoJobs: number;
}

/** Runs pending migrations, then loads reference data (and demo data when DEMO is on). Idempotent. */
export async function prepareDatabase(config: AppConfig): Promise<PrepareResult> {
  const dataSource = new DataSource(buildDataSourceOptions(config.get('database')));
  await dataSource.initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    const demo = config.get('demo');
    return await dataSource.transaction(async (em) => ({
      migrationsRun: migrations.map((m) => m.name),
      regions: await seedRegions(em),
      catalogue: await seedCatalogue(em),
      demoAccountsCreated: demo ? await seedDemoAccounts(em) : 0,
      demoAffiliates: demo ? await seedDemoAffiliates(em) : 0,
      demoSessions: demo ? await seedDemoTraining(em, new Date()) : 0,
      demoJourneys: demo ? await seedDemoJourneys(em, new Date(), new PiiCipher(config)) : 0,
      demoJobs: demo ? await seedDemoJobs(em, new Date()) : 0,
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
      `数据库已就绪：执行迁移 ${result.migrationsRun.length} 个，行政区划 ${result.regions} 条，新增品牌 ${result.catalogue.brands} 个、培训职业 ${result.catalogue.occupations} 个，新建演示账号 ${result.demoAccountsCreated} 个、演示班次 ${result.demoSessions} 个\n`,
    );
  })().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : `Database preparation failed: ${String(error)}`}\n`,
    );
    process.exit(1);
  });
}
