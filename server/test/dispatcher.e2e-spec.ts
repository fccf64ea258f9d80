import { randomUUID } from 'node:crypto';
import type { SubscriptionCreditsResponse } from '@app/shared/api';
import type { NotificationKind, PriorityGroup } from '@app/shared/enums';
import { In } from 'typeorm';
import {
  FAKE_WECHAT_PATHS,
  type FakeAnswer,
  type FakeFailure,
  type FakeHttpServer,
  FailureQueue,
  type FakeWechatServer,
  startFakeHttpServer,
  startFakeWechatServer,
} from '../src/dev/fake-wechat-server';
import { JobLeaseService } from '../src/modules/coordination/job-lease.service';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import {
  DISPATCH_LEASE,
  type DispatchRun,
  OutboxDispatcher,
} from '../src/modules/notifications/outbox-dispatcher.service';
import { PushSmsSender } from '../src/modules/notifications/push-sms.sender';
import { WechatSubscriptionEntity } from '../src/modules/notifications/wechat-subscription.entity';
import { WechatSubscriptionsService } from '../src/modules/notifications/wechat-subscriptions.service';
import { UserEntity } from '../src/modules/users/user.entity';
import { WechatClient } from '../src/modules/wechat/wechat.client';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import { demoLogin, expectError } from './helpers/accounts';
import { call, startTestApp, type TestApp } from './helpers/test-app';
import { readTestDatabase } from './helpers/test-database';

const TEMPLATES = { enrolment: 'tplEnrol', application: 'tplApply', session: 'tplSession' };
const CLAIM_TTL_MS = 10_000;
const RETRY_BASE_MS = 1000;
const MAX_ATTEMPTS = 4;
const SEND = FAKE_WECHAT_PATHS.subscribeSend;
const onMariaDb = readTestDatabase().kind === 'mariadb';

interface SmsNotice {
  phone: string;
  text: string;
  reference: string;
}

/** The SMS provider for notices (template `notice`), on a real port, with queued outages. */
async function startNoticeSms(): Promise<{
  server: FakeHttpServer;
  notices: SmsNotice[];
  failNext(failure: FakeFailure): void;
}> {
  const failures = new FailureQueue<FakeFailure>();
  const notices: SmsNotice[] = [];
  const server = await startFakeHttpServer({
    failures,
    routes: {
      'POST /send': ({ body, headers }): FakeAnswer => {
        const input = body as Record<string, unknown>;
        const params = input.params as { text?: unknown } | undefined;
        if (headers.authorization !== 'Bearer notice-key')
          return { status: 401, json: { ok: false } };
        if (input.template !== 'notice' || typeof params?.text !== 'string')
          return { status: 400, json: { ok: false } };
        notices.push({
          phone: String(input.phone),
          text: params.text,
          reference: String(input.reference),
        });
        return { status: 200, json: { ok: true, id: randomUUID() } };
      },
    },
    failureAnswer: () => ({ status: 500, json: { ok: false } }),
    notFound: () => ({ status: 404, json: { ok: false } }),
  });
  return { server, notices, failNext: (f) => failures.add('/send', f) };
}

/** The `nid` a pushed message's page carries: which outbox row it delivered. */
function nidOf(page: string | undefined): string | undefined {
  return /[?&]nid=([^&]+)/.exec(page ?? '')?.[1];
}

