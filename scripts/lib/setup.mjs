// Shared by `npm start` and `npm test`: install when needed, build, prepare the database, run the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** Installs dependencies when node_modules is missing (npm ci from the lockfile). */
export function ensureInstalled() {
  if (existsSync(join(ROOT, 'node_modules', '.package-lock.json'))) return;
  console.log('» 首次运行：安装依赖…');
  try {
    run(NPM, ['ci', '--no-audit', '--no-fund']);
  } catch {
    // npm 11 may refuse this lockfile in `npm ci` (nested @swc/core platform packages); install from it instead.
    run(NPM, ['install', '--no-audit', '--no-fund']);
  }
}

/** Builds shared, the server and the miniapp (turbo caches what did not change). */
export function buildAll() {
  console.log('» 构建 shared、服务端与小程序（H5 与微信小程序）…');
  run(process.execPath, [
    join(ROOT, 'node_modules', 'turbo', 'bin', 'turbo'),
    'run',
    'build',
    '--output-logs=errors-only',
  ]);
}

/** Runs migrations and loads reference (and demo) data on the configured database. */
export function prepareDatabase(env) {
  run(process.execPath, [join(ROOT, 'server', 'dist', 'database', 'migrate.js')], { env });
}

/** Starts the built server; resolves with the child once /health answers. */
export async function startServer(env, { stdio = 'inherit', timeoutMs = 60000 } = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'server', 'dist', 'main.js')], {
    cwd: ROOT,
    env,
    stdio,
  });
  const port = env.PORT ?? '3000';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`the server did not answer on port ${port} within ${timeoutMs / 1000}s`);
}
