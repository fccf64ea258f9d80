import { randomUUID } from 'node:crypto';
import type { SessionDetailResponse, SessionInput } from '@app/shared/api';
import type { NotificationKind } from '@app/shared/enums';
import { chinaDate } from '../src/common/china-time';
import { LessonRemindersService } from '../src/modules/notifications/lesson-reminders.service';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { AttendanceEntity } from '../src/modules/attendance/attendance.entity';
import { EnrolmentEntity } from '../src/modules/enrolment/enrolment.entity';
import { LessonEntity } from '../src/modules/training/training-session.entity';
import { demoLogin, expectError } from './helpers/accounts';
import {
  DEMO_COURSE_ID,
  insertEnrolment,
  insertSession,
  insertUser,
  type UserFixture,
} from './helpers/session-fixtures';
import { call, startTestApp, type TestApp } from './helpers/test-app';

const day = (days: number) => chinaDate(new Date(), days);

/** A session 60 days ahead, three days long, a lesson each morning (China time). */
function sessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
  const start = 60;
  return {
    courseId: DEMO_COURSE_ID,
    title: '福绵裁缝通知测试班',
    regionCode: '450903',
    address: '福绵镇服装产业园培训楼201',
    latitude: null,
    longitude: null,
    startDate: day(start),
    endDate: day(start + 2),
    enrolOpensAt: day(0),
    enrolClosesAt: day(start - 1),
    capacity: 30,
    subsidised: true,
    minAttendanceRate: 0.8,
    lessons: [0, 1, 2].map((d) => ({
      startsAt: `${day(start + d)}T09:00:00+08:00`,
      endsAt: `${day(start + d)}T12:00:00+08:00`,
      topic: `第${d + 1}天：缝纫技能训练`,
    })),
    ...overrides,
  };
}

