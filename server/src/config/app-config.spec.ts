import { ConfigError, loadConfig } from './app-config';
import { DEV_DEFAULTS } from './config.schema';

const PROD_SECRETS = {
  NODE_ENV: 'production',
  DATABASE_URL: 'mysql://app:pw@db.internal:3306/labor_brand',
  JWT_ACCESS_SECRET: 'a'.repeat(48),
  JWT_REFRESH_SECRET: 'b'.repeat(48),
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  PII_HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
  WECHAT_APP_ID: 'wx1234567890abcdef',
  WECHAT_APP_SECRET: 'c'.repeat(32),
  SMS_PROVIDER: 'http',
  SMS_API_BASE: 'https://sms.example.gov.cn',
  SMS_API_KEY: 'sms-key',
};

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('runs with no settings at all in development: SQLite under data/, demo on', () => {
    const config = loadConfig({});
    expect(config.get('port')).toBe(3000);
    expect(config.get('demo')).toBe(true);
    expect(config.get('database')).toEqual({
      type: 'better-sqlite3',
      path: expect.stringMatching(/[/\\]data[/\\]labor-brand\.sqlite$/),
    });
  });

  it('reads a MariaDB or MySQL URL as the dialect it names', () => {
    expect(
      loadConfig({ DATABASE_URL: 'mariadb://root@127.0.0.1:3306/lb' }).get('database'),
    ).toMatchObject({
      type: 'mariadb',
      database: 'lb',
    });
    expect(
      loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/lb' }).get('database'),
    ).toMatchObject({
      type: 'mysql',
    });
  });

  it('accepts a complete production environment with demo off by default', () => {
    const config = loadConfig(PROD_SECRETS);
    expect(config.get('demo')).toBe(false);
    expect(config.get('pii').encryptionKey).toHaveLength(32);
  });

  it.each(Object.keys(DEV_DEFAULTS))(
    'refuses production when %s is missing (the built-in default)',
    (key) => {
      const env: Record<string, string> = { ...PROD_SECRETS };
      delete env[key];
      const message = errorOf(env);
      expect(message).toContain(key);
      expect(message.split('\n')).toHaveLength(1);
    },
  );

  it('refuses the logging SMS provider in production (it would write login codes to the log)', () => {
    expect(errorOf({ ...PROD_SECRETS, SMS_PROVIDER: 'log' })).toMatch(/SMS_PROVIDER=log/);
  });

  it('refuses demo mode in production', () => {
    expect(errorOf({ ...PROD_SECRETS, DEMO: '1' })).toContain('DEMO');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'postgres://x@y/z'],
    ['DEMO', 'maybe'],
    ['JWT_ACCESS_SECRET', 'short'],
    ['PII_ENCRYPTION_KEY', 'dG9vLXNob3J0'],
    ['WECHAT_API_BASE', 'not a url'],
    ['NODE_ENV', 'staging'],
  ])('names %s when it is malformed (%s)', (key, value) => {
    const message = errorOf({ [key]: value });
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${key} `));
  });

  it('requires the SMS endpoint and key when the http provider is chosen', () => {
    expect(errorOf({ SMS_PROVIDER: 'http' })).toContain('SMS_API_BASE');
    expect(errorOf({ SMS_PROVIDER: 'http', SMS_API_BASE: 'https://sms.example.cn' })).toContain(
      'SMS_API_KEY',
    );
  });
});
