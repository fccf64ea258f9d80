// Written by scripts/generate-migrations.mjs: every migration of this dialect, in order.
import { Init1795351249274 } from './1795351249274-Init';

export const SQLITE_MIGRATIONS = [Init1795351249274];
