import { createHmac } from 'node:crypto';
import type { ApiErrorBody } from '@app/shared/errors';
import type { LoginResponse, MeResponse } from '@app/shared/api';
import { DEMO_ACCOUNTS } from '../src/modules/auth/demo-accounts';
import { UserEntity } from '../src/modules/users/user.entity';
import { call, startTestApp, type TestApp } from './helpers/test-app';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** Signs a JWT by hand, so the tests do not trust the code under test to make bad tokens. */
function signJwt(payload: Record<string, unknown>, secret: string): string {
  const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = base64url(JSON.stringify(payload));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

function expectErrorShape(body: unknown, code: string): ApiErrorBody {
  const error = body as ApiErrorBody;
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/); // a Chinese explanation
  expect(JSON.stringify(error)).not.toMatch(/at .+\.(ts|js):\d+/); // never a stack trace
  return error;
}

describe('API over HTTP against the real database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('health', () => {
    it('answers alive on /health', async () => {
      const res = await call(t.baseUrl, 'GET', '/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok' });
    });

    it('answers ready on /health/ready only after pinging the database', async () => {
      const res = await call(t.baseUrl, 'GET', '/health/ready');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    });

    it('sets security headers and a request id on every answer', async () => {
      const res = await call(t.baseUrl, 'GET', '/health');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('echoes a well-formed incoming X-Request-Id', async () => {
      const res = await call(t.baseUrl, 'GET', '/health', {
        headers: { 'x-request-id': 'proxy-req-12345' },
      });
      expect(res.headers.get('x-request-id')).toBe('proxy-req-12345');
    });
  });

  describe('the one error shape', () => {
    it('answers an unknown API route with 404 ROUTE_NOT_FOUND in the error shape', async () => {
      const res = await call(t.baseUrl, 'GET', '/api/v1/no-such-thing');
      expect(res.status).toBe(404);
      const error = expectErrorShape(res.body, 'ROUTE_NOT_FOUND');
      expect(error.requestId).toBe(res.headers.get('x-request-id'));
    });

    it('answers an unknown POST route with 404 in the same shape', async () => {
      const res = await call(t.baseUrl, 'POST', '/api/v1/nothing/here', { body: {} });
      expect(res.status).toBe(404);
      expectErrorShape(res.body, 'ROUTE_NOT_FOUND');
    });

    it('reads an empty JSON body as no body (wx.request sends the header anyway)', async () => {
      const login = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        body: { role: 'trainer' },
      });
      const res = await call(t.baseUrl, 'POST', '/api/v1/providers/mine/invites', {
        token: login.body.accessToken,
        headers: { 'content-type': 'application/json' },
        rawBody: '',
      });
      expect(res.status).toBe(201);
      const logout = await call(t.baseUrl, 'POST', '/api/v1/auth/logout', {
        headers: { 'content-type': 'application/json' },
        rawBody: '',
      });
      expect(logout.status).toBe(400);
      expectErrorShape(logout.body, 'VALIDATION_FAILED');
    });

    it('drops __proto__ keys from a JSON body', async () => {
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        headers: { 'content-type': 'application/json' },
        rawBody: '{"role":"worker","__proto__":{"polluted":true}}',
      });
      expect(res.status).toBe(200);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('answers malformed JSON with 400 BAD_REQUEST, not a 500', async () => {
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        rawBody: '{"role": ',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expectErrorShape(res.body, 'BAD_REQUEST');
    });

    it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        body: { role: 'worker', padding: 'x'.repeat(1024 * 1024 + 10) },
      });
      expect(res.status).toBe(413);
      expectErrorShape(res.body, 'PAYLOAD_TOO_LARGE');
    });
  });

  describe('demo login', () => {
    it.each(Object.keys(DEMO_ACCOUNTS))('logs in as the seeded %s demo account', async (role) => {
      const res = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        body: { role },
      });
      expect(res.status).toBe(200);
      expect(res.body.accessToken.split('.')).toHaveLength(3);
      expect(res.body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // opaque, stored hashed
      expect(res.body.user.roles).toEqual([role]);
      expect(res.body.user.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(JSON.stringify(res.body)).not.toContain('1380000000'); // the full phone never leaves
    });

    it('refuses an unknown role with 400 and a per-field Chinese message', async () => {
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/demo', { body: { role: 'boss' } });
      expect(res.status).toBe(400);
      const error = expectErrorShape(res.body, 'VALIDATION_FAILED');
      expect(error.details).toEqual([{ field: 'role', messages: ['role 的取值不在允许范围内'] }]);
    });

    it('answers 404 in the error shape when demo mode is off', async () => {
      const off = await startTestApp({ DEMO: '0' });
      try {
        const res = await call(off.baseUrl, 'POST', '/api/v1/auth/demo', {
          body: { role: 'worker' },
        });
        expect(res.status).toBe(404);
        expectErrorShape(res.body, 'ROUTE_NOT_FOUND');
      } finally {
        await off.close();
      }
    });
  });

  describe('GET /api/v1/me', () => {
    it('returns the logged-in user', async () => {
      const login = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        body: { role: 'admin' },
      });
      const res = await call<MeResponse>(t.baseUrl, 'GET', '/api/v1/me', {
        token: login.body.accessToken,
      });
      expect(res.status).toBe(200);
      expect(res.body.user).toEqual({
        id: DEMO_ACCOUNTS.admin.id,
        displayName: DEMO_ACCOUNTS.admin.displayName,
        roles: ['admin'],
        status: 'active',
        phoneMasked: '138****0004',
        regionCode: '450900',
        wechatBound: false,
        employerId: null,
        providerId: null,
        providerRole: null,
        hasWorkerProfile: false,
      });
    });

    it('answers 401 UNAUTHENTICATED without a token', async () => {
      const res = await call(t.baseUrl, 'GET', '/api/v1/me');
      expect(res.status).toBe(401);
      expectErrorShape(res.body, 'UNAUTHENTICATED');
    });

    it('answers 401 TOKEN_INVALID for a malformed or wrongly signed token', async () => {
      for (const token of [
        'not-a-jwt',
        signJwt(
          { sub: DEMO_ACCOUNTS.worker.id, roles: ['worker'], region: null, typ: 'access' },
          'x'.repeat(40),
        ),
      ]) {
        const res = await call(t.baseUrl, 'GET', '/api/v1/me', { token });
        expect(res.status).toBe(401);
        expectErrorShape(res.body, 'TOKEN_INVALID');
      }
    });

    it('refuses a refresh token used as an access token', async () => {
      const secret = t.config.get('jwt').accessSecret;
      const now = Math.floor(Date.now() / 1000);
      const token = signJwt(
        { sub: DEMO_ACCOUNTS.worker.id, typ: 'refresh', iat: now, exp: now + 600 },
        secret,
      );
      const res = await call(t.baseUrl, 'GET', '/api/v1/me', { token });
      expect(res.status).toBe(401);
      expectErrorShape(res.body, 'TOKEN_INVALID');
    });

    it('answers 401 TOKEN_EXPIRED for an expired token', async () => {
      const secret = t.config.get('jwt').accessSecret;
      const past = Math.floor(Date.now() / 1000) - 3600;
      const token = signJwt(
        {
          sub: DEMO_ACCOUNTS.worker.id,
          roles: ['worker'],
          region: null,
          typ: 'access',
          iat: past,
          exp: past + 900,
        },
        secret,
      );
      const res = await call(t.baseUrl, 'GET', '/api/v1/me', { token });
      expect(res.status).toBe(401);
      expectErrorShape(res.body, 'TOKEN_EXPIRED');
    });
  });

  describe('validation: unknown fields and wrong types write nothing', () => {
    const workerId = DEMO_ACCOUNTS.worker.id;
    let token: string;

    beforeAll(async () => {
      const login = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        body: { role: 'worker' },
      });
      token = login.body.accessToken;
    });

    async function storedName(): Promise<string> {
      const user = await t.db.getRepository(UserEntity).findOneByOrFail({ id: workerId });
      return user.displayName;
    }

    it('refuses an unknown field with 400, names it in Chinese and changes nothing', async () => {
      const before = await storedName();
      const res = await call(t.baseUrl, 'PATCH', '/api/v1/me', {
        token,
        body: { displayName: '新名字', roles: ['admin'] },
      });
      expect(res.status).toBe(400);
      const error = expectErrorShape(res.body, 'VALIDATION_FAILED');
      expect(error.details).toEqual([{ field: 'roles', messages: ['不允许提交字段 roles'] }]);
      expect(await storedName()).toBe(before);
    });

    it('refuses a wrong type with 400 and changes nothing', async () => {
      const before = await storedName();
      const res = await call(t.baseUrl, 'PATCH', '/api/v1/me', {
        token,
        body: { displayName: 12345 },
      });
      expect(res.status).toBe(400);
      const error = expectErrorShape(res.body, 'VALIDATION_FAILED');
      expect(error.details).toEqual([
        { field: 'displayName', messages: expect.arrayContaining(['显示名称 必须是文字']) },
      ]);
      expect(await storedName()).toBe(before);
    });

    it('writes a valid change', async () => {
      const res = await call<MeResponse>(t.baseUrl, 'PATCH', '/api/v1/me', {
        token,
        body: { displayName: '黄秀梅（福绵）' },
      });
      expect(res.status).toBe(200);
      expect(res.body.user.displayName).toBe('黄秀梅（福绵）');
      expect(await storedName()).toBe('黄秀梅（福绵）');
    });
  });

  describe('OpenAPI', () => {
    it('publishes the document at /docs-json with the API under /api/v1', async () => {
      const res = await call<{ openapi: string; paths: Record<string, unknown> }>(
        t.baseUrl,
        'GET',
        '/docs-json',
      );
      expect(res.status).toBe(200);
      expect(res.body.openapi).toMatch(/^3\./);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining(['/api/v1/auth/demo', '/api/v1/me', '/health', '/health/ready']),
      );
    });
  });
});
