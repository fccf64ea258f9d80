import type {
  CertificationListResponse,
  EnrolmentListResponse,
  LessonQrResponse,
  QrCheckInResponse,
  RosterResponse,
} from '@app/shared/api';
import { demoLogin } from './helpers/accounts';
import { call, startTestApp, type TestApp } from './helpers/test-app';

const RUNNING_SESSION = '00000000-0000-4000-8d00-000000009100';

/** What `npm start` in demo mode shows at once (the test database is prepared with DEMO on). */
describe('demo data: a certified worker and a class running today', () => {
  let t: TestApp;
  let worker: string;
  let trainer: string;
  const get = <T>(path: string, token: string) =>
    call<T>(t.baseUrl, 'GET', `/api/v1${path}`, { token });

  beforeAll(async () => {
    t = await startTestApp();
    worker = (await demoLogin(t, 'worker')).accessToken;
    trainer = (await demoLogin(t, 'trainer')).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  it('the demo worker holds an issued certificate with its whole timeline', async () => {
    const mine = await get<CertificationListResponse>('/certifications/mine', worker);
    const issued = mine.body.items.find((c) => c.status === 'issued');
    expect(issued).toMatchObject({ level: 5, occupationName: '母婴护理员', score: 86 });
    expect(issued?.timeline.map((e) => e.status)).toEqual([
      'applied',
      'scheduled',
      'passed',
      'issued',
    ]);
    const verified = await call(
      t.baseUrl,
      'GET',
      `/api/v1/certificates/verify?no=${issued?.certificateNo ?? ''}`,
    );
    expect(verified.body).toMatchObject({ holderName: '黄**' });
  });

  it('the demo worker completed one class and is enrolled in today’s and an upcoming one', async () => {
    const mine = await get<EnrolmentListResponse>('/enrolments/mine', worker);
    const byStatus = (s: string) => mine.body.items.filter((e) => e.status === s);
    expect(byStatus('completed')).toHaveLength(1);
    const enrolled = byStatus('enrolled').map((e) => e.session);
    expect(enrolled.map((s) => s.id)).toContain(RUNNING_SESSION);
    expect(enrolled.some((s) => s.startDate > new Date().toISOString().slice(0, 10))).toBe(true);
    // 我的培训 shows the next lesson (today's, under way) and the attendance so far
    const today = mine.body.items.find((e) => e.sessionId === RUNNING_SESSION);
    expect(today?.attendance).toEqual({ attended: 2, counted: 2 });
    expect(Date.parse(today?.nextLesson?.startsAt ?? '')).toBeLessThanOrEqual(Date.now());
    expect(byStatus('completed')[0]).toMatchObject({
      nextLesson: null,
      attendance: { attended: 5, counted: 5 },
    });
  });

  it('the demo trainer’s class has thirteen on the roll, two at risk, and a lesson in progress to scan', async () => {
    const roster = await get<RosterResponse>(
      `/provider/sessions/${RUNNING_SESSION}/roster`,
      trainer,
    );
    expect(roster.status).toBe(200);
    expect(roster.body.entries).toHaveLength(13);
    expect(roster.body.entries.filter((e) => e.atRisk)).toHaveLength(2);
    const now = Date.now();
    const current = roster.body.lessons.find(
      (l) => Date.parse(l.startsAt) <= now && Date.parse(l.endsAt) > now,
    );
    expect(current).toBeDefined();
    const qr = await get<LessonQrResponse>(`/provider/lessons/${current?.id ?? ''}/qr`, trainer);
    const scan = await call<QrCheckInResponse>(t.baseUrl, 'POST', '/api/v1/attendance/check-in', {
      token: worker,
      body: { token: qr.body.token },
    });
    expect(scan.status).toBe(200);
    expect(scan.body.lessonId).toBe(current?.id);
  });
});
