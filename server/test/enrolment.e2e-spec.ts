import { randomUUID } from 'node:crypto';
import type {
  EnrolmentListResponse,
  EnrolmentResponse,
  NotificationListResponse,
} from '@app/shared/api';
import type { PriorityGroup } from '@app/shared/enums';
import { TokenService } from '../src/modules/auth/token.service';
import { EnrolmentEntity } from '../src/modules/enrolment/enrolment.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { DEMO_PROVIDER_ID } from '../src/modules/auth/demo-accounts';
import { chinaDate } from '../src/common/china-time';
import {
  LessonEntity,
  TrainingSessionEntity,
} from '../src/modules/training/training-session.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import { expectError } from './helpers/accounts';
import { call, startTestApp, type TestApp } from './helpers/test-app';

const DEMO_COURSE_ID = '00000000-0000-4000-8c00-000000000003'; // 福绵裁缝's demo course

describe('enrolment: seats, waitlist, cancellation', () => {
  let t: TestApp;
  let tokens: TokenService;

  beforeAll(async () => {
    t = await startTestApp();
    tokens = t.app.get(TokenService);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Workers with profiles, made directly in the database (the accounts flows are tested elsewhere). */
  async function workers(n: number, priorityGroup: PriorityGroup | null = null) {
    const now = new Date();
    const users = Array.from({ length: n }, (_, i) => ({
      id: randomUUID(),
      displayName: `学员${i}`,
      phone: null,
      wechatOpenId: null,
      wechatUnionId: null,
      roles: ['worker' as const],
      status: 'active' as const,
      regionCode: null,
      employerId: null,
      providerId: null,
      providerRole: null,
      deletedAt: null,
      isDemo: false,
    }));
    for (let i = 0; i < users.length; i += 200) {
      await t.db.getRepository(UserEntity).insert(users.slice(i, i + 200));
      await t.db.getRepository(WorkerProfileEntity).insert(
        users.slice(i, i + 200).map((u) => ({
          userId: u.id,
          realName: u.displayName,
          idNumberCipher: null,
          idNumberKeyId: null,
          idNumberHash: null,
          idNumberMasked: null,
          gender: 'female' as const,
          birthDate: '1990-01-01',
          householdRegionCode: '450903',
          currentRegionCode: '450903',
          education: null,
          skills: [],
          wantedBrands: [],
          wantedRegionCodes: [],
          minMonthlySalary: null,
          priorityGroup,
          priorityConsentAt: priorityGroup ? now : null,
          consentVersion: '2026-11-v1',
          consentAt: now,
          assistedBy: null,
          paperConsentReference: null,
          claimedAt: null,
          erasedAt: null,
        })),
      );
    }
    return Promise.all(
      users.map(async (u) => ({ id: u.id, token: (await tokens.issue(u.id)).accessToken })),
    );
  }

  async function session(capacity: number, overrides: Partial<TrainingSessionEntity> = {}) {
    const id = randomUUID();
    const today = new Date();
    await t.db.getRepository(TrainingSessionEntity).insert({
      id,
      courseId: DEMO_COURSE_ID,
      providerId: DEMO_PROVIDER_ID,
      brandCode: 'fumian-caifeng',
      occupationCode: 'fengrengong',
      title: `测试班${id.slice(0, 4)}`,
      regionCode: '450903',
      address: '测试地址',
      latitude: null,
      longitude: null,
      startDate: chinaDate(today, 10),
      endDate: chinaDate(today, 12),
      enrolOpensAt: chinaDate(today, -1),
      enrolClosesAt: chinaDate(today, 9),
      capacity,
      seatsTaken: 0,
      subsidised: true,
      minAttendanceRate: 0.8,
      status: 'scheduled',
      isDemo: false,
      createdBy: randomUUID(),
      ...overrides,
    });
    return id;
  }

  const enrol = (sessionId: string, token: string, key?: string) =>
    call<EnrolmentResponse>(t.baseUrl, 'POST', `/api/v1/sessions/${sessionId}/enrolments`, {
      token,
      body: key ? { idempotencyKey: key } : {},
    });
  const cancel = (id: string, token: string) =>
    call<EnrolmentResponse>(t.baseUrl, 'POST', `/api/v1/enrolments/${id}/cancel`, { token });

  it('a burst of 500 on 50 seats: exactly 50 enrolled, the rest waitlisted 1..N, priority first', async () => {
    const sessionId = await session(50);
    const plain = await workers(400);
    const priority = await workers(100, '脱贫人口');
    const all = [...plain, ...priority].sort(() => Math.random() - 0.5);
    const answers = await Promise.all(all.map((w) => enrol(sessionId, w.token)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const rows = await t.db.getRepository(EnrolmentEntity).findBy({ sessionId });
    expect(rows).toHaveLength(500);
    expect(rows.filter((r) => r.status === 'enrolled')).toHaveLength(50);
    const stored = await t.db
      .getRepository(TrainingSessionEntity)
      .findOneByOrFail({ id: sessionId });
    expect(stored.seatsTaken).toBe(50);

    const mine = await Promise.all(
      all.map((w) =>
        call<EnrolmentListResponse>(t.baseUrl, 'GET', '/api/v1/enrolments/mine', {
          token: w.token,
        }),
      ),
    );
    const waiting = mine
      .map((m) => m.body.items.find((e) => e.sessionId === sessionId))
      .filter((e) => e?.status === 'waitlisted');
    const positions = waiting.map((e) => e?.waitlistPosition ?? 0).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    // every waiting priority worker is ahead of every waiting plain one
    const maxPriority = Math.max(
      ...waiting.filter((e) => e?.priority).map((e) => e?.waitlistPosition ?? 0),
    );
    const minPlain = Math.min(
      ...waiting.filter((e) => !e?.priority).map((e) => e?.waitlistPosition ?? 0),
    );
    expect(maxPriority).toBeLessThan(minPlain);

    // the same request again changes nothing
    const again = await enrol(sessionId, all[0].token, 'repeat-key-0001');
    expect(again.status).toBe(200);
    expect(await t.db.getRepository(EnrolmentEntity).countBy({ sessionId })).toBe(500);
  }, 60_000);

  it('cancelling promotes the head of the waitlist at once and tells them; cancelling twice is harmless', async () => {
    const sessionId = await session(1);
    const [a, b, c] = await workers(3);
    const first = await enrol(sessionId, a.token);
    expect(first.body.enrolment.status).toBe('enrolled');
    const second = await enrol(sessionId, b.token);
    expect(second.body.enrolment).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const third = await enrol(sessionId, c.token);
    expect(third.body.enrolment.waitlistPosition).toBe(2);

    const cancelled = await cancel(first.body.enrolment.id, a.token);
    expect(cancelled.body.enrolment.status).toBe('cancelled');
    const promoted = await t.db
      .getRepository(EnrolmentEntity)
      .findOneByOrFail({ id: second.body.enrolment.id });
    expect(promoted.status).toBe('enrolled');
    expect(promoted.promotedAt).not.toBeNull();
    const inbox = await call<NotificationListResponse>(
      t.baseUrl,
      'GET',
      '/api/v1/notifications/mine',
      { token: b.token },
    );
    expect(inbox.body.items.map((n) => n.kind)).toContain('enrolment.promoted');
    const cMine = await call<EnrolmentListResponse>(t.baseUrl, 'GET', '/api/v1/enrolments/mine', {
      token: c.token,
    });
    expect(cMine.body.items[0].waitlistPosition).toBe(1);

    const twice = await cancel(first.body.enrolment.id, a.token);
    expect(twice.status).toBe(200);
    const stored = await t.db
      .getRepository(TrainingSessionEntity)
      .findOneByOrFail({ id: sessionId });
    expect(stored.seatsTaken).toBe(1);
    expect(
      await t.db
        .getRepository(NotificationEntity)
        .countBy({ userId: b.id, kind: 'enrolment.promoted' }),
    ).toBe(1);
  });

  it('lists each waitlisted place with its own position, in the order seats are handed out', async () => {
    const [seatedX, aheadX, me, seatedY, behindY] = await workers(5);
    const [priority] = await workers(1, '脱贫人口');
    const [x, y, z] = await Promise.all([session(1), session(1), session(5)]);
    const mine = async (token: string) =>
      new Map(
        (
          await call<EnrolmentListResponse>(t.baseUrl, 'GET', '/api/v1/enrolments/mine', {
            token,
          })
        ).body.items.map((e) => [e.sessionId, e.waitlistPosition]),
      );

    await enrol(x, seatedX.token);
    await enrol(x, aheadX.token);
    expect((await enrol(x, me.token)).body.enrolment.waitlistPosition).toBe(2);
    // a priority group joining later goes ahead of both
    expect((await enrol(x, priority.token)).body.enrolment.waitlistPosition).toBe(1);
    await enrol(y, seatedY.token);
    const meY = (await enrol(y, me.token)).body.enrolment;
    const behind = (await enrol(y, behindY.token)).body.enrolment;
    expect([meY.waitlistPosition, behind.waitlistPosition]).toEqual([1, 2]);
    expect((await enrol(z, me.token)).body.enrolment.status).toBe('enrolled');

    expect(await mine(me.token)).toEqual(
      new Map([
        [x, 3],
        [y, 1],
        [z, null],
      ]),
    );

    // the same moment in the queue: the smaller id is ahead, as promoteHead takes it
    const rows = t.db.getRepository(EnrolmentEntity);
    const { queuedAt } = await rows.findOneByOrFail({ id: meY.id });
    await rows.update({ id: behind.id }, { queuedAt });
    const first = meY.id < behind.id ? meY : behind;
    expect((await mine(me.token)).get(y)).toBe(first === meY ? 1 : 2);
    expect((await mine(behindY.token)).get(y)).toBe(first === meY ? 2 : 1);
    const seated = await rows.findOneByOrFail({ sessionId: y, workerId: seatedY.id });
    await cancel(seated.id, seatedY.token);
    expect((await rows.findOneByOrFail({ id: first.id })).status).toBe('enrolled');
  });

  it('refuses outside the window, without a profile, a cancelled session, and overlapping lessons', async () => {
    const [w] = await workers(1);
    const closed = await session(5, {
      enrolClosesAt: chinaDate(new Date(), -1),
      enrolOpensAt: chinaDate(new Date(), -5),
    });
    expectError((await enrol(closed, w.token)).body, 'ENROLMENT_CLOSED');
    const gone = await session(5, { status: 'cancelled' });
    expectError((await enrol(gone, w.token)).body, 'SESSION_NOT_OPEN');

    const noProfile = randomUUID();
    await t.db.getRepository(UserEntity).insert({
      id: noProfile,
      displayName: '新用户',
      phone: null,
      wechatOpenId: null,
      wechatUnionId: null,
      roles: ['worker'],
      status: 'active',
      regionCode: null,
      employerId: null,
      providerId: null,
      providerRole: null,
      deletedAt: null,
      isDemo: false,
    });
    const open = await session(5);
    expectError(
      (await enrol(open, (await tokens.issue(noProfile)).accessToken)).body,
      'PROFILE_REQUIRED',
    );

    const day = chinaDate(new Date(), 10);
    const s1 = await session(5);
    const s2 = await session(5);
    for (const [sessionId, from, to] of [
      [s1, '09:00', '12:00'],
      [s2, '11:00', '14:00'],
    ]) {
      await t.db.getRepository(LessonEntity).insert({
        id: randomUUID(),
        sessionId,
        topic: '',
        startsAt: new Date(`${day}T${from}:00+08:00`),
        endsAt: new Date(`${day}T${to}:00+08:00`),
      });
    }
    expect((await enrol(s1, w.token)).body.enrolment.status).toBe('enrolled');
    expectError((await enrol(s2, w.token)).body, 'SCHEDULE_CONFLICT');
    expect(await t.db.getRepository(EnrolmentEntity).countBy({ sessionId: s2 })).toBe(0);
  });

  it('a trainer of the provider, or an admin in scope, enrols a worker on their behalf with a reason', async () => {
    const sessionId = await session(5);
    const [w, v] = await workers(2);
    const login = async (role: 'trainer' | 'admin' | 'employer') =>
      (
        await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
          body: { role },
        })
      ).body.accessToken;
    const assisted = (token: string, workerId: string) =>
      call<EnrolmentResponse>(
        t.baseUrl,
        'POST',
        `/api/v1/sessions/${sessionId}/enrolments/assisted`,
        {
          token,
          body: { workerId, reason: '劳动者没有智能手机，现场代为报名' },
        },
      );
    const byTrainer = await assisted(await login('trainer'), w.id);
    expect(byTrainer.status).toBe(200);
    expect(byTrainer.body.enrolment.status).toBe('enrolled');
    const row = await t.db
      .getRepository(EnrolmentEntity)
      .findOneByOrFail({ sessionId, workerId: w.id });
    expect(row.assistReason).toBe('劳动者没有智能手机，现场代为报名');
    expect(row.assistedBy).toBe('00000000-0000-4000-8000-000000000003');
    expect((await assisted(await login('admin'), v.id)).status).toBe(200);
    expect((await assisted(await login('employer'), v.id)).status).toBe(403);
    // an admin of another region does not see the session
    const gz = randomUUID();
    await t.db.getRepository(UserEntity).insert({
      id: gz,
      displayName: '广州管理员',
      phone: null,
      wechatOpenId: null,
      wechatUnionId: null,
      roles: ['admin'],
      status: 'active',
      regionCode: '440100',
      employerId: null,
      providerId: null,
      providerRole: null,
      deletedAt: null,
      isDemo: false,
    });
    expect((await assisted((await tokens.issue(gz)).accessToken, v.id)).status).toBe(404);
    const noReason = await call(
      t.baseUrl,
      'POST',
      `/api/v1/sessions/${sessionId}/enrolments/assisted`,
      {
        token: await login('trainer'),
        body: { workerId: v.id },
      },
    );
    expect(noReason.status).toBe(400);
  });

  it('only workers enrol; another worker cannot cancel someone else’s enrolment', async () => {
    const sessionId = await session(5);
    const [a, b] = await workers(2);
    const mineRes = await enrol(sessionId, a.token);
    const other = await cancel(mineRes.body.enrolment.id, b.token);
    expect(other.status).toBe(404);
    const trainer = await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
      body: { role: 'trainer' },
    });
    expect((await enrol(sessionId, trainer.body.accessToken)).status).toBe(403);
    expect(
      (await call(t.baseUrl, 'POST', `/api/v1/sessions/${sessionId}/enrolments`, { body: {} }))
        .status,
    ).toBe(401);
    const bad = await enrol(sessionId, a.token, 'bad key!');
    expect(bad.status).toBe(400);
  });
});
