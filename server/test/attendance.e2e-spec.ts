import { createHmac, randomUUID } from 'node:crypto';
import type {
  AttendanceSyncResponse,
  CompletionResponse,
  LessonQrResponse,
  QrCheckInResponse,
  RosterResponse,
} from '@app/shared/api';
import { DEMO_PROVIDER_ID } from '../src/modules/auth/demo-accounts';
import { TokenService } from '../src/modules/auth/token.service';
import { AttendanceEntity } from '../src/modules/attendance/attendance.entity';
import { EnrolmentEntity } from '../src/modules/enrolment/enrolment.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { chinaDate } from '../src/common/china-time';
import { DEMO_GZ_PROVIDER_ID } from '../src/modules/training/training.seed';
import {
  LessonEntity,
  TrainingSessionEntity,
} from '../src/modules/training/training-session.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { expectError } from './helpers/accounts';
import { insertEnrolment, insertSession, insertUser } from './helpers/session-fixtures';
import { AttendanceService } from '../src/modules/attendance/attendance.service';
import { call, startTestApp, type TestApp } from './helpers/test-app';

const SLOT = 30;

describe('attendance: roll call, offline sync, rotating QR', () => {
  let t: TestApp;
  let tokens: TokenService;
  let qrKey: Buffer;
  let trainer: string;
  let sessionId: string;
  let lessonNow: string;
  let lessonLater: string;
  const enrolled = { id: randomUUID(), token: '' };
  const stranger = { id: randomUUID(), token: '' };

  const sign = (sid: string, lessonId: string, slot: number) =>
    `${lessonId}.${slot}.${createHmac('sha256', qrKey).update(`${sid}|${lessonId}|${slot}`).digest('base64url').slice(0, 22)}`;
  const codeOf = (sid: string, lessonId: string, slot: number) =>
    String(
      createHmac('sha256', qrKey)
        .update(`code|${sid}|${lessonId}|${slot}`)
        .digest()
        .readUInt32BE(0) % 1_000_000,
    ).padStart(6, '0');
  const slotOf = (at: Date) => Math.floor(at.getTime() / 1000 / SLOT);

  async function user(
    id: string,
    roles: ('worker' | 'trainer')[],
    providerId: string | null = null,
  ) {
    await t.db.getRepository(UserEntity).insert({
      id,
      displayName: '测试',
      phone: null,
      wechatOpenId: null,
      wechatUnionId: null,
      roles,
      status: 'active',
      regionCode: null,
      employerId: null,
      providerId,
      providerRole: providerId ? 'trainer' : null,
      deletedAt: null,
      isDemo: false,
    });
    return (await tokens.issue(id)).accessToken;
  }

  beforeAll(async () => {
    t = await startTestApp();
    tokens = t.app.get(TokenService);
    qrKey = createHmac('sha256', t.config.get('jwt').accessSecret)
      .update('attendance-qr-v1')
      .digest();
    trainer = (
      await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
        body: { role: 'trainer' },
      })
    ).body.accessToken;
    sessionId = randomUUID();
    const now = Date.now();
    await t.db.getRepository(TrainingSessionEntity).insert({
      id: sessionId,
      courseId: '00000000-0000-4000-8c00-000000000003',
      providerId: DEMO_PROVIDER_ID,
      brandCode: 'fumian-caifeng',
      occupationCode: 'fengrengong',
      title: '今天在上课的班',
      regionCode: '450903',
      address: '教室',
      latitude: null,
      longitude: null,
      startDate: chinaDate(new Date(), -1),
      endDate: chinaDate(new Date(), 1),
      enrolOpensAt: chinaDate(new Date(), -5),
      enrolClosesAt: chinaDate(new Date(), -2),
      capacity: 10,
      seatsTaken: 1,
      subsidised: true,
      minAttendanceRate: 0.8,
      status: 'scheduled',
      isDemo: false,
      createdBy: randomUUID(),
    });
    lessonNow = randomUUID();
    lessonLater = randomUUID();
    await t.db.getRepository(LessonEntity).insert([
      {
        id: lessonNow,
        sessionId,
        topic: '正在上',
        startsAt: new Date(now - 5 * 60_000),
        endsAt: new Date(now + 60 * 60_000),
      },
      {
        id: lessonLater,
        sessionId,
        topic: '明天',
        startsAt: new Date(now + 24 * 3600_000),
        endsAt: new Date(now + 26 * 3600_000),
      },
    ]);
    enrolled.token = await user(enrolled.id, ['worker']);
    stranger.token = await user(stranger.id, ['worker']);
    await t.db.getRepository(EnrolmentEntity).insert({
      id: randomUUID(),
      sessionId,
      workerId: enrolled.id,
      status: 'enrolled',
      priority: 0,
      queuedAt: new Date(),
      idempotencyKey: null,
      assistedBy: null,
      assistReason: null,
      promotedAt: null,
      cancelledAt: null,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const checkIn = (token: string, body: Record<string, unknown>) =>
    call<QrCheckInResponse>(t.baseUrl, 'POST', '/api/v1/attendance/check-in', { token, body });

  describe('rotating QR', () => {
    it('the trainer’s screen token checks an enrolled worker in, once', async () => {
      const qr = await call<LessonQrResponse>(
        t.baseUrl,
        'GET',
        `/api/v1/provider/lessons/${lessonNow}/qr`,
        { token: trainer },
      );
      expect(qr.status).toBe(200);
      expect(qr.body.slotSeconds).toBe(30);
      const slotNow = slotOf(new Date());
      expect([
        sign(sessionId, lessonNow, slotNow),
        sign(sessionId, lessonNow, slotNow - 1),
      ]).toContain(qr.body.token);
      const res = await checkIn(enrolled.token, { token: qr.body.token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ lessonId: lessonNow, status: 'present' });
      const again = await checkIn(enrolled.token, { token: qr.body.token });
      expect(again.body.markedAt).toBe(res.body.markedAt);
      expect(
        await t.db
          .getRepository(AttendanceEntity)
          .countBy({ lessonId: lessonNow, workerId: enrolled.id }),
      ).toBe(1);
    });

    it('the previous slot is still accepted; older, forged, other-lesson and not-enrolled are refused', async () => {
      const slot = slotOf(new Date());
      await t.db
        .getRepository(AttendanceEntity)
        .delete({ lessonId: lessonNow, workerId: enrolled.id });
      expect(
        (await checkIn(enrolled.token, { token: sign(sessionId, lessonNow, slot - 1) })).status,
      ).toBe(200);
      await t.db
        .getRepository(AttendanceEntity)
        .delete({ lessonId: lessonNow, workerId: enrolled.id });

      expectError(
        (await checkIn(enrolled.token, { token: sign(sessionId, lessonNow, slot - 3) })).body,
        'QR_TOKEN_INVALID',
      );
      const forged = `${lessonNow}.${slot}.${'A'.repeat(22)}`;
      expectError((await checkIn(enrolled.token, { token: forged })).body, 'QR_TOKEN_INVALID');
      // a signature made for the other lesson does not open this one
      const other = sign(sessionId, lessonLater, slot).split('.')[2];
      expectError(
        (await checkIn(enrolled.token, { token: `${lessonNow}.${slot}.${other}` })).body,
        'QR_TOKEN_INVALID',
      );
      // a genuine token of a lesson that is not running
      expectError(
        (await checkIn(enrolled.token, { token: sign(sessionId, lessonLater, slot) })).body,
        'LESSON_NOT_RUNNING',
      );
      expectError(
        (await checkIn(stranger.token, { token: sign(sessionId, lessonNow, slot) })).body,
        'NOT_ENROLLED',
      );
      expect(await t.db.getRepository(AttendanceEntity).countBy({ lessonId: lessonNow })).toBe(0);
    });

    it('an offline scan sent later counts when its token was current at the scan time', async () => {
      const scannedAt = new Date(Date.now() - 3 * 60_000);
      const res = await checkIn(enrolled.token, {
        token: sign(sessionId, lessonNow, slotOf(scannedAt)),
        scannedAt: scannedAt.toISOString(),
      });
      expect(res.status).toBe(200);
      expect(new Date(res.body.markedAt).getTime()).toBe(scannedAt.getTime());
      const lying = await checkIn(stranger.token, {
        token: sign(sessionId, lessonNow, slotOf(new Date())),
        scannedAt: scannedAt.toISOString(), // a fresh token claimed as scanned minutes ago
      });
      expect(lying.status).toBe(400);
    });
  });

  describe('typed 6-digit code', () => {
    it('checks in the worker whose class is running, for the current slot ±1 only; guessing is cut off', async () => {
      await t.db
        .getRepository(AttendanceEntity)
        .delete({ lessonId: lessonNow, workerId: enrolled.id });
      const qr = await call<LessonQrResponse>(
        t.baseUrl,
        'GET',
        `/api/v1/provider/lessons/${lessonNow}/qr`,
        { token: trainer },
      );
      expect(qr.body.code).toMatch(/^\d{6}$/);
      const slot = slotOf(new Date());
      expect([
        codeOf(sessionId, lessonNow, slot),
        codeOf(sessionId, lessonNow, slot - 1),
      ]).toContain(qr.body.code);
      const res = await checkIn(enrolled.token, { code: qr.body.code });
      expect(res.status).toBe(200);
      expect(res.body.lessonId).toBe(lessonNow);
      // an old code, and the right code from someone not in the class
      expectError(
        (await checkIn(enrolled.token, { code: codeOf(sessionId, lessonNow, slot - 3) })).body,
        'QR_TOKEN_INVALID',
      );
      expectError((await checkIn(stranger.token, { code: qr.body.code })).body, 'QR_TOKEN_INVALID');
      // ten wrong codes in ten minutes, then even a right one waits
      for (let i = 0; i < 9; i++) {
        expect((await checkIn(stranger.token, { code: String(100000 + i) })).status).toBe(400);
      }
      const blocked = await checkIn(stranger.token, { code: qr.body.code });
      expect(blocked.status).toBe(429);
      expectError(blocked.body, 'RATE_LIMITED');
      // neither a token nor a code, or a code that is not six digits: 400 before anything is looked up
      expectError((await checkIn(enrolled.token, {})).body, 'VALIDATION_FAILED');
      expectError((await checkIn(enrolled.token, { code: '12345' })).body, 'VALIDATION_FAILED');
    });
  });

  describe('geofence', () => {
    it('when the provider set a radius, the scan must carry a location inside it', async () => {
      const near = { id: randomUUID(), token: '' };
      near.token = await user(near.id, ['worker']);
      await t.db.getRepository(EnrolmentEntity).insert({
        id: randomUUID(),
        sessionId,
        workerId: near.id,
        status: 'enrolled',
        priority: 0,
        queuedAt: new Date(),
        idempotencyKey: null,
        assistedBy: null,
        assistReason: null,
        promotedAt: null,
        cancelledAt: null,
      });
      // 福绵区 class site; 0.001° of latitude is about 111 m
      await t.db
        .getRepository(TrainingSessionEntity)
        .update(
          { id: sessionId },
          { latitude: 22.5833, longitude: 110.05, geofenceRadiusMeters: 200 },
        );
      try {
        const token = sign(sessionId, lessonNow, slotOf(new Date()));
        expectError((await checkIn(near.token, { token })).body, 'LOCATION_REQUIRED');
        const far = await checkIn(near.token, { token, latitude: 22.5933, longitude: 110.05 }); // ~1.1 km
        expect(far.status).toBe(403);
        expectError(far.body, 'OUTSIDE_GEOFENCE');
        expect(
          await t.db
            .getRepository(AttendanceEntity)
            .countBy({ lessonId: lessonNow, workerId: near.id }),
        ).toBe(0);
        const inside = await checkIn(near.token, { token, latitude: 22.5843, longitude: 110.05 }); // ~110 m
        expect(inside.status).toBe(200);
      } finally {
        await t.db
          .getRepository(TrainingSessionEntity)
          .update(
            { id: sessionId },
            { latitude: null, longitude: null, geofenceRadiusMeters: null },
          );
      }
    });
  });

  describe('roll call and offline sync', () => {
    const mark = (mutationId: string, status: string, markedAt: Date, lessonId = lessonNow) => ({
      mutationId,
      lessonId,
      workerId: enrolled.id,
      status,
      markedAt: markedAt.toISOString(),
      method: 'offline',
    });
    const sync = (marks: unknown[], token = trainer) =>
      call<AttendanceSyncResponse>(
        t.baseUrl,
        'POST',
        `/api/v1/provider/sessions/${sessionId}/attendance`,
        {
          token,
          body: { marks },
        },
      );

    it('the same batch twice changes nothing; the latest markedAt wins a conflict', async () => {
      await t.db.getRepository(AttendanceEntity).delete({ sessionId });
      const t0 = new Date(Date.now() - 20 * 60_000);
      const batch = [mark('m-aaaaaaaa01', 'late', t0)];
      expect((await sync(batch)).body.results).toEqual([
        { mutationId: 'm-aaaaaaaa01', outcome: 'applied' },
      ]);
      expect((await sync(batch)).body.results).toEqual([
        { mutationId: 'm-aaaaaaaa01', outcome: 'duplicate' },
      ]);
      // a later correction wins; an older one arriving afterwards does not
      const later = mark('m-aaaaaaaa02', 'present', new Date(t0.getTime() + 60_000));
      const older = mark('m-aaaaaaaa03', 'absent', new Date(t0.getTime() - 60_000));
      expect((await sync([later, older])).body.results.map((r) => r.outcome)).toEqual([
        'applied',
        'stale',
      ]);
      const row = await t.db
        .getRepository(AttendanceEntity)
        .findOneByOrFail({ lessonId: lessonNow, workerId: enrolled.id });
      expect(row).toMatchObject({
        status: 'present',
        mutationId: 'm-aaaaaaaa02',
        method: 'offline',
      });

      const roster = await call<RosterResponse>(
        t.baseUrl,
        'GET',
        `/api/v1/provider/sessions/${sessionId}/roster`,
        { token: trainer },
      );
      expect(roster.status).toBe(200);
      const entry = roster.body.entries.find((e) => e.workerId === enrolled.id);
      expect(entry?.marks).toEqual([
        expect.objectContaining({ lessonId: lessonNow, status: 'present' }),
      ]);
      expect(entry?.attendanceRate).toBe(1); // one lesson held so far, attended

      // a mark typed in afterwards from the paper sign-in sheet says so
      const typed = { ...mark('m-aaaaaaaa04', 'excused', new Date()), method: 'import' };
      expect((await sync([typed])).body.results[0].outcome).toBe('applied');
      expect(
        await t.db
          .getRepository(AttendanceEntity)
          .findOneByOrFail({ lessonId: lessonNow, workerId: enrolled.id }),
      ).toMatchObject({ status: 'excused', method: 'import' });
      expectError((await sync([{ ...typed, method: 'qr' }])).body, 'VALIDATION_FAILED');
    });

    it('refuses a whole batch with a mark of another session, a worker not on the roll or from the future', async () => {
      const before = await t.db.getRepository(AttendanceEntity).countBy({ sessionId });
      const bad = await sync([
        mark('m-bbbbbbbb01', 'present', new Date(), lessonLater),
        { ...mark('m-bbbbbbbb02', 'present', new Date()), workerId: stranger.id },
        mark('m-bbbbbbbb03', 'present', new Date(Date.now() + 3600_000)),
      ]);
      expect(bad.status).toBe(400);
      const error = expectError(bad.body, 'VALIDATION_FAILED');
      expect(JSON.stringify(error.details)).toContain('marks.1.workerId');
      expect(JSON.stringify(error.details)).toContain('marks.2.markedAt');
      expect(await t.db.getRepository(AttendanceEntity).countBy({ sessionId })).toBe(before);
      expect((await sync([{ ...mark('x', 'present', new Date()) }])).status).toBe(400); // bad mutation id
    });

    it('a trainer of another provider sees nothing of this session; a worker may not mark', async () => {
      const other = await user(randomUUID(), ['trainer'], DEMO_GZ_PROVIDER_ID);
      expect(
        (
          await call(t.baseUrl, 'GET', `/api/v1/provider/sessions/${sessionId}/roster`, {
            token: other,
          })
        ).status,
      ).toBe(404);
      expect((await sync([mark('m-cccccccc01', 'present', new Date())], other)).status).toBe(404);
      expect(
        (await call(t.baseUrl, 'GET', `/api/v1/provider/lessons/${lessonNow}/qr`, { token: other }))
          .status,
      ).toBe(404);
      expect(
        (await sync([mark('m-cccccccc02', 'present', new Date())], enrolled.token)).status,
      ).toBe(403);
      const admin = (
        await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
          body: { role: 'admin' },
        })
      ).body.accessToken;
      expect(
        (
          await call(t.baseUrl, 'GET', `/api/v1/provider/sessions/${sessionId}/roster`, {
            token: admin,
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('completion', () => {
    it('a class left unconfirmed is made final three days after its last day; a recent one waits', async () => {
      const day = 86_400_000;
      const lessonsEnding = (daysAgo: number) =>
        [daysAgo + 1, daysAgo].map((d) => ({
          startsAt: new Date(Date.now() - d * day - 3 * 3600_000),
          endsAt: new Date(Date.now() - d * day),
          topic: '缝纫',
        }));
      const old = await insertSession(t, lessonsEnding(4));
      const recent = await insertSession(t, lessonsEnding(1));
      const present = await insertUser(t, ['worker'], { realName: '到课' });
      const absent = await insertUser(t, ['worker'], { realName: '缺课' });
      for (const s of [old, recent]) {
        await insertEnrolment(t, s.id, present.id, 'enrolled');
        await insertEnrolment(t, s.id, absent.id, 'enrolled');
        for (const lessonId of s.lessonIds) {
          await t.db.getRepository(AttendanceEntity).insert({
            id: randomUUID(),
            lessonId,
            sessionId: s.id,
            workerId: present.id,
            status: 'present',
            method: 'roll_call',
            markedBy: present.id,
            markedAt: new Date(),
            mutationId: null,
          });
        }
      }
      const sweep = t.app.get(AttendanceService);
      expect(await sweep.finaliseEnded()).toBeGreaterThanOrEqual(1);
      const statusOf = async (sessionId: string, workerId: string) =>
        (await t.db.getRepository(EnrolmentEntity).findOneByOrFail({ sessionId, workerId })).status;
      expect(await statusOf(old.id, present.id)).toBe('completed');
      expect(await statusOf(old.id, absent.id)).toBe('dropped');
      expect(await statusOf(recent.id, present.id)).toBe('enrolled');
      const told = await t.db
        .getRepository(NotificationEntity)
        .countBy({ userId: present.id, kind: 'enrolment.completed' });
      expect(told).toBe(1);
      // running again changes nothing for the class already made final
      await sweep.finaliseEnded();
      expect(
        await t.db
          .getRepository(NotificationEntity)
          .countBy({ userId: present.id, kind: 'enrolment.completed' }),
      ).toBe(1);
    });

    it('attendance at or above the minimum completes, below drops; only after the end; confirming twice changes nothing', async () => {
      const ended = randomUUID();
      const base = Date.now() - 10 * 86_400_000;
      await t.db.getRepository(TrainingSessionEntity).insert({
        id: ended,
        courseId: '00000000-0000-4000-8c00-000000000003',
        providerId: DEMO_PROVIDER_ID,
        brandCode: 'fumian-caifeng',
        occupationCode: 'fengrengong',
        title: '上周结束的班',
        regionCode: '450903',
        address: '教室',
        latitude: null,
        longitude: null,
        geofenceRadiusMeters: null,
        startDate: chinaDate(new Date(base)),
        endDate: chinaDate(new Date(base + 4 * 86_400_000)),
        enrolOpensAt: chinaDate(new Date(base - 5 * 86_400_000)),
        enrolClosesAt: chinaDate(new Date(base - 86_400_000)),
        capacity: 10,
        seatsTaken: 2,
        subsidised: true,
        minAttendanceRate: 0.8,
        status: 'scheduled',
        isDemo: false,
        createdBy: randomUUID(),
      });
      const lessonIds = Array.from({ length: 5 }, () => randomUUID());
      await t.db.getRepository(LessonEntity).insert(
        lessonIds.map((id, d) => ({
          id,
          sessionId: ended,
          topic: `第${d + 1}天`,
          startsAt: new Date(base + d * 86_400_000),
          endsAt: new Date(base + d * 86_400_000 + 3 * 3600_000),
        })),
      );
      const good = { id: randomUUID(), token: '' };
      const weak = { id: randomUUID(), token: '' };
      for (const w of [good, weak]) {
        w.token = await user(w.id, ['worker']);
        await t.db.getRepository(EnrolmentEntity).insert({
          id: randomUUID(),
          sessionId: ended,
          workerId: w.id,
          status: 'enrolled',
          priority: 0,
          queuedAt: new Date(base - 3 * 86_400_000),
          idempotencyKey: null,
          assistedBy: null,
          assistReason: null,
          promotedAt: null,
          cancelledAt: null,
        });
      }
      const marks = [
        ...lessonIds.slice(0, 4).map((lessonId, i) => ({
          lessonId,
          workerId: good.id,
          status: i === 0 ? 'late' : 'present',
        })),
        ...lessonIds
          .slice(0, 3)
          .map((lessonId) => ({ lessonId, workerId: weak.id, status: 'present' })),
      ].map((m, i) => ({
        ...m,
        mutationId: `done-${String(i).padStart(6, '0')}`,
        markedAt: new Date(base).toISOString(),
        method: 'roll_call',
      }));
      expect(
        (
          await call(t.baseUrl, 'POST', `/api/v1/provider/sessions/${ended}/attendance`, {
            token: trainer,
            body: { marks },
          })
        ).status,
      ).toBe(200);

      const preview = await call<CompletionResponse>(
        t.baseUrl,
        'GET',
        `/api/v1/provider/sessions/${ended}/completion`,
        { token: trainer },
      );
      expect(preview.body.final).toBe(false);
      const outcome = (id: string) => preview.body.entries.find((e) => e.workerId === id);
      expect(outcome(good.id)).toMatchObject({ attendanceRate: 0.8, outcome: 'completed' });
      expect(outcome(weak.id)).toMatchObject({ attendanceRate: 0.6, outcome: 'dropped' });

      const admin = (
        await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
          body: { role: 'admin' },
        })
      ).body.accessToken;
      expect(
        (
          await call(t.baseUrl, 'POST', `/api/v1/provider/sessions/${ended}/completion`, {
            token: admin,
          })
        ).status,
      ).toBe(403);
      expectError(
        (
          await call(t.baseUrl, 'POST', `/api/v1/provider/sessions/${sessionId}/completion`, {
            token: trainer,
          })
        ).body,
        'SESSION_NOT_ENDED',
      );

      const done = await call<CompletionResponse>(
        t.baseUrl,
        'POST',
        `/api/v1/provider/sessions/${ended}/completion`,
        { token: trainer },
      );
      expect(done.body.final).toBe(true);
      const rows = await t.db.getRepository(EnrolmentEntity).findBy({ sessionId: ended });
      expect(rows.find((r) => r.workerId === good.id)?.status).toBe('completed');
      expect(rows.find((r) => r.workerId === weak.id)?.status).toBe('dropped');
      await call(t.baseUrl, 'POST', `/api/v1/provider/sessions/${ended}/completion`, {
        token: trainer,
      });
      expect(
        await t.db
          .getRepository(NotificationEntity)
          .countBy({ userId: good.id, kind: 'enrolment.completed' }),
      ).toBe(1);
      expect(
        await t.db
          .getRepository(NotificationEntity)
          .countBy({ userId: weak.id, kind: 'enrolment.dropped' }),
      ).toBe(1);
    });
  });
});
