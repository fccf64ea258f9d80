import type {
  LoginResponse,
  MeResponse,
  RevealIdNumberResponse,
  WechatPhoneResponse,
  WorkerProfileResponse,
} from '@app/shared/api';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { RefreshTokenEntity } from '../src/modules/auth/refresh-token.entity';
import { SmsCodeEntity, SmsThrottleEntity } from '../src/modules/auth/sms-code.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import {
  type AccountsTestApp,
  demoLogin,
  expectError,
  freshIdNumber,
  freshPhone,
  profileInput,
  smsLogin,
  startAccountsApp,
} from './helpers/accounts';
import { call, TEST_CLIENT_ADDRESS } from './helpers/test-app';

const JSCODE = '/sns/jscode2session';
const PHONE = '/wxa/business/getuserphonenumber';

describe('accounts: login, tokens and personal data over HTTP', () => {
  let t: AccountsTestApp;
  let seq = 0;
  const code = (person: string) => `user-${person}-${++seq}`;
  const countUsers = () => t.db.getRepository(UserEntity).count();

  beforeAll(async () => {
    t = await startAccountsApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => t.wechat.reset());

  describe('WeChat login against the fake WeChat server', () => {
    it('creates a worker for a new openid, and logs the same person in again', async () => {
      const first = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('ahua') },
      });
      expect(first.status).toBe(200);
      expect(first.body.isNewUser).toBe(true);
      expect(first.body.user).toMatchObject({
        roles: ['worker'],
        wechatBound: true,
        phoneMasked: null,
      });
      const again = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('ahua') },
      });
      expect(again.body.isNewUser).toBe(false);
      expect(again.body.user.id).toBe(first.body.user.id);
      const call1 = t.wechat.calls.find((c) => c.path === JSCODE);
      expect(call1?.query).toMatchObject({
        appid: 'wx-dev-appid',
        grant_type: 'authorization_code',
      });
    });

    it('keeps the unionid when WeChat sends one', async () => {
      const res = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: `union-${code('bao')}` },
      });
      const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: res.body.user.id });
      expect(row.wechatUnionId).toMatch(/^o.{27}$/);
    });

    it.each([
      [40029, 400, 'WECHAT_CODE_INVALID'],
      [40163, 400, 'WECHAT_CODE_INVALID'],
      [45011, 429, 'WECHAT_RATE_LIMITED'],
      [40226, 403, 'WECHAT_RISKY_USER'],
      [-1, 503, 'WECHAT_UNAVAILABLE'],
    ])('WeChat errcode %i becomes %i %s and creates nobody', async (errcode, status, errorCode) => {
      const before = await countUsers();
      t.wechat.failNext(JSCODE, { errcode });
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('c') },
      });
      expect(res.status).toBe(status);
      expectError(res.body, errorCode);
      expect(await countUsers()).toBe(before);
    });

    it('WeChat down (HTTP 500, or no answer within the timeout) is a clear 503 and no half-created user', async () => {
      const before = await countUsers();
      t.wechat.failNext(JSCODE, { status: 500 });
      const down = await call(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('d') },
      });
      expect(down.status).toBe(503);
      expectError(down.body, 'WECHAT_UNAVAILABLE');
      t.wechat.failNext(JSCODE, { hang: true });
      const started = Date.now();
      const slow = await call(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('d') },
      });
      expect(slow.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await countUsers()).toBe(before);
      expect(JSON.stringify([down.body, slow.body])).not.toContain('wx-dev-secret');
    });

    it('binds the phone WeChat vouches for, and refuses a phone another account holds', async () => {
      const login = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('phoneowner') },
      });
      const phone = freshPhone();
      const bound = await call<MeResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat/phone', {
        token: login.body.accessToken,
        body: { code: `phone-${phone}-1` },
      });
      expect(bound.status).toBe(200);
      expect(bound.body.user.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      // the token endpoint was called once and the token sent along
      const phoneCall = t.wechat.calls.find((c) => c.path === PHONE);
      expect(phoneCall?.query.access_token).toBeTruthy();

      const other = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('someoneelse') },
      });
      const conflict = await call(t.baseUrl, 'POST', '/api/v1/auth/wechat/phone', {
        token: other.body.accessToken,
        body: { code: `phone-${phone}-2` },
      });
      expect(conflict.status).toBe(409);
      expectError(conflict.body, 'PHONE_TAKEN');
      const otherRow = await t.db
        .getRepository(UserEntity)
        .findOneByOrFail({ id: other.body.user.id });
      expect(otherRow.phone).toBeNull();
    });

    it('an assisted worker claims their account from WeChat: the phone moves the WeChat login there', async () => {
      const trainer = await demoLogin(t, 'trainer');
      const phone = freshPhone();
      const assisted = await call<WorkerProfileResponse>(
        t.baseUrl,
        'POST',
        '/api/v1/workers/assisted',
        {
          token: trainer.accessToken,
          body: {
            ...profileInput({ realName: '韦金凤' }),
            consentVersion: undefined,
            phone,
            paperConsentSigned: true,
            paperConsentReference: 'FM-2026-0077',
          },
        },
      );
      expect(assisted.status).toBe(201);
      const workerId = assisted.body.profile.userId;

      const fresh = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('jinfeng') },
      });
      const bound = await call<WechatPhoneResponse>(
        t.baseUrl,
        'POST',
        '/api/v1/auth/wechat/phone',
        {
          token: fresh.body.accessToken,
          body: { code: `phone-${phone}-1` },
        },
      );
      expect(bound.status).toBe(200);
      expect(bound.body.login?.user.id).toBe(workerId);
      expect(bound.body.user.hasWorkerProfile).toBe(true);
      // the empty WeChat account is closed; its tokens no longer work
      expect(
        (await call(t.baseUrl, 'GET', '/api/v1/me', { token: fresh.body.accessToken })).status,
      ).toBe(401);
      // from now on WeChat logs this person into the registered account, claimed
      const again = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('jinfeng') },
      });
      expect(again.body.user.id).toBe(workerId);
      const own = await call<WorkerProfileResponse>(
        t.baseUrl,
        'GET',
        '/api/v1/workers/me/profile',
        {
          token: again.body.accessToken,
        },
      );
      expect(own.body.profile).toMatchObject({ realName: '韦金凤', claimed: true });
    });

    it('an account that already holds data cannot take over an assisted account', async () => {
      const trainer = await demoLogin(t, 'trainer');
      const phone = freshPhone();
      await call(t.baseUrl, 'POST', '/api/v1/workers/assisted', {
        token: trainer.accessToken,
        body: {
          ...profileInput(),
          consentVersion: undefined,
          phone,
          paperConsentSigned: true,
          paperConsentReference: 'FM-2026-0078',
        },
      });
      const busy = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('busy') },
      });
      await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: busy.body.accessToken,
        body: profileInput(),
      });
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/wechat/phone', {
        token: busy.body.accessToken,
        body: { code: `phone-${phone}-1` },
      });
      expect(res.status).toBe(409);
      expectError(res.body, 'PHONE_TAKEN');
    });

    it('a bad phone code is refused clearly', async () => {
      const login = await call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/wechat', {
        body: { code: code('badphone') },
      });
      const res = await call(t.baseUrl, 'POST', '/api/v1/auth/wechat/phone', {
        token: login.body.accessToken,
        body: { code: 'nonsense' },
      });
      expect(res.status).toBe(400);
      expectError(res.body, 'PHONE_CODE_INVALID');
    });
  });

  describe('SMS code login', () => {
    const send = (phone: string, headers?: Record<string, string>) =>
      call(t.baseUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone }, headers });
    const login = (phone: string, smsCode: string) =>
      call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/sms/login', {
        body: { phone, code: smsCode },
      });
    const wrong = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, '0');

    it('sends a 6-digit code through the provider, stores only its hash, and logs a new phone in as a worker', async () => {
      const phone = freshPhone();
      const sent = await send(phone);
      expect(sent.status).toBe(200);
      expect(sent.body).toEqual({ cooldownSeconds: 60, expiresInSeconds: 300 });
      const smsCode = t.sms.lastCodeFor(phone) ?? '';
      expect(smsCode).toMatch(/^\d{6}$/);
      const rows = await t.db.getRepository(SmsCodeEntity).findBy({ phone });
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(smsCode);
      const res = await login(phone, smsCode);
      expect(res.status).toBe(200);
      expect(res.body.isNewUser).toBe(true);
      expect(res.body.user.roles).toEqual(['worker']);
      // a code works once
      const replay = await login(phone, smsCode);
      expect(replay.status).toBe(400);
      expectError(replay.body, 'SMS_CODE_EXPIRED');
    });

    it('allows one code per phone per 60 s, and says how long to wait', async () => {
      const phone = freshPhone();
      expect((await send(phone)).status).toBe(200);
      const again = await send(phone);
      expect(again.status).toBe(429);
      const error = expectError(again.body, 'SMS_TOO_FREQUENT');
      expect(error.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
      expect(t.sms.messages.filter((m) => m.phone === phone)).toHaveLength(1);
    });

    it('concurrent sends to one phone: exactly one goes out', async () => {
      const phone = freshPhone();
      const results = await Promise.all(Array.from({ length: 8 }, () => send(phone)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 429)).toHaveLength(7);
      expect(t.sms.messages.filter((m) => m.phone === phone)).toHaveLength(1);
    });

    it('allows at most 10 codes per phone per day', async () => {
      const phone = freshPhone();
      const throttles = t.db.getRepository(SmsThrottleEntity);
      for (let i = 0; i < 10; i++) {
        expect((await send(phone)).status).toBe(200);
        await throttles.update({ phone }, { lastSentAt: new Date(Date.now() - 61_000) }); // wait out the 60 s
      }
      const eleventh = await send(phone);
      expect(eleventh.status).toBe(429);
      expectError(eleventh.body, 'SMS_DAILY_LIMIT');
    });

    it('caps codes per IP address per hour', async () => {
      // earlier tests in this file sent from the same address: move them out of the way
      await t.db
        .getRepository(SmsCodeEntity)
        .update({ ip: TEST_CLIENT_ADDRESS }, { ip: '192.0.2.1' });
      const limited = await startAccountsApp({ SMS_IP_HOURLY_LIMIT: '3' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) {
          const res = await call(limited.baseUrl, 'POST', '/api/v1/auth/sms/send', {
            body: { phone: freshPhone() },
          });
          statuses.push(res.status);
          if (res.status !== 200) expectError(res.body, 'SMS_IP_LIMIT');
        }
        expect(statuses).toEqual([200, 200, 200, 429]);
      } finally {
        await limited.close();
      }
    });

    it('a code expires after 5 minutes', async () => {
      const phone = freshPhone();
      await send(phone);
      await t.db
        .getRepository(SmsCodeEntity)
        .update({ phone }, { expiresAt: new Date(Date.now() - 1000) });
      const res = await login(phone, t.sms.lastCodeFor(phone) ?? '');
      expect(res.status).toBe(400);
      expectError(res.body, 'SMS_CODE_EXPIRED');
    });

    it('5 wrong tries burn the code, even the right one fails after that', async () => {
      const phone = freshPhone();
      await send(phone);
      const right = t.sms.lastCodeFor(phone) ?? '';
      for (let i = 1; i <= 4; i++) {
        const res = await login(phone, wrong(right));
        expect(res.status).toBe(400);
        expect(expectError(res.body, 'SMS_CODE_INVALID').details).toEqual({ attemptsLeft: 5 - i });
      }
      const fifth = await login(phone, wrong(right));
      expectError(fifth.body, 'SMS_CODE_LOCKED');
      const after = await login(phone, right);
      expect(after.status).toBe(400);
      expect(await t.db.getRepository(UserEntity).existsBy({ phone })).toBe(false);
    });

    it('parallel guesses cannot exceed 5 attempts', async () => {
      const phone = freshPhone();
      await send(phone);
      const right = t.sms.lastCodeFor(phone) ?? '';
      const guesses = await Promise.all(
        Array.from({ length: 12 }, () => login(phone, wrong(right))),
      );
      expect(guesses.every((g) => g.status === 400)).toBe(true);
      const row = await t.db.getRepository(SmsCodeEntity).findOneByOrFail({ phone });
      expect(row.failedAttempts).toBe(5);
      expect(row.consumedAt).not.toBeNull();
    });

    it('provider down: 503, and the phone may ask again at once', async () => {
      const phone = freshPhone();
      t.sms.failNext({ status: 500 });
      const res = await send(phone);
      expect(res.status).toBe(503);
      expectError(res.body, 'SMS_UNAVAILABLE');
      expect((await send(phone)).status).toBe(200);
    });
  });

  describe('refresh tokens', () => {
    const refresh = (refreshToken: string) =>
      call<LoginResponse>(t.baseUrl, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });

    it('rotates: each refresh token works once and yields a new pair that works', async () => {
      const first = await smsLogin(t);
      const second = await refresh(first.refreshToken);
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      const me = await call<MeResponse>(t.baseUrl, 'GET', '/api/v1/me', {
        token: second.body.accessToken,
      });
      expect(me.body.user.id).toBe(first.user.id);
      const third = await refresh(second.body.refreshToken);
      expect(third.status).toBe(200);
    });

    it('reusing a rotated token revokes the whole family, including the newest token', async () => {
      const first = await smsLogin(t);
      const second = await refresh(first.refreshToken);
      const reuse = await refresh(first.refreshToken);
      expect(reuse.status).toBe(401);
      expectError(reuse.body, 'REFRESH_TOKEN_REUSED');
      const victim = await refresh(second.body.refreshToken);
      expect(victim.status).toBe(401);
      const rows = await t.db.getRepository(RefreshTokenEntity).findBy({ userId: first.user.id });
      expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
    });

    it('other logins of the same person (other families) keep working', async () => {
      const phone = freshPhone();
      const a = await smsLogin(t, phone);
      await t.db.getRepository(SmsThrottleEntity).update({ phone }, { lastSentAt: new Date(0) });
      const b = await smsLogin(t, phone);
      await refresh(a.refreshToken);
      await refresh(a.refreshToken); // reuse: family A revoked
      expect((await refresh(b.refreshToken)).status).toBe(200);
    });

    it('two concurrent uses of one token: one wins, the other is treated as reuse', async () => {
      const login = await smsLogin(t);
      const [x, y] = await Promise.all([refresh(login.refreshToken), refresh(login.refreshToken)]);
      expect([x.status, y.status].sort()).toEqual([200, 401]);
    });

    it('logout revokes the family; logging out twice is harmless', async () => {
      const login = await smsLogin(t);
      const out = await call(t.baseUrl, 'POST', '/api/v1/auth/logout', {
        body: { refreshToken: login.refreshToken },
      });
      expect(out.status).toBe(204);
      const again = await call(t.baseUrl, 'POST', '/api/v1/auth/logout', {
        body: { refreshToken: login.refreshToken },
      });
      expect(again.status).toBe(204);
      const res = await refresh(login.refreshToken);
      expect(res.status).toBe(401);
      expectError(res.body, 'REFRESH_TOKEN_INVALID');
    });

    it('an unknown or expired refresh token is refused', async () => {
      expectError((await refresh('x'.repeat(43))).body, 'REFRESH_TOKEN_INVALID');
      const login = await smsLogin(t);
      await t.db
        .getRepository(RefreshTokenEntity)
        .update({ userId: login.user.id }, { expiresAt: new Date(Date.now() - 1000) });
      expectError((await refresh(login.refreshToken)).body, 'REFRESH_TOKEN_INVALID');
    });
  });

  describe('worker profile and PIPL', () => {
    it('stores no plaintext ID number, masks it in every answer, and audits the reveal', async () => {
      const login = await smsLogin(t);
      const idNumber = freshIdNumber('19880315');
      const saved = await call<WorkerProfileResponse>(
        t.baseUrl,
        'PUT',
        '/api/v1/workers/me/profile',
        {
          token: login.accessToken,
          body: profileInput({ idNumber }),
        },
      );
      expect(saved.status).toBe(200);
      expect(saved.body.profile).toMatchObject({
        idNumberMasked: `${idNumber.slice(0, 6)}**********${idNumber.slice(-2)}`,
        birthDate: '1988-03-15',
        householdRegionName: expect.stringContaining('福绵'),
      });

      // raw table: not the number, nor its digits in any column
      const raw: unknown[] = await t.db.query('SELECT * FROM worker_profiles');
      expect(JSON.stringify(raw)).not.toContain(idNumber);
      expect(JSON.stringify(raw)).not.toContain(idNumber.slice(6, 14) + idNumber.slice(14, 17));

      // every answer that shows the profile masks it
      const token = login.accessToken;
      const admin = await demoLogin(t, 'admin');
      const answers = await Promise.all([
        call(t.baseUrl, 'GET', '/api/v1/workers/me/profile', { token }),
        call(t.baseUrl, 'GET', '/api/v1/me', { token }),
        call(t.baseUrl, 'GET', `/api/v1/admin/workers/${login.user.id}`, {
          token: admin.accessToken,
        }),
        call(t.baseUrl, 'GET', '/api/v1/admin/workers?pageSize=100', { token: admin.accessToken }),
      ]);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(JSON.stringify(answer.body)).not.toContain(idNumber);
      }

      // the explicit reveal shows it, and writes who, whose, when and why
      const before = await t.db.getRepository(AuditLogEntity).countBy({ targetId: login.user.id });
      const reveal = await call<RevealIdNumberResponse>(
        t.baseUrl,
        'POST',
        `/api/v1/admin/workers/${login.user.id}/id-number`,
        {
          token: admin.accessToken,
          body: { reason: '核实培训补贴申领材料' },
          headers: { 'x-request-id': 'req-reveal-0001' },
        },
      );
      expect(reveal.status).toBe(200);
      expect(reveal.body.idNumber).toBe(idNumber);
      const rows = await t.db.getRepository(AuditLogEntity).findBy({ targetId: login.user.id });
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)).toMatchObject({
        actorId: admin.user.id,
        action: 'worker.reveal_id_number',
        reason: '核实培训补贴申领材料',
        requestId: 'req-reveal-0001',
        regionCode: '450903',
      });
      expect(rows.at(-1)?.ip).toBeTruthy();
    });

    it('one ID number, one worker', async () => {
      const idNumber = freshIdNumber();
      const a = await smsLogin(t);
      const b = await smsLogin(t);
      const ok = await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: a.accessToken,
        body: profileInput({ idNumber }),
      });
      expect(ok.status).toBe(200);
      const dup = await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: b.accessToken,
        body: profileInput({ idNumber: idNumber.toLowerCase() }),
      });
      expect(dup.status).toBe(409);
      expectError(dup.body, 'ID_NUMBER_TAKEN');
      expect(await t.db.getRepository(WorkerProfileEntity).existsBy({ userId: b.user.id })).toBe(
        false,
      );
    });

    it('requires the current privacy notice, and separate consent for a priority group', async () => {
      const login = await smsLogin(t);
      const old = await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: login.accessToken,
        body: profileInput({ consentVersion: '2020-01' }),
      });
      expectError(old.body, 'CONSENT_REQUIRED');
      const sensitive = await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: login.accessToken,
        body: profileInput({ priorityGroup: '脱贫人口', priorityGroupConsent: false }),
      });
      expectError(sensitive.body, 'SENSITIVE_CONSENT_REQUIRED');
      expect(
        await t.db.getRepository(WorkerProfileEntity).existsBy({ userId: login.user.id }),
      ).toBe(false);
      const ok = await call<WorkerProfileResponse>(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: login.accessToken,
        body: profileInput({ priorityGroup: '脱贫人口', priorityGroupConsent: true }),
      });
      expect(ok.body.profile.priorityGroup).toBe('脱贫人口');
      const row = await t.db
        .getRepository(WorkerProfileEntity)
        .findOneByOrFail({ userId: login.user.id });
      expect(row.priorityConsentAt).not.toBeNull();
      expect(row.consentAt).not.toBeNull();
    });

    it('editing without an ID number keeps the stored one', async () => {
      const login = await smsLogin(t);
      const idNumber = freshIdNumber();
      await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: login.accessToken,
        body: profileInput({ idNumber }),
      });
      const { idNumber: _omit, ...rest } = profileInput({ realName: '黄秀英' });
      const edited = await call<WorkerProfileResponse>(
        t.baseUrl,
        'PUT',
        '/api/v1/workers/me/profile',
        {
          token: login.accessToken,
          body: rest,
        },
      );
      expect(edited.status).toBe(200);
      expect(edited.body.profile.realName).toBe('黄秀英');
      const own = await call<RevealIdNumberResponse>(
        t.baseUrl,
        'GET',
        '/api/v1/workers/me/profile/id-number',
        {
          token: login.accessToken,
        },
      );
      expect(own.body.idNumber).toBe(idNumber);
    });

    it('exports everything held, and deletion erases personal fields but keeps anonymous statistics', async () => {
      const login = await smsLogin(t);
      const idNumber = freshIdNumber('19750620');
      await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: login.accessToken,
        body: profileInput({ idNumber }),
      });
      const exported = await call<{ profile: { idNumber: string }; account: { phone: string } }>(
        t.baseUrl,
        'GET',
        '/api/v1/me/export',
        { token: login.accessToken },
      );
      expect(exported.status).toBe(200);
      expect(exported.body.profile.idNumber).toBe(idNumber);
      expect(exported.body.account.phone).toMatch(/^1\d{10}$/);

      const deleted = await call(t.baseUrl, 'DELETE', '/api/v1/me', { token: login.accessToken });
      expect(deleted.status).toBe(204);
      const user = await t.db.getRepository(UserEntity).findOneByOrFail({ id: login.user.id });
      expect(user).toMatchObject({
        status: 'deleted',
        phone: null,
        wechatOpenId: null,
        displayName: '已注销用户',
      });
      const profile = await t.db
        .getRepository(WorkerProfileEntity)
        .findOneByOrFail({ userId: login.user.id });
      expect(profile).toMatchObject({
        realName: null,
        idNumberCipher: null,
        idNumberHash: null,
        idNumberMasked: null,
        birthDate: '1975-01-01',
        householdRegionCode: '450903',
      });
      expect(profile.erasedAt).not.toBeNull();
      // the old tokens are dead
      expect(
        (await call(t.baseUrl, 'GET', '/api/v1/me', { token: login.accessToken })).status,
      ).toBe(401);
      const refresh = await call(t.baseUrl, 'POST', '/api/v1/auth/refresh', {
        body: { refreshToken: login.refreshToken },
      });
      expect(refresh.status).toBe(401);
      // the same ID number can register again (a new account)
      const again = await smsLogin(t);
      const reuse = await call(t.baseUrl, 'PUT', '/api/v1/workers/me/profile', {
        token: again.accessToken,
        body: profileInput({ idNumber }),
      });
      expect(reuse.status).toBe(200);
    });

    it('assisted sign-up by a trainer records who and the paper consent; the worker claims it by SMS', async () => {
      const trainer = await demoLogin(t, 'trainer');
      const phone = freshPhone();
      const res = await call<WorkerProfileResponse>(t.baseUrl, 'POST', '/api/v1/workers/assisted', {
        token: trainer.accessToken,
        body: {
          ...profileInput({ realName: '梁桂英' }),
          consentVersion: undefined,
          phone,
          paperConsentSigned: true,
          paperConsentReference: 'FM-2026-0042',
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.profile).toMatchObject({
        assisted: true,
        claimed: false,
        realName: '梁桂英',
      });
      const row = await t.db
        .getRepository(WorkerProfileEntity)
        .findOneByOrFail({ userId: res.body.profile.userId });
      expect(row).toMatchObject({
        assistedBy: trainer.user.id,
        paperConsentReference: 'FM-2026-0042',
      });
      const audit = await t.db
        .getRepository(AuditLogEntity)
        .findOneByOrFail({ targetId: res.body.profile.userId });
      expect(audit).toMatchObject({ actorId: trainer.user.id, action: 'worker.assisted_register' });

      const claim = await smsLogin(t, phone);
      expect(claim.isNewUser).toBe(false);
      expect(claim.user.id).toBe(res.body.profile.userId);
      const own = await call<WorkerProfileResponse>(
        t.baseUrl,
        'GET',
        '/api/v1/workers/me/profile',
        { token: claim.accessToken },
      );
      expect(own.body.profile.claimed).toBe(true);
    });
  });
});
