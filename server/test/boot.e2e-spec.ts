import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

describe('booting the built server', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) {
      throw new Error(`${MAIN} is missing: build the server first (npm run build -w server)`);
    }
  });

  it('stops with one clear line naming the missing secret in production', () => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: 'mysql://app:pw@127.0.0.1:1/never_used',
        JWT_REFRESH_SECRET: 'b'.repeat(48),
        PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
        WECHAT_APP_ID: 'wx1234567890abcdef',
        WECHAT_APP_SECRET: 'c'.repeat(32),
      },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: JWT_ACCESS_SECRET /);
    expect(result.stdout).toBe('');
  });
});
