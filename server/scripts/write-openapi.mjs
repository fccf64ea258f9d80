#!/usr/bin/env node
// Writes the OpenAPI document the server publishes at /docs-json to docs/openapi.json (committed), or
// with --check fails when the committed file is stale. Needs the server built (dist/).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = join(SERVER, '..', 'docs', 'openapi.json');
const check = process.argv.includes('--check');

const { loadConfig } = require(join(SERVER, 'dist', 'config', 'app-config.js'));
const { createApp, buildOpenApiDocument } = require(join(SERVER, 'dist', 'app.factory.js'));

const dataDir = mkdtempSync(join(tmpdir(), 'lb-openapi-'));
let app;
try {
  app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO: '1' }));
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(TARGET, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (committed !== text) {
      console.error(
        'docs/openapi.json is stale: run `npm run openapi -w server` and commit the result.',
      );
      process.exitCode = 1;
    } else {
      console.log('docs/openapi.json is up to date');
    }
  } else {
    writeFileSync(TARGET, text);
    console.log(`wrote ${TARGET}`);
  }
} finally {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
}
