import { z } from 'zod';

/** Values that ship in the repository; production refuses to boot with any of them. */
export const DEV_DEFAULTS = {
  JWT_ACCESS_SECRET: 'dev-access-secret-change-me-0123456789',
  JWT_REFRESH_SECRET: 'dev-refresh-secret-change-me-0123456789',
  // 32 bytes, base64: the key that encrypts ID numbers at rest.
  PII_ENCRYPTION_KEY: 'ZGV2LXBpaS1rZXktMzItYnl0ZXMtY2hhbmdlLW1lISE=',
  // 32 bytes, base64: the HMAC key for ID-number look-up hashes and SMS code hashes.
  PII_HASH_KEY: 'ZGV2LWhhc2gta2V5LTMyLWJ5dGVzLWNoYW5nZS1tZSE=',
  WECHAT_APP_ID: 'wx-dev-appid',
  WECHAT_APP_SECRET: 'wx-dev-secret',
} as const;

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'], {
    error: 'must be one of 1/0/true/false/on/off/yes/no',
  })
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n > 0 && n <= max, `must be between 1 and ${max}`);

/** A whole number from 0 (0 meaning off) to `max`. */
const wholeNumber = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n <= max, `must be between 0 and ${max}`);

/**
 * The WeChat subscribe-message templates the operator picks in the mini-program console, one per
 * group of events (see notifications/push-templates.ts for which events use which, and the fields
 * each template must have). A group left out sends nothing over WeChat.
 */
export const WECHAT_TEMPLATE_GROUPS = [
  'enrolment',
  'session',
  'certification',
  'application',
  'recommendation',
] as const;
export type WechatTemplateGroup = (typeof WECHAT_TEMPLATE_GROUPS)[number];

const templateId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'template ids must be 1-64 letters, digits, _ or -');

const wechatTemplatesSchema = z.strictObject({
  enrolment: templateId.optional(),
  session: templateId.optional(),
  certification: templateId.optional(),
  application: templateId.optional(),
  recommendation: templateId.optional(),
} satisfies Record<WechatTemplateGroup, z.ZodType>);

/** `{"enrolment":"tplA",…}` → the map; anything else is a boot error naming the setting. */
const wechatTemplates = z
  .string()
  .default('{}')
  .transform((text, ctx): Partial<Record<WechatTemplateGroup, string>> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a JSON object like {"enrolment":"<template id>"}',
      });
      return z.NEVER;
    }
    const result = wechatTemplatesSchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      ctx.addIssue({
        code: 'custom',
        message: `must map ${WECHAT_TEMPLATE_GROUPS.join('/')} to template ids (${issue.path.join('.') || 'value'}: ${issue.message})`,
      });
      return z.NEVER;
    }
    return result.data;
  });

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** The environment, as strings, validated; `loadConfig` turns it into the typed AppConfig. */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'must be development, test or production',
    })
    .default('development'),
  PORT: positiveInt(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_]+(\?.*)?$/, {
      message: 'must look like mysql://user:pass@host:3306/database',
    })
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  DEMO: booleanFlag.optional(),
  JWT_ACCESS_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default(DEV_DEFAULTS.JWT_ACCESS_SECRET),
  JWT_REFRESH_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default(DEV_DEFAULTS.JWT_REFRESH_SECRET),
  JWT_ACCESS_TTL: positiveInt(86_400).default(900),
  JWT_REFRESH_TTL: positiveInt(90 * 86_400).default(30 * 86_400),
  PII_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .default(DEV_DEFAULTS.PII_ENCRYPTION_KEY),
  /** Id stored beside each ciphertext, so keys can be rotated. */
  PII_ENCRYPTION_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}$/, 'must be 1-16 letters, digits, _ or -')
    .default('k1'),
  /** Older keys still needed to read old ciphertexts: `id:base64key,id:base64key`. */
  PII_PREVIOUS_KEYS: z
    .string()
    .refine(
      (v) =>
        v
          .split(',')
          .filter(Boolean)
          .every(
            (pair) =>
              /^[A-Za-z0-9_-]{1,16}:/.test(pair) &&
              Buffer.from(pair.split(':')[1] ?? '', 'base64').length === 32,
          ),
      'must be a comma-separated list of id:base64key with 32-byte keys',
    )
    .default(''),
  PII_HASH_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .default(DEV_DEFAULTS.PII_HASH_KEY),
  WECHAT_APP_ID: z.string().min(1).default(DEV_DEFAULTS.WECHAT_APP_ID),
  WECHAT_APP_SECRET: z.string().min(1).default(DEV_DEFAULTS.WECHAT_APP_SECRET),
  WECHAT_API_BASE: httpUrl.default('https://api.weixin.qq.com'),
  WECHAT_TIMEOUT_MS: positiveInt(60_000).default(5000),
  SMS_PROVIDER: z.enum(['log', 'http'], { error: 'must be log or http' }).default('log'),
  SMS_API_BASE: httpUrl.optional(),
  SMS_API_KEY: z.string().min(1).optional(),
  SMS_SIGN_NAME: z.string().min(1).default('劳务品牌服务平台'),
  SMS_TIMEOUT_MS: positiveInt(60_000).default(5000),
  /** Codes one IP address may ask for per hour (all phones together). */
  SMS_IP_HOURLY_LIMIT: positiveInt(100_000).default(30),
  /** JSON: template group → WeChat subscribe-message template id; empty turns the WeChat channel off. */
  WECHAT_TEMPLATES: wechatTemplates,
  /** Milliseconds between outbox dispatcher runs on each instance; 0 turns it off (tests). */
  DISPATCH_INTERVAL_MS: wholeNumber(3_600_000).default(2000),
  /** Rows one dispatcher run claims at most. */
  DISPATCH_BATCH_SIZE: positiveInt(500).default(20),
  /** Delivery attempts before a row is `failed`. */
  DISPATCH_MAX_ATTEMPTS: positiveInt(50).default(5),
  /** How long a claim holds; a crashed instance's rows are taken again after it. */
  DISPATCH_CLAIM_TTL_MS: positiveInt(3_600_000).default(120_000),
  /** Retry backoff: base · 2^(attempt-1), at most the cap, ±20 % jitter. */
  DISPATCH_RETRY_BASE_MS: positiveInt(3_600_000).default(30_000),
  DISPATCH_RETRY_CAP_MS: positiveInt(86_400_000).default(3_600_000),
  /** Minutes between runs of the "lesson tomorrow" reminders; 0 turns them off (tests). */
  REMINDER_INTERVAL_MINUTES: wholeNumber(24 * 60).default(30),
  CORS_ORIGINS: z.string().default(''),
  BODY_LIMIT_BYTES: positiveInt(50 * 1024 * 1024).default(1024 * 1024),
  WEB_ROOT: z.string().min(1).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be a pino level or silent',
    })
    .default('info'),
});

export type Env = z.infer<typeof envSchema>;
