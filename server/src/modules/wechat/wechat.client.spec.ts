import { Logger } from '@nestjs/common';
import { loadConfig } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';
import {
  FAKE_WECHAT_PATHS,
  type FakeWechatServer,
  startFakeWechatServer,
} from '../../dev/fake-wechat-server';
import { WechatClient, WechatSendError } from './wechat.client';

const TIMEOUT_MS = 300;
const SECRET = 'spec-secret-7f3a9c';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

async function domainCode(promise: Promise<unknown>): Promise<string> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe('WechatClient against the fake WeChat server', () => {
  let fake: FakeWechatServer;
  let client: WechatClient;
  let warnings: string[];

  const callsTo = (path: string) => fake.calls.filter((c) => c.path === path);
  const clientWith = (env: Record<string, string> = {}) =>
    new WechatClient(
      loadConfig({
        NODE_ENV: 'test',
        WECHAT_APP_ID: 'wx-spec-app',
        WECHAT_APP_SECRET: SECRET,
        WECHAT_API_BASE: fake.baseUrl,
        WECHAT_TIMEOUT_MS: String(TIMEOUT_MS),
        ...env,
      }),
    );

  beforeAll(async () => {
    Logger.overrideLogger(false);
    fake = await startFakeWechatServer({ appId: 'wx-spec-app', appSecret: SECRET });
  });

  afterAll(async () => {
    await fake.close();
  });

  beforeEach(() => {
    fake.reset();
    client = clientWith();
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
  });

  afterEach(() => jest.restoreAllMocks());

  describe('code2Session', () => {
    it('returns the openid, and the unionid when WeChat gives one', async () => {
      const first = await client.code2Session('union-user-alice-1');
      expect(first.openId).toMatch(/^o[A-Za-z0-9_-]{27}$/);
      expect(first.unionId).toMatch(/^o[A-Za-z0-9_-]{27}$/);
      expect(callsTo(FAKE_WECHAT_PATHS.code2Session)[0].query).toMatchObject({
        appid: 'wx-spec-app',
        js_code: 'union-user-alice-1',
        grant_type: 'authorization_code',
      });

      const again = await client.code2Session('user-alice-2');
      expect(again).toEqual({ openId: first.openId, unionId: null });
      expect((await client.code2Session('user-bob-1')).openId).not.toBe(first.openId);
    });

    it('refuses a code used twice and the invalid code as WECHAT_CODE_INVALID', async () => {
      await client.code2Session('user-carol-1');
      expect(await domainCode(client.code2Session('user-carol-1'))).toBe('WECHAT_CODE_INVALID');
      expect(await domainCode(client.code2Session('invalid'))).toBe('WECHAT_CODE_INVALID');
    });

    it.each([
      [40029, 'WECHAT_CODE_INVALID'],
      [40163, 'WECHAT_CODE_INVALID'],
      [45011, 'WECHAT_RATE_LIMITED'],
      [40226, 'WECHAT_RISKY_USER'],
      [-1, 'WECHAT_UNAVAILABLE'],
    ])('maps errcode %i to %s', async (errcode, code) => {
      fake.failNext(FAKE_WECHAT_PATHS.code2Session, { errcode });
      expect(await domainCode(client.code2Session('user-dave-1'))).toBe(code);
    });

    it('maps an unknown errcode to WECHAT_UNAVAILABLE with the errcode in details', async () => {
      fake.failNext(FAKE_WECHAT_PATHS.code2Session, { errcode: 40999 });
      const error = (await rejection(client.code2Session('user-erin-1'))) as DomainError;
      expect(error.code).toBe('WECHAT_UNAVAILABLE');
      expect(error.details).toEqual({ errcode: 40999 });
    });

    it('answers WECHAT_UNAVAILABLE for HTTP 500 and for a body that is not JSON', async () => {
      fake.failNext(FAKE_WECHAT_PATHS.code2Session, { status: 500 });
      fake.failNext(FAKE_WECHAT_PATHS.code2Session, { status: 200, body: '<html>busy</html>' });
      expect(await domainCode(client.code2Session('user-fay-1'))).toBe('WECHAT_UNAVAILABLE');
      expect(await domainCode(client.code2Session('user-fay-2'))).toBe('WECHAT_UNAVAILABLE');
      expect(callsTo(FAKE_WECHAT_PATHS.code2Session)).toHaveLength(2);
    });

    it('gives up with WECHAT_UNAVAILABLE when WeChat does not answer within the timeout', async () => {
      fake.failNext(FAKE_WECHAT_PATHS.code2Session, { hang: true });
      const started = Date.now();
      expect(await domainCode(client.code2Session('user-gus-1'))).toBe('WECHAT_UNAVAILABLE');
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
      expect(warnings.join('\n')).toContain(`no answer within ${TIMEOUT_MS} ms`);
    });

    it('never puts the app secret into the error or the log', async () => {
      const wrong = clientWith({ WECHAT_APP_SECRET: 'wrong-secret-5d1e' });
      const error = (await rejection(wrong.code2Session('user-hal-1'))) as DomainError;
      expect(error.code).toBe('WECHAT_UNAVAILABLE');
      expect(error.details).toEqual({ errcode: 40125 });
      fake.failNext(FAKE_WECHAT_PATHS.code2Session, { hang: true });
      await rejection(wrong.code2Session('user-hal-2'));
      const seen = [JSON.stringify(error), error.message, error.stack, ...warnings].join('\n');
      expect(warnings.length).toBeGreaterThanOrEqual(2);
      expect(seen).not.toContain('wrong-secret-5d1e');
    });
  });

  describe('getPhoneNumber and the access token', () => {
    const tokensUsed = () =>
      callsTo(FAKE_WECHAT_PATHS.phoneNumber).map((c) => c.query.access_token);

    it('returns the phone number and reuses the cached token', async () => {
      expect(await client.getPhoneNumber('phone-13812345678')).toEqual({
        phone: '13812345678',
        countryCode: '86',
      });
      expect(await client.getPhoneNumber('phone-13900000001-x')).toEqual({
        phone: '13900000001',
        countryCode: '86',
      });
      expect(callsTo(FAKE_WECHAT_PATHS.stableToken)).toHaveLength(1);
      const [first, second] = tokensUsed();
      expect(first).toMatch(/^fake-token-/);
      expect(second).toBe(first);
    });

    it('refuses a bad phone code as PHONE_CODE_INVALID', async () => {
      expect(await domainCode(client.getPhoneNumber('not-a-phone-code'))).toBe(
        'PHONE_CODE_INVALID',
      );
      fake.failNext(FAKE_WECHAT_PATHS.phoneNumber, { errcode: 40029 });
      expect(await domainCode(client.getPhoneNumber('phone-13812345678'))).toBe(
        'PHONE_CODE_INVALID',
      );
    });

    it('fetches the token once for 20 concurrent callers', async () => {
      const phones = Array.from({ length: 20 }, (_, i) => `138000000${String(i).padStart(2, '0')}`);
      const results = await Promise.all(phones.map((p) => client.getPhoneNumber(`phone-${p}`)));
      expect(results.map((r) => r.phone)).toEqual(phones);
      expect(callsTo(FAKE_WECHAT_PATHS.stableToken)).toHaveLength(1);
      expect(new Set(tokensUsed()).size).toBe(1);
    });

    it('does not cache a failed token fetch', async () => {
      fake.failNext(FAKE_WECHAT_PATHS.stableToken, { status: 502 });
      expect(await domainCode(client.getAccessToken())).toBe('WECHAT_UNAVAILABLE');
      expect(await client.getAccessToken()).toMatch(/^fake-token-/);
      expect(callsTo(FAKE_WECHAT_PATHS.stableToken)).toHaveLength(2);
    });

    it('fetches a new token when less than five minutes of the old one remain', async () => {
      fake.setAccessTokenTtl(200);
      await client.getPhoneNumber('phone-13812340001');
      await client.getPhoneNumber('phone-13812340002');
      expect(callsTo(FAKE_WECHAT_PATHS.stableToken)).toHaveLength(2);
      const [first, second] = tokensUsed();
      expect(second).not.toBe(first);
    });

    it('drops a token WeChat rejects (40001) and retries once with a fresh one', async () => {
      const stale = await client.getAccessToken();
      fake.expireAllTokens();
      expect(await client.getPhoneNumber('phone-13812340003')).toEqual({
        phone: '13812340003',
        countryCode: '86',
      });
      expect(callsTo(FAKE_WECHAT_PATHS.stableToken)).toHaveLength(2);
      const [rejected, fresh] = tokensUsed();
      expect(rejected).toBe(stale);
      expect(fresh).not.toBe(stale);
    });

    it('retries only once when the fresh token is rejected too', async () => {
      fake.failNext(FAKE_WECHAT_PATHS.phoneNumber, { errcode: 40001 });
      fake.failNext(FAKE_WECHAT_PATHS.phoneNumber, { errcode: 42001 });
      expect(await domainCode(client.getPhoneNumber('phone-13812340004'))).toBe(
        'WECHAT_UNAVAILABLE',
      );
      expect(tokensUsed()).toHaveLength(2);
    });
  });

  describe('sendSubscribeMessage', () => {
    const message = {
      openId: 'o-spec-user',
      templateId: 'tpl-session-reminder',
      page: 'pages/index/index',
      data: { thing1: { value: '焊工培训' }, time2: { value: '2025-03-01 09:00' } },
    };

    it('sends the message in WeChat’s shape', async () => {
      await client.sendSubscribeMessage(message);
      expect(fake.sentMessages).toEqual([
        {
          touser: 'o-spec-user',
          template_id: 'tpl-session-reminder',
          page: 'pages/index/index',
          data: message.data,
          at: expect.any(Date),
        },
      ]);
    });

    it('throws WechatSendError with errcode 43101 when the user has no credit left', async () => {
      fake.failNext(FAKE_WECHAT_PATHS.subscribeSend, { errcode: 43101 });
      const error = await rejection(client.sendSubscribeMessage(message));
      expect(error).toBeInstanceOf(WechatSendError);
      expect((error as WechatSendError).errcode).toBe(43101);
      expect((error as WechatSendError).creditGone).toBe(true);
      expect(fake.sentMessages).toHaveLength(0);
    });

    it('throws WechatSendError without an errcode when WeChat does not answer', async () => {
      fake.failNext(FAKE_WECHAT_PATHS.subscribeSend, { hang: true });
      const error = await rejection(client.sendSubscribeMessage(message));
      expect(error).toBeInstanceOf(WechatSendError);
      expect((error as WechatSendError).errcode).toBeNull();
      expect((error as WechatSendError).creditGone).toBe(false);
    });
  });
});

describe('WechatSendError', () => {
  it('is retryable for an outage (no errcode), -1 and 45011; any other errcode is final', () => {
    const retryable = (errcode: number | null) => new WechatSendError(errcode, 'x').retryable;
    expect([null, -1, 45011].map(retryable)).toEqual([true, true, true]);
    expect([43101, 47003, 40003].map(retryable)).toEqual([false, false, false]);
  });
});