describe('session notifications and lesson reminders', () => {
  let t: TestApp;
  let trainer: string;

  const inbox = (userId: string, kind: NotificationKind) =>
    t.db.getRepository(NotificationEntity).find({ where: { userId, kind } });
  const counts = async (users: readonly UserFixture[], kind: NotificationKind) =>
    Promise.all(users.map(async (u) => (await inbox(u.id, kind)).length));
  const worker = () => insertUser(t, ['worker'], { realName: '测试学员' });

  beforeAll(async () => {
    t = await startTestApp();
    trainer = (await demoLogin(t, 'trainer')).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A new session of the demo provider with enrolled, waitlisted and cancelled workers. */
  async function sessionWithWorkers() {
    const created = await call<SessionDetailResponse>(
      t.baseUrl,
      'POST',
      '/api/v1/provider/sessions',
      { token: trainer, body: sessionInput() },
    );
    expect(created.status).toBe(201);
    const id = created.body.session.id;
    const enrolled = [await worker(), await worker()];
    const waitlisted = await worker();
    const cancelled = await worker();
    for (const w of enrolled) await insertEnrolment(t, id, w.id, 'enrolled');
    await insertEnrolment(t, id, waitlisted.id, 'waitlisted');
    await insertEnrolment(t, id, cancelled.id, 'cancelled');
    return { id, told: [...enrolled, waitlisted], cancelled };
  }

  const put = (id: string, body: SessionInput) =>
    call<SessionDetailResponse>(t.baseUrl, 'PUT', `/api/v1/provider/sessions/${id}`, {
      token: trainer,
      body,
    });

  describe('a provider changes a session', () => {
    it('lessons at the same time keep their ids; a lesson with marks cannot be dropped or moved', async () => {
      const { id } = await sessionWithWorkers();
      const before = await t.db
        .getRepository(LessonEntity)
        .find({ where: { sessionId: id }, order: { startsAt: 'ASC' } });
      // the last lesson moves to the afternoon: the first two keep their ids, the third is new
      const moved = sessionInput();
      moved.lessons[2] = {
        ...moved.lessons[2],
        startsAt: `${day(62)}T14:00:00+08:00`,
        endsAt: `${day(62)}T17:00:00+08:00`,
      };
      expect((await put(id, moved)).status).toBe(200);
      const after = await t.db
        .getRepository(LessonEntity)
        .find({ where: { sessionId: id }, order: { startsAt: 'ASC' } });
      expect(after.map((l) => l.id).slice(0, 2)).toEqual(before.map((l) => l.id).slice(0, 2));
      expect(after[2].id).not.toBe(before[2].id);
      // once the first lesson has a mark, a timetable without it is refused and nothing changes
      await t.db.getRepository(AttendanceEntity).insert({
        id: randomUUID(),
        lessonId: before[0].id,
        sessionId: id,
        workerId: randomUUID(),
        status: 'present',
        method: 'roll_call',
        markedBy: randomUUID(),
        markedAt: new Date(),
        mutationId: null,
      });
      const without = { ...moved, lessons: moved.lessons.slice(1) };
      const refused = await put(id, without);
      expect(refused.status).toBe(409);
      expectError(refused.body, 'CONFLICT');
      expect(
        (await t.db.getRepository(LessonEntity).findBy({ sessionId: id })).map((l) => l.id).sort(),
      ).toEqual(after.map((l) => l.id).sort());
    });

    it('new lesson times tell each enrolled and waitlisted worker once, saving the same again tells nobody', async () => {
      const { id, told, cancelled } = await sessionWithWorkers();
      const moved = sessionInput();
      moved.lessons[0] = {
        ...moved.lessons[0],
        startsAt: `${day(60)}T14:00:00+08:00`,
        endsAt: `${day(60)}T17:00:00+08:00`,
      };
      expect((await put(id, moved)).status).toBe(200);
      expect(await counts(told, 'session.changed')).toEqual([1, 1, 1]);
      expect(await counts([cancelled], 'session.changed')).toEqual([0]);
      const [message] = await inbox(told[0].id, 'session.changed');
      expect(message).toMatchObject({
        title: '班次安排有变',
        link: `/packages/catalogue/pages/session/index?id=${id}`,
        status: 'pending',
      });
      expect(message.body).toContain('福绵裁缝通知测试班');
      expect(message.body).toContain(`课表已调整（共 3 次课，第一次 ${day(60)} 14:00）`);

      expect((await put(id, moved)).status).toBe(200);
      expect(await counts(told, 'session.changed')).toEqual([1, 1, 1]);
    });

    it('a change that does not touch times, dates or the address (seats, title, topics, enrolment window) tells nobody', async () => {
      const { id, told } = await sessionWithWorkers();
      const input = sessionInput();
      const res = await put(id, {
        ...input,
        title: '福绵裁缝通知测试班（加开）',
        capacity: 40,
        enrolClosesAt: day(58),
        minAttendanceRate: 0.9,
        lessons: input.lessons.map((l) => ({ ...l, topic: `${l.topic}（实操）` })),
      });
      expect(res.status).toBe(200);
      expect(await counts(told, 'session.changed')).toEqual([0, 0, 0]);
    });

    it('two different changes both tell, even one that goes back to an earlier schedule', async () => {
      const { id, told } = await sessionWithWorkers();
      expect((await put(id, sessionInput({ address: '福绵镇新址培训楼305' }))).status).toBe(200);
      expect(await counts(told, 'session.changed')).toEqual([1, 1, 1]);
      const [message] = await inbox(told[2].id, 'session.changed');
      expect(message.body).toContain('上课地点改为 福绵镇新址培训楼305');

      const later = sessionInput({
        address: '福绵镇新址培训楼305',
        startDate: day(61),
        endDate: day(63),
        lessons: [1, 2, 3].map((d) => ({
          startsAt: `${day(60 + d)}T09:00:00+08:00`,
          endsAt: `${day(60 + d)}T12:00:00+08:00`,
          topic: `第${d}天`,
        })),
      });
      expect((await put(id, later)).status).toBe(200);
      expect(await counts(told, 'session.changed')).toEqual([2, 2, 2]);
      const bodies = (await inbox(told[0].id, 'session.changed')).map((n) => n.body);
      expect(bodies.some((b) => b.includes(`培训日期改为 ${day(61)} 至 ${day(63)}`))).toBe(true);

      expect((await put(id, sessionInput())).status).toBe(200); // back to the first schedule
      expect(await counts(told, 'session.changed')).toEqual([3, 3, 3]);
    });

    it('the same change sent twice at once tells once', async () => {
      const { id, told } = await sessionWithWorkers();
      const moved = sessionInput({ address: '福绵镇同时修改的地址' });
      const answers = await Promise.all([put(id, moved), put(id, moved)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(await counts(told, 'session.changed')).toEqual([1, 1, 1]);
    });
  });

  describe('a provider cancels a session', () => {
    it('tells each enrolled and waitlisted worker once, even when cancelled twice', async () => {
      const { id, told, cancelled } = await sessionWithWorkers();
      const cancel = () =>
        call<SessionDetailResponse>(t.baseUrl, 'POST', `/api/v1/provider/sessions/${id}/cancel`, {
          token: trainer,
        });
      const first = await cancel();
      expect(first.status).toBe(200);
      expect(first.body.session.status).toBe('cancelled');
      expect(await counts(told, 'session.cancelled')).toEqual([1, 1, 1]);
      expect(await counts([cancelled], 'session.cancelled')).toEqual([0]);
      const [message] = await inbox(told[0].id, 'session.cancelled');
      expect(message.title).toBe('班次已取消');
      expect(message.body).toContain('福绵裁缝通知测试班');

      expect((await cancel()).status).toBe(200);
      expect(await counts(told, 'session.cancelled')).toEqual([1, 1, 1]);
      // their places end with the class (so its times no longer block another one)
      const places = await t.db.getRepository(EnrolmentEntity).findBy({ sessionId: id });
      expect(places.map((e) => e.status)).toEqual(places.map(() => 'cancelled'));
    });

    it('a trainer of another provider cannot cancel it, and nobody is told', async () => {
      const { id, told } = await sessionWithWorkers();
      const other = await insertUser(t, ['trainer'], {
        providerId: '00000000-0000-4000-8000-0000000000b2',
      });
      const res = await call(t.baseUrl, 'POST', `/api/v1/provider/sessions/${id}/cancel`, {
        token: other.token,
      });
      expect(res.status).toBe(404);
      expect(await counts(told, 'session.cancelled')).toEqual([0, 0, 0]);
    });
  });

  describe('lesson reminders', () => {
    /** 23:50 today in China: 15:50 UTC, so a day computed in UTC would be a day off for early lessons. */
    const lateEvening = new Date(`${day(0)}T23:50:00+08:00`);
    const at = (days: number, time: string) => new Date(`${day(days)}T${time}+08:00`);

    it('reminds each enrolled worker of each lesson on tomorrow’s China date, once however often it runs', async () => {
      const session = await insertSession(
        t,
        [
          { startsAt: at(0, '23:55:00'), endsAt: at(1, '00:25:00'), topic: '今晚' },
          { startsAt: at(1, '00:30:00'), endsAt: at(1, '02:00:00'), topic: '凌晨' },
          { startsAt: at(1, '14:00:00'), endsAt: at(1, '17:00:00'), topic: '熨烫' },
          { startsAt: at(2, '00:10:00'), endsAt: at(2, '03:00:00'), topic: '后天' },
        ],
        { title: '明天上课的班', address: '福绵镇培训楼302' },
      );
      const [, night, afternoon] = session.lessonIds;
      const enrolled = [await worker(), await worker()];
      const waitlisted = await worker();
      const gone = await worker();
      for (const w of enrolled) await insertEnrolment(t, session.id, w.id, 'enrolled');
      await insertEnrolment(t, session.id, waitlisted.id, 'waitlisted');
      await insertEnrolment(t, session.id, gone.id, 'cancelled');

      const called = await insertSession(
        t,
        [{ startsAt: at(1, '09:00:00'), endsAt: at(1, '12:00:00'), topic: '取消了' }],
        { status: 'cancelled' },
      );
      const calledOff = await worker();
      await insertEnrolment(t, called.id, calledOff.id, 'enrolled');

      const reminders = t.app.get(LessonRemindersService);
      const run = await reminders.remindTomorrow(lateEvening);
      expect(run.day).toBe(day(1));
      expect(await counts(enrolled, 'lesson.tomorrow')).toEqual([2, 2]);
      expect(await counts([waitlisted, gone, calledOff], 'lesson.tomorrow')).toEqual([0, 0, 0]);

      const mine = await t.db
        .getRepository(NotificationEntity)
        .find({ where: { userId: enrolled[0].id, kind: 'lesson.tomorrow' } });
      expect(mine.map((n) => n.dedupeKey).sort()).toEqual(
        [
          `lesson:${night}:tomorrow:${enrolled[0].id}`,
          `lesson:${afternoon}:tomorrow:${enrolled[0].id}`,
        ].sort(),
      );
      const afternoonBody = mine.find((n) => n.dedupeKey.includes(afternoon))?.body ?? '';
      expect(afternoonBody).toContain('明天上课的班');
      expect(afternoonBody).toContain('14:00–17:00');
      expect(afternoonBody).toContain('福绵镇培训楼302');
      expect(mine[0]).toMatchObject({
        title: '明天有课',
        link: `/packages/catalogue/pages/session/index?id=${session.id}`,
      });

      await reminders.remindTomorrow(lateEvening);
      await reminders.remindTomorrow(new Date(lateEvening.getTime() - 30 * 60_000));
      expect(await counts(enrolled, 'lesson.tomorrow')).toEqual([2, 2]);
    });
  });
});
