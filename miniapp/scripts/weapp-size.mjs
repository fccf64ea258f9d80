#!/usr/bin/env node
// Reports the WeChat build's main-package size and each sub-package's, and fails when the main package
// exceeds WeChat's 2 MB limit. Run after `npm run build:weapp`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/weapp', import.meta.url));
const LIMIT_KB = 2048;

if (!existsSync(DIST)) {
  console.error('dist/weapp is missing: run `npm run build:weapp -w miniapp` first.');
  process.exit(1);
}

function sizeOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}

const packagesDir = join(DIST, 'packages');
const subPackages = existsSync(packagesDir)
  ? readdirSync(packagesDir).map((name) => ({ name, bytes: sizeOf(join(packagesDir, name)) }))
  : [];
const mapFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.map'))
    .reduce((sum, f) => sum + statSync(join(dir, String(f))).size, 0);
const mainBytes = sizeOf(DIST) - subPackages.reduce((s, p) => s + p.bytes, 0) - mapFiles(DIST);
const kb = (b) => (b / 1024).toFixed(1);

console.log(`weapp main package: ${kb(mainBytes)} KB (limit ${LIMIT_KB} KB)`);
for (const p of subPackages)
  console.log(`  sub-package ${relative(DIST, join(packagesDir, p.name))}: ${kb(p.bytes)} KB`);
if (mainBytes / 1024 > LIMIT_KB) {
  console.error(`The main package is over WeChat's ${LIMIT_KB} KB limit.`);
  process.exit(1);
}
