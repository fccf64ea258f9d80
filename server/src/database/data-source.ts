import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

/** The data source the TypeORM CLI uses (migration:generate / run), built from the same config. */
export const dataSource = new DataSource(buildDataSourceOptions(loadConfig().get('database')));
