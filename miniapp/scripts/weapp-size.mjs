#!/usr/bin/env node
// Reports the WeChat build's main-package size (all of dist/weapp except the packages/<role>/
// sub-package folders) and each sub-package's, and fails when the main package exceeds WeChat's 2 MB
// limit. Source maps are not uploaded, so they are not counted. Run after `npm run build:weapp`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/weapp', import.meta.url));
const SUB_PACKAGES = 'packages';
const LIMIT_KB = 2048;

if (!existsSync(join(DIST, 'app.json'))) {
  console.error('dist/weapp is missing: run `npm run build:weapp` (in miniapp/) first.');
  process.exit(1);
}

/** Bytes under dir, skipping source maps and any top-level entry named in `skip`. */
function sizeOf(dir, skip = []) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name) || entry.name.endsWith('.map')) continue;
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const mainBytes = sizeOf(DIST, [SUB_PACKAGES]);
const subDir = join(DIST, SUB_PACKAGES);
const subPackages = existsSync(subDir)
  ? readdirSync(subDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ name: `${SUB_PACKAGES}/${e.name}`, bytes: sizeOf(join(subDir, e.name)) }))
  : [];

console.log(`weapp main package: ${kb(mainBytes)} KB (limit ${LIMIT_KB} KB)`);
for (const p of subPackages) console.log(`  sub-package ${p.name}: ${kb(p.bytes)} KB`);
const total = mainBytes + subPackages.reduce((sum, p) => sum + p.bytes, 0);
console.log(`  total: ${kb(total)} KB`);
if (mainBytes > LIMIT_KB * 1024) {
  console.error(`The main package is over WeChat's ${LIMIT_KB} KB limit.`);
  process.exit(1);
}