describe(`outbox dispatcher (${onMariaDb ? 'MariaDB' : 'SQLite'}, fake WeChat and SMS over HTTP)`, () => {
  let t: TestApp;
  let wechat: FakeWechatServer;
  let sms: Awaited<ReturnType<typeof startNoticeSms>>;
  /** The app's own dispatcher, and a second instance with its own holder id, connection and WeChat client. */
  let a: OutboxDispatcher;
  let b: OutboxDispatcher;
  let leasesB: JobLeaseService;
  let seq = 0;
  const phoneBlock = String(Math.floor(Math.random() * 9000) + 1000);

  const notifications = () => t.db.getRepository(NotificationEntity);

  async function makeUser(
    options: {
      openId?: boolean;
      phone?: boolean;
      priority?: PriorityGroup;
      credits?: Partial<Record<string, number>>;
    } = {},
  ): Promise<UserEntity> {
    seq += 1;
    const user = {
      id: randomUUID(),
      displayName: `推送测试${seq}`,
      phone: options.phone ? `137${phoneBlock}${String(seq).padStart(4, '0')}` : null,
      wechatOpenId: options.openId === false ? null : `o-disp-${randomUUID()}`,
      roles: ['worker' as const],
    };
    await t.db.getRepository(UserEntity).insert(user);
    if (options.priority) {
      await t.db.getRepository(WorkerProfileEntity).insert({
        userId: user.id,
        gender: 'female',
        birthDate: '1985-03-02',
        householdRegionCode: '450903',
        currentRegionCode: '450903',
        skills: [],
        wantedBrands: [],
        wantedRegionCodes: [],
        priorityGroup: options.priority,
        priorityConsentAt: new Date(),
        consentVersion: 'v1',
        consentAt: new Date(),
      });
    }
    for (const [templateId, credits] of Object.entries(options.credits ?? {})) {
      await t.db
        .getRepository(WechatSubscriptionEntity)
        .insert({ id: randomUUID(), userId: user.id, templateId, credits });
    }
    return t.db.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  }

  async function notify(
    userId: string,
    kind: NotificationKind = 'enrolment.enrolled',
    count = 1,
  ): Promise<string[]> {
    const rows = Array.from({ length: count }, () => {
      seq += 1;
      return {
        id: randomUUID(),
        userId,
        kind,
        dedupeKey: `dispatcher-test:${randomUUID()}`,
        title: `报名成功 ${seq}`,
        body: `你已报名福绵裁缝培训班（第${seq}期），请按时上课。`,
        link: null,
        status: 'pending' as const,
      };
    });
    for (let i = 0; i < rows.length; i += 200) {
      await notifications().insert(rows.slice(i, i + 200));
    }
    return rows.map((r) => r.id);
  }

  const row = (id: string) => notifications().findOneByOrFail({ id });
  const credits = async (userId: string, templateId: string) =>
    (await t.db.getRepository(WechatSubscriptionEntity).findOneBy({ userId, templateId }))
      ?.credits ?? 0;
  const wechatSendsTo = (openId: string | null) =>
    wechat.calls.filter(
      (c) => c.path === SEND && (c.body as { touser?: string } | undefined)?.touser === openId,
    );

  /** Runs one dispatcher until it claims nothing more. */
  async function drain(d: OutboxDispatcher, now?: () => Date): Promise<DispatchRun[]> {
    const runs: DispatchRun[] = [];
    for (;;) {
      const run = await d.dispatch(now?.());
      runs.push(run);
      if (!run.claimed) return runs;
    }
  }

  beforeAll(async () => {
    wechat = await startFakeWechatServer();
    sms = await startNoticeSms();
    t = await startTestApp({
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_TIMEOUT_MS: '300',
      WECHAT_TEMPLATES: JSON.stringify(TEMPLATES),
      SMS_PROVIDER: 'http',
      SMS_API_BASE: sms.server.baseUrl,
      SMS_API_KEY: 'notice-key',
      SMS_TIMEOUT_MS: '300',
      DISPATCH_BATCH_SIZE: '20',
      DISPATCH_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      DISPATCH_CLAIM_TTL_MS: String(CLAIM_TTL_MS),
      DISPATCH_RETRY_BASE_MS: String(RETRY_BASE_MS),
      DISPATCH_RETRY_CAP_MS: '60000',
    });
    a = t.app.get(OutboxDispatcher);
    leasesB = new JobLeaseService(t.db);
    b = new OutboxDispatcher(
      t.db,
      t.config,
      leasesB,
      new WechatClient(t.config),
      new PushSmsSender(t.config),
      new WechatSubscriptionsService(t.db, t.config),
    );
    // whatever other test files of this run left in the outbox is not this file's business
    await drain(a);
  }, 30_000);

  afterAll(async () => {
    await t.close();
    await wechat.close();
    await sms.server.close();
  });

  beforeEach(() => {
    wechat.reset();
    sms.server.reset();
    sms.notices.length = 0;
  });

  it(
    onMariaDb
      ? 'delivers each of 1,000 messages exactly once with two dispatchers claiming at the same time (SKIP LOCKED)'
      : 'delivers each of 1,000 messages exactly once on SQLite, where of two dispatchers only the lease holder sends (no row locks: the two-instance race is MariaDB-only)',
    async () => {
      const users = await Promise.all(
        Array.from({ length: 100 }, () => makeUser({ credits: { tplEnrol: 10 } })),
      );
      const ids: string[] = [];
      for (const u of users) ids.push(...(await notify(u.id, 'enrolment.enrolled', 10)));

      const [runsA, runsB] = await Promise.all([drain(a), drain(b)]);
      // the first of the two to run out stops; the other may still have been sending: finish it
      await Promise.all([drain(a), drain(b)]);

      const delivered = new Map<string, number>();
      for (const m of wechat.sentMessages) {
        const nid = nidOf(m.page);
        if (nid) delivered.set(nid, (delivered.get(nid) ?? 0) + 1);
      }
      expect(ids.filter((id) => delivered.get(id) !== 1)).toEqual([]);
      expect(wechat.sentMessages).toHaveLength(1000);

      const rows = await notifications().findBy({ id: In(ids) });
      expect(rows.filter((r) => r.status !== 'sent' || r.channel !== 'wechat')).toEqual([]);
      expect(rows.every((r) => r.sentAt !== null && r.claimedUntil === null)).toBe(true);
      const byHolder = new Map<string, number>();
      for (const r of rows)
        byHolder.set(r.claimedBy ?? '', (byHolder.get(r.claimedBy ?? '') ?? 0) + 1);
      const claimedA = runsA.reduce((n, r) => n + r.claimed, 0);
      const claimedB = runsB.reduce((n, r) => n + r.claimed, 0);
      if (onMariaDb) {
        // both really worked, and between them claimed each row once
        expect(byHolder.get(a.holder)).toBeGreaterThan(0);
        expect(byHolder.get(b.holder)).toBeGreaterThan(0);
      } else {
        expect(byHolder.size).toBe(1);
        expect(Math.min(claimedA, claimedB)).toBe(0);
      }
      expect(claimedA + claimedB).toBeGreaterThanOrEqual(1000);
      const left = await t.db
        .getRepository(WechatSubscriptionEntity)
        .findBy({ userId: In(users.map((u) => u.id)) });
      expect(left.every((s) => s.credits === 0)).toBe(true);
      await leasesB.release(DISPATCH_LEASE);
    },
    60_000,
  );

  it('loses nothing when a dispatcher dies mid-batch: after the claim deadline another instance sends its rows, and the dead one’s late writes change nothing', async () => {
    const user = await makeUser({ credits: { tplEnrol: 30 } });
    const ids = await notify(user.id, 'enrolment.enrolled', 30);
    // far past any lease or claim earlier tests left, so this is the only due work
    const t0 = new Date(Date.now() + 10 * 86_400_000);
    await t.app.get(JobLeaseService).acquire(DISPATCH_LEASE, CLAIM_TTL_MS, t0);
    // "a" claims a batch and dies before sending any of it
    const claimed = await a.claim(t0);
    expect(claimed).toHaveLength(20);
    expect(claimed.every((r) => ids.includes(r.id))).toBe(true);

    // while the claim holds, "b" (on SQLite: once the dead holder's lease has run out) sends the rest only
    const later = new Date(t0.getTime() + CLAIM_TTL_MS + 1);
    if (onMariaDb) {
      await drain(b, () => new Date(t0.getTime() + 1000));
      expect(wechat.sentMessages).toHaveLength(10);
      expect((await row(claimed[0].id)).status).toBe('sending');
    }
    await drain(b, () => later);
    await leasesB.release(DISPATCH_LEASE);
    expect(wechat.sentMessages).toHaveLength(30);
    const nids = wechat.sentMessages.map((m) => nidOf(m.page));
    expect(new Set(nids).size).toBe(30);
    const rows = await notifications().findBy({ id: In(ids) });
    expect(rows.every((r) => r.status === 'sent' && r.claimedBy === b.holder)).toBe(true);

    // "a" wakes up after its deadline: it sends nothing and overwrites nothing
    const late = await a.deliverClaimed(claimed, new Date(later.getTime() + 1000));
    expect(late).toMatchObject({ claimed: 20, sent: 0, lost: 20 });
    expect(wechat.sentMessages).toHaveLength(30);
    expect((await notifications().findBy({ id: In(ids) })).every((r) => r.status === 'sent')).toBe(
      true,
    );
  });

  it('retries WeChat 5xx, a hang and -1 (system busy) with a growing backoff, keeps the credit, then sends', async () => {
    const user = await makeUser({ credits: { tplEnrol: 1 } });
    const [id] = await notify(user.id);
    wechat.failNext(SEND, { status: 502 });
    wechat.failNext(SEND, { hang: true });
    wechat.failNext(SEND, { errcode: -1 });

    let now = new Date(Date.now() + 20 * 86_400_000);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await drain(a, () => now);
      const r = await row(id);
      expect(r).toMatchObject({ status: 'pending', attempts: attempt, channel: 'wechat' });
      expect(r.lastError).toMatch(/^wechat: /);
      expect(await credits(user.id, 'tplEnrol')).toBe(1);
      const next = (r.nextAttemptAt as Date).getTime();
      delays.push(next - now.getTime());
      // not a moment before its time
      await drain(a, () => new Date(next - 50));
      expect((await row(id)).attempts).toBe(attempt);
      now = new Date(next);
    }
    expect(delays[0]).toBeGreaterThanOrEqual(0.8 * RETRY_BASE_MS);
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(delays[2]).toBeGreaterThan(delays[1]);
    expect((await row(id)).lastError).toMatch(/-1/);

    await drain(a, () => now);
    expect(await row(id)).toMatchObject({ status: 'sent', channel: 'wechat', attempts: 3 });
    expect(await credits(user.id, 'tplEnrol')).toBe(0);
    expect(wechat.sentMessages.map((m) => nidOf(m.page))).toEqual([id]);
  });

  it('gives up after the last attempt: failed, with the reason', async () => {
    const user = await makeUser({ credits: { tplEnrol: 1 } });
    const [id] = await notify(user.id);
    for (let i = 0; i < MAX_ATTEMPTS; i++) wechat.failNext(SEND, { status: 503 });
    let now = new Date(Date.now() + 30 * 86_400_000);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await drain(a, () => now);
      now = new Date(now.getTime() + 3_600_000);
    }
    const r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, channel: 'wechat' });
    expect(r.lastError).toMatch(new RegExp(`^after ${MAX_ATTEMPTS} attempts: wechat: `));
    expect(wechatSendsTo(user.wechatOpenId)).toHaveLength(MAX_ATTEMPTS);
    expect(wechat.sentMessages).toHaveLength(0);
    // never claimed again
    await drain(a, () => new Date(now.getTime() + 86_400_000));
    expect(wechatSendsTo(user.wechatOpenId)).toHaveLength(MAX_ATTEMPTS);
  });

  it('on 43101 sets the credits to 0, sends nothing more on that template, and falls back to SMS for a priority worker', async () => {
    const worker = await makeUser({ phone: true, priority: '脱贫人口', credits: { tplEnrol: 3 } });
    const [first] = await notify(worker.id);
    wechat.failNext(SEND, { errcode: 43101 });
    await drain(a);
    expect(await credits(worker.id, 'tplEnrol')).toBe(0);
    const r = await row(first);
    expect(r).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(r.lastError).toMatch(/43101/);
    expect(sms.notices).toEqual([
      {
        phone: worker.phone,
        text: expect.stringMatching(/^【报名成功 \d+】/) as string,
        reference: first,
      },
    ]);

    const [second] = await notify(worker.id);
    await drain(a);
    expect(await row(second)).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(wechatSendsTo(worker.wechatOpenId)).toHaveLength(1);

    // without a phone or priority there is nowhere else to go
    const plain = await makeUser({ credits: { tplEnrol: 2 } });
    const [third] = await notify(plain.id);
    wechat.failNext(SEND, { errcode: 43101 });
    await drain(a);
    expect(await row(third)).toMatchObject({ status: 'skipped', channel: 'wechat' });
    expect(await credits(plain.id, 'tplEnrol')).toBe(0);
  });

  it('never sends over WeChat without a credit: skipped, or SMS for priority workers and job offers', async () => {
    const noCredit = await makeUser({ phone: true });
    const priority = await makeUser({ phone: true, priority: '农村低收入人口' });
    const noOpenId = await makeUser({ openId: false });
    const [skipped] = await notify(noCredit.id, 'enrolment.enrolled');
    const [offered] = await notify(noCredit.id, 'application.offered');
    const [priorityRow] = await notify(priority.id, 'session.changed');
    const [noTemplate] = await notify(
      (await makeUser({ credits: { tplEnrol: 1 } })).id,
      'certification.passed',
    );
    const [noWechat] = await notify(noOpenId.id, 'enrolment.enrolled');
    await drain(a);

    expect(wechat.calls.filter((c) => c.path === SEND)).toHaveLength(0);
    expect(await row(skipped)).toMatchObject({ status: 'skipped', channel: 'inbox' });
    expect((await row(skipped)).lastError).toMatch(/no subscription credit/);
    expect(await row(offered)).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(await row(priorityRow)).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(await row(noTemplate)).toMatchObject({ status: 'skipped' });
    expect((await row(noTemplate)).lastError).toMatch(/no wechat template/);
    expect((await row(noWechat)).lastError).toMatch(/no wechat openid/);
    expect(sms.notices.map((n) => n.reference).sort()).toEqual([offered, priorityRow].sort());
  });

  it('retries an SMS when the provider is down, and fails at once on a refusal', async () => {
    const worker = await makeUser({ openId: false, phone: true, priority: '脱贫人口' });
    const [id] = await notify(worker.id);
    sms.failNext({ status: 503 });
    const now = new Date(Date.now() + 40 * 86_400_000);
    await drain(a, () => now);
    const r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1, channel: 'sms' });
    await drain(a, () => r.nextAttemptAt as Date);
    expect(await row(id)).toMatchObject({ status: 'sent', channel: 'sms', attempts: 1 });

    const [refused] = await notify(worker.id);
    sms.failNext({ status: 400 });
    await drain(a, () => new Date(now.getTime() + 3_600_000));
    expect(await row(refused)).toMatchObject({ status: 'failed', channel: 'sms' });
  });

  it('POST /wechat/subscriptions adds one credit per accepted template; unknown templates are refused whole', async () => {
    const login = await demoLogin(t, 'worker');
    const token = login.accessToken;
    const before = await call<SubscriptionCreditsResponse>(
      t.baseUrl,
      'GET',
      '/api/v1/wechat/subscriptions',
      { token },
    );
    expect(before.status).toBe(200);
    expect(Object.keys(before.body.credits).sort()).toEqual(Object.values(TEMPLATES).sort());

    const added = await call<SubscriptionCreditsResponse>(
      t.baseUrl,
      'POST',
      '/api/v1/wechat/subscriptions',
      { token, body: { accepted: ['tplEnrol', 'tplApply', 'tplEnrol'] } },
    );
    expect(added.status).toBe(200);
    expect(added.body.credits).toEqual({
      ...before.body.credits,
      tplEnrol: before.body.credits.tplEnrol + 1,
      tplApply: before.body.credits.tplApply + 1,
    });

    // reports arriving at once each count
    await Promise.all(
      Array.from({ length: 10 }, () =>
        call(t.baseUrl, 'POST', '/api/v1/wechat/subscriptions', {
          token,
          body: { accepted: ['tplSession'] },
        }),
      ),
    );
    const refused = await call(t.baseUrl, 'POST', '/api/v1/wechat/subscriptions', {
      token,
      body: { accepted: ['tplEnrol', 'tplNotOurs'] },
    });
    expect(refused.status).toBe(400);
    expectError(refused.body, 'VALIDATION_FAILED');
    const bad = await call(t.baseUrl, 'POST', '/api/v1/wechat/subscriptions', {
      token,
      body: { accepted: 'tplEnrol' },
    });
    expect(bad.status).toBe(400);
    const after = await call<SubscriptionCreditsResponse>(
      t.baseUrl,
      'GET',
      '/api/v1/wechat/subscriptions',
      { token },
    );
    expect(after.body.credits).toEqual({
      ...added.body.credits,
      tplSession: added.body.credits.tplSession + 10,
    });
    const anonymous = await call(t.baseUrl, 'GET', '/api/v1/wechat/subscriptions');
    expect(anonymous.status).toBe(401);
  });
});
