import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, loadConfig } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';
import { type FakeSmsServer, startFakeSmsServer } from '../../dev/fake-sms-server';
import { PushSmsSender } from '../notifications/push-sms.sender';
import { SmsModule } from './sms.module';
import { HttpSmsSender, LogSmsSender, SMS_SENDER, type SmsSender } from './sms.sender';

const TIMEOUT_MS = 300;

async function domainCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  throw new Error('expected the call to fail');
}

describe('HttpSmsSender against the fake SMS provider', () => {
  let fake: FakeSmsServer;

  const senderWith = (env: Record<string, string> = {}) =>
    new HttpSmsSender(
      loadConfig({
        NODE_ENV: 'test',
        SMS_PROVIDER: 'http',
        SMS_API_BASE: fake.baseUrl,
        SMS_API_KEY: fake.apiKey,
        SMS_SIGN_NAME: '测试签名',
        SMS_TIMEOUT_MS: String(TIMEOUT_MS),
        ...env,
      }),
    );

  beforeAll(async () => {
    Logger.overrideLogger(false);
    fake = await startFakeSmsServer({ apiKey: 'spec-sms-key' });
  });

  afterAll(async () => {
    await fake.close();
  });

  beforeEach(() => fake.reset());

  it('sends the login code, which the provider records', async () => {
    await senderWith().sendLoginCode('13800000001', '482913');
    expect(fake.messages).toEqual([
      expect.objectContaining({
        phone: '13800000001',
        code: '482913',
        signName: '测试签名',
        template: 'login_code',
      }),
    ]);
    expect(fake.lastCodeFor('13800000001')).toBe('482913');
    expect(fake.calls[0].headers.authorization).toBe('Bearer spec-sms-key');

    const listed = (await (
      await fetch(`${fake.baseUrl}/messages?phone=13800000001`)
    ).json()) as Array<{ code: string }>;
    expect(listed.map((m) => m.code)).toEqual(['482913']);
  });

  it('the outbox’s notices go to the same provider as template notice, apart from login codes', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      SMS_PROVIDER: 'http',
      SMS_API_BASE: fake.baseUrl,
      SMS_API_KEY: fake.apiKey,
      SMS_SIGN_NAME: '测试签名',
    });
    await new PushSmsSender(config).send('13800000003', '你已被录用，请在“我的投递”查看。', 'n-1');
    expect(fake.messages).toEqual([
      expect.objectContaining({
        template: 'notice',
        text: '你已被录用，请在“我的投递”查看。',
        code: '',
      }),
    ]);
    expect(fake.lastCodeFor('13800000003')).toBeUndefined();
  });

  it('answers SMS_UNAVAILABLE when the provider refuses the key', async () => {
    const sender = senderWith({ SMS_API_KEY: 'wrong-key' });
    expect(await domainCode(sender.sendLoginCode('13800000002', '111111'))).toBe('SMS_UNAVAILABLE');
    expect(fake.messages).toHaveLength(0);
  });

  it('answers SMS_UNAVAILABLE when the provider fails with HTTP 500', async () => {
    fake.failNext({ status: 500 });
    expect(await domainCode(senderWith().sendLoginCode('13800000003', '222222'))).toBe(
      'SMS_UNAVAILABLE',
    );
    expect(fake.calls).toHaveLength(1);
    expect(fake.messages).toHaveLength(0);
  });

  it('answers SMS_UNAVAILABLE within the timeout when the provider does not answer', async () => {
    fake.failNext({ hang: true });
    const started = Date.now();
    expect(await domainCode(senderWith().sendLoginCode('13800000004', '333333'))).toBe(
      'SMS_UNAVAILABLE',
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
  });
});

describe('LogSmsSender', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs the code with the phone number masked', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    await new LogSmsSender().sendLoginCode('13800000001', '654321');
    expect(log).toHaveBeenCalledWith('短信验证码 654321 已发往 138****0001');
  });
});

describe('SmsModule', () => {
  async function senderFor(env: Record<string, string>): Promise<SmsSender> {
    const config = loadConfig({ NODE_ENV: 'test', ...env });
    const moduleRef = await Test.createTestingModule({
      imports: [
        {
          module: class ConfigForSpec {},
          global: true,
          providers: [{ provide: AppConfig, useValue: config }],
          exports: [AppConfig],
        },
        SmsModule,
      ],
    }).compile();
    return moduleRef.get<SmsSender>(SMS_SENDER);
  }

  it('chooses the sender by SMS_PROVIDER', async () => {
    expect(await senderFor({})).toBeInstanceOf(LogSmsSender);
    expect(
      await senderFor({
        SMS_PROVIDER: 'http',
        SMS_API_BASE: 'http://127.0.0.1:9',
        SMS_API_KEY: 'k',
      }),
    ).toBeInstanceOf(HttpSmsSender);
  });
});
