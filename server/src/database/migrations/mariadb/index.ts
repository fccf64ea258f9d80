// Written by scripts/generate-migrations.mjs: every migration of this dialect, in order.
export const MARIADB_MIGRATIONS = [];
