import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { DEV_DEFAULTS, envSchema, type WechatTemplateGroup } from './config.schema';

export type NodeEnv = 'development' | 'test' | 'production';

export type DatabaseConfig =
  | { type: 'mariadb' | 'mysql'; url: string; database: string }
  | { type: 'better-sqlite3'; path: string };

/** The whole configuration, read typed. Built once at boot; a bad setting never gets this far. */
export interface AppConfigShape {
  nodeEnv: NodeEnv;
  port: number;
  demo: boolean;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  http: { corsOrigins: string[]; bodyLimitBytes: number; webRoot: string };
  database: DatabaseConfig;
  jwt: {
    accessSecret: string;
    refreshSecret: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
  };
  pii: {
    /** The key new ciphertexts are written with, and its id. */
    encryptionKeyId: string;
    encryptionKey: Buffer;
    /** Every key that can still decrypt, by id (the current one included). */
    decryptionKeys: ReadonlyMap<string, Buffer>;
    hashKey: Buffer;
  };
  wechat: {
    appId: string;
    appSecret: string;
    apiBase: string;
    timeoutMs: number;
    /** Subscribe-message template id per template group; none: no WeChat pushes. */
    templates: Partial<Record<WechatTemplateGroup, string>>;
  };
  sms: {
    provider: 'log' | 'http';
    apiBase?: string;
    apiKey?: string;
    signName: string;
    timeoutMs: number;
    ipHourlyLimit: number;
  };
  /** The outbox dispatcher (notifications/outbox-dispatcher.service.ts). */
  dispatch: {
    /** 0: the timer is off (tests call the dispatcher themselves). */
    intervalMs: number;
    batchSize: number;
    maxAttempts: number;
    claimTtlMs: number;
    retryBaseMs: number;
    retryCapMs: number;
  };
  /** Every this many minutes each instance writes tomorrow's lesson reminders; 0: never. */
  reminders: { intervalMinutes: number };
}

/** Injection token and class for the typed config. */
export class AppConfig {
  constructor(readonly values: AppConfigShape) {}

  get<K extends keyof AppConfigShape>(key: K): AppConfigShape[K] {
    return this.values[key];
  }
}

/** Thrown when the environment is unusable; main.ts prints `message` as one line and exits. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const SERVER_ROOT = resolve(__dirname, '..', '..');
const REPO_ROOT = resolve(SERVER_ROOT, '..');

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const key = issue.path.join('.') || '(environment)';
  const got = issue.code === 'invalid_type' ? 'missing or wrong type' : issue.message;
  return `Invalid configuration: ${key} ${got === issue.message ? got : `is ${got}`}`;
}

/**
 * Validates the environment and returns the typed config. Throws ConfigError naming the first bad
 * setting; production additionally refuses the repository's default secrets and demo mode.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(firstIssue(parsed.error));
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';

  if (production) {
    for (const key of Object.keys(DEV_DEFAULTS) as (keyof typeof DEV_DEFAULTS)[]) {
      if (e[key] === DEV_DEFAULTS[key]) {
        throw new ConfigError(
          `Invalid configuration: ${key} must be set to a secret of your own in production (the built-in default is refused)`,
        );
      }
    }
    if (e.DEMO === true) {
      throw new ConfigError('Invalid configuration: DEMO cannot be on when NODE_ENV=production');
    }
    if (!e.DATABASE_URL) {
      throw new ConfigError(
        'Invalid configuration: DATABASE_URL is required in production (MySQL or MariaDB)',
      );
    }
  }
  if (production && e.SMS_PROVIDER === 'log') {
    throw new ConfigError(
      'Invalid configuration: SMS_PROVIDER=log writes login codes to the log and is refused in production; set SMS_PROVIDER=http with SMS_API_BASE and SMS_API_KEY',
    );
  }
  if (e.SMS_PROVIDER === 'http' && (!e.SMS_API_BASE || !e.SMS_API_KEY)) {
    throw new ConfigError(
      `Invalid configuration: ${e.SMS_API_BASE ? 'SMS_API_KEY' : 'SMS_API_BASE'} is required when SMS_PROVIDER=http`,
    );
  }

  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(REPO_ROOT, e.DATA_DIR);
  let database: DatabaseConfig;
  if (e.DATABASE_URL) {
    const url = new URL(e.DATABASE_URL);
    database = {
      type: url.protocol === 'mysql:' ? 'mysql' : 'mariadb',
      url: e.DATABASE_URL,
      database: url.pathname.slice(1),
    };
  } else {
    database = { type: 'better-sqlite3', path: join(dataDir, 'labor-brand.sqlite') };
  }

  return new AppConfig({
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    demo: e.DEMO ?? !production,
    dataDir,
    logLevel: e.LOG_LEVEL,
    http: {
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      webRoot: e.WEB_ROOT ? resolve(e.WEB_ROOT) : resolve(REPO_ROOT, 'miniapp', 'dist', 'h5'),
    },
    database,
    jwt: {
      accessSecret: e.JWT_ACCESS_SECRET,
      refreshSecret: e.JWT_REFRESH_SECRET,
      accessTtlSeconds: e.JWT_ACCESS_TTL,
      refreshTtlSeconds: e.JWT_REFRESH_TTL,
    },
    pii: piiConfig(
      e.PII_ENCRYPTION_KEY_ID,
      e.PII_ENCRYPTION_KEY,
      e.PII_PREVIOUS_KEYS,
      e.PII_HASH_KEY,
    ),
    wechat: {
      appId: e.WECHAT_APP_ID,
      appSecret: e.WECHAT_APP_SECRET,
      apiBase: e.WECHAT_API_BASE.replace(/\/+$/, ''),
      timeoutMs: e.WECHAT_TIMEOUT_MS,
      templates: e.WECHAT_TEMPLATES,
    },
    sms: {
      provider: e.SMS_PROVIDER,
      apiBase: e.SMS_API_BASE?.replace(/\/+$/, ''),
      apiKey: e.SMS_API_KEY,
      signName: e.SMS_SIGN_NAME,
      timeoutMs: e.SMS_TIMEOUT_MS,
      ipHourlyLimit: e.SMS_IP_HOURLY_LIMIT,
    },
    dispatch: {
      intervalMs: e.DISPATCH_INTERVAL_MS,
      batchSize: e.DISPATCH_BATCH_SIZE,
      maxAttempts: e.DISPATCH_MAX_ATTEMPTS,
      claimTtlMs: e.DISPATCH_CLAIM_TTL_MS,
      retryBaseMs: e.DISPATCH_RETRY_BASE_MS,
      retryCapMs: Math.max(e.DISPATCH_RETRY_CAP_MS, e.DISPATCH_RETRY_BASE_MS),
    },
    reminders: { intervalMinutes: e.REMINDER_INTERVAL_MINUTES },
  });
}

function piiConfig(
  keyId: string,
  key: string,
  previous: string,
  hashKey: string,
): AppConfigShape['pii'] {
  const encryptionKey = Buffer.from(key, 'base64');
  const decryptionKeys = new Map<string, Buffer>();
  for (const pair of previous.split(',').filter(Boolean)) {
    const [id, value] = pair.split(':');
    decryptionKeys.set(id, Buffer.from(value, 'base64'));
  }
  decryptionKeys.set(keyId, encryptionKey);
  return {
    encryptionKeyId: keyId,
    encryptionKey,
    decryptionKeys,
    hashKey: Buffer.from(hashKey, 'base64'),
  };
}
