import { rosterWith } from './roster-server';
import { act, screen, within } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type {
  AttendanceMarkInput,
  AttendanceSyncRequest,
  LessonView,
  RosterResponse,
} from '@app/shared/api';
import LessonQrPage from '../../src/packages/trainer/pages/qr/index';
import RosterPage from '../../src/packages/trainer/pages/roster/index';
import TrainerSessionsPage from '../../src/packages/trainer/pages/sessions/index';
import { queueKey } from '../../src/packages/trainer/attendance-queue';
import { saveLogin } from '../../src/services/auth-store';
import {
  page,
  pathOf,
  PROVIDER,
  sentWith,
  serve,
  SESSION,
  type SentRequest,
} from './catalogue-fixtures';
import { ok, WORKER, WORKER_LOGIN } from './fixtures';
import { click, renderSettled } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockRequest = Taro.request as unknown as jest.Mock;

const TRAINER = { ...WORKER, id: 't1', displayName: '李老师', roles: ['trainer' as const] };

const HOUR = 3600 * 1000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

const LESSONS: LessonView[] = [
  { id: 'l-next', startsAt: at(24 * HOUR), endsAt: at(26 * HOUR), topic: '熨烫' },
  { id: 'l-past', startsAt: at(-48 * HOUR), endsAt: at(-46 * HOUR), topic: '裁剪' },
  { id: 'l-now', startsAt: at(-HOUR / 2), endsAt: at(HOUR), topic: '缝纫' },
];

const ROSTER: RosterResponse = {
  sessionId: 's1',
  sessionTitle: '福绵裁缝 第1期',
  minAttendanceRate: 0.8,
  lessons: LESSONS,
  entries: [
    {
      enrolmentId: 'e1',
      workerId: 'w1',
      realName: '张三',
      enrolmentStatus: 'enrolled',
      marks: [{ lessonId: 'l-past', status: 'late', method: 'qr', markedAt: at(-47 * HOUR) }],
      attendanceRate: 1,
      atRisk: false,
    },
    {
      enrolmentId: 'e2',
      workerId: 'w2',
      realName: '李四',
      enrolmentStatus: 'enrolled',
      marks: [],
      attendanceRate: null,
      atRisk: false,
    },
  ],
};

const ATTENDANCE = '/provider/sessions/s1/attendance';
let networkDown = false;

/** Answers the roster and syncs (every mark applied), or fails syncs as a dead network does. */
/** Marks the fake server has stored (reset with each serveRoster). */
let applied: AttendanceMarkInput[] = [];

function serveRoster() {
  applied = [];
  mockRequest.mockImplementation(async (option: SentRequest) => {
    const path = pathOf(option);
    if (option.method === 'GET' && path === '/provider/sessions/s1/roster')
      return ok(rosterWith(ROSTER, applied));
    if (option.method === 'POST' && path === ATTENDANCE) {
      if (networkDown) throw new Error('request:fail');
      const { marks } = option.data as AttendanceSyncRequest;
      applied.push(...marks);
      return ok({ results: marks.map((m) => ({ mutationId: m.mutationId, outcome: 'applied' })) });
    }
    if (option.method === 'GET' && path === '/provider/lessons/l-now/qr')
      return ok({
        token: 'l-now.123.abcdef',
        code: '042917',
        slotSeconds: 30,
        expiresInSeconds: 12,
      });
    return { statusCode: 500, data: { code: 'INTERNAL', message: `测试没有准备：${path}` } };
  });
}

const syncs = () =>
  sentWith('POST')
    .filter((o) => pathOf(o) === ATTENDANCE)
    .map((o) => (o.data as AttendanceSyncRequest).marks);

const stored = () => Taro.getStorageSync(queueKey('s1')) as AttendanceMarkInput[] | '';

/** The card of one worker. */
const row = (name: string) => screen.getByText(name).closest('.roster-entry') as HTMLElement;

describe('点名 (trainer roster)', () => {
  beforeEach(() => {
    networkDown = false;
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    mockRouter.mockReturnValue({ params: { sessionId: 's1' } });
    serveRoster();
  });

  it('opens at the lesson running now, marks everyone present and sends one batch', async () => {
    await renderSettled(<RosterPage />);
    expect(document.querySelector('.chips__item--on')?.textContent).toContain('缝纫');
    expect(within(row('张三')).getByText('未点名')).toBeTruthy();
    expect(within(row('张三')).getByText('出勤率 100%')).toBeTruthy();
    expect(within(row('李四')).getByText('出勤率 —')).toBeTruthy();
    expect(syncs()).toEqual([]);

    await click('全部出勤');

    const batches = syncs();
    expect(batches).toHaveLength(1);
    const [marks] = batches;
    expect(marks.map((m) => [m.lessonId, m.workerId, m.status, m.method])).toEqual([
      ['l-now', 'w1', 'present', 'roll_call'],
      ['l-now', 'w2', 'present', 'roll_call'],
    ]);
    marks.forEach((m) => {
      expect(m.mutationId).toMatch(/^[A-Za-z0-9_-]{16,}$/);
      expect(new Date(m.markedAt).toISOString()).toBe(m.markedAt);
    });
    expect(new Set(marks.map((m) => m.mutationId)).size).toBe(2);

    expect(stored()).toBe('');
    expect(screen.getByText('点名已全部同步')).toBeTruthy();
    expect(screen.queryByText(/条未同步/)).toBeNull();
    for (const name of ['张三', '李四']) {
      expect(row(name).querySelector('.roster-entry__status')?.textContent).toBe('出勤');
      expect(within(row(name)).getByText('已同步')).toBeTruthy();
    }

    // Choosing another mark for one worker sends just that one.
    await click('请假', row('李四'));
    expect(syncs()).toHaveLength(2);
    expect(syncs()[1].map((m) => [m.workerId, m.status])).toEqual([['w2', 'excused']]);
    expect(row('李四').querySelector('.roster-entry__status')?.textContent).toBe('请假');
  });

  it('keeps marks queued on a network failure, then 同步 sends the same marks again', async () => {
    networkDown = true;
    await renderSettled(<RosterPage />);
    await click('全部出勤');

    const [first] = syncs();
    expect(first).toHaveLength(2);
    const queued = stored() as AttendanceMarkInput[];
    expect(queued.map((m) => m.mutationId)).toEqual(first.map((m) => m.mutationId));
    expect(screen.getByText(/2 条未同步/)).toBeTruthy();
    for (const name of ['张三', '李四']) {
      expect(row(name).querySelector('.roster-entry__status')?.textContent).toBe('出勤');
      expect(within(row(name)).getByText('未同步')).toBeTruthy();
    }

    // Marked while offline: queued as 'offline', replacing the earlier mark of that worker.
    await click('迟到', row('李四'));
    const offline = stored() as AttendanceMarkInput[];
    expect(offline).toHaveLength(2);
    expect(offline[1]).toMatchObject({ workerId: 'w2', status: 'late', method: 'offline' });
    expect(screen.getByText(/2 条未同步/)).toBeTruthy();

    networkDown = false;
    const before = syncs().length;
    await click('同步');

    const retried = syncs().slice(before);
    expect(retried).toHaveLength(1);
    expect(retried[0].map((m) => m.mutationId)).toEqual(offline.map((m) => m.mutationId));
    expect(retried[0]).toEqual(offline);
    expect(stored()).toBe('');
    expect(screen.queryByText(/条未同步/)).toBeNull();
    expect(screen.getByText('点名已全部同步')).toBeTruthy();
    expect(within(row('李四')).getByText('已同步')).toBeTruthy();
    expect(row('李四').querySelector('.roster-entry__status')?.textContent).toBe('迟到');
  });

  it('sends what an earlier visit left queued as soon as the page shows', async () => {
    const left: AttendanceMarkInput = {
      mutationId: 'left-from-before-0001',
      lessonId: 'l-past',
      workerId: 'w2',
      status: 'absent',
      markedAt: at(-HOUR),
      method: 'offline',
    };
    Taro.setStorageSync(queueKey('s1'), [left]);
    await renderSettled(<RosterPage />);
    await act(async () => undefined);
    expect(syncs()).toEqual([[left]]);
    expect(stored()).toBe('');
  });

  it('opens the lesson QR page from the roster', async () => {
    await renderSettled(<RosterPage />);
    await click('签到二维码');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/trainer/pages/qr/index?lessonId=l-now',
    });
  });
});

describe('培训班次 → 点名', () => {
  it('opens the roll of a session from the list', async () => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    serve((method, path) => {
      if (method !== 'GET') return undefined;
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path.startsWith('/provider/sessions?')) return page([SESSION]);
      return undefined;
    });
    await renderSettled(<TrainerSessionsPage />);
    await click('点名');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/trainer/pages/roster/index?sessionId=s1',
    });
  });
});

describe('签到二维码', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    mockRouter.mockReturnValue({ params: { lessonId: 'l-now' } });
    serveRoster();
  });
  afterEach(() => jest.useRealTimers());

  it('shows the token with a countdown and fetches a new one when it runs out', async () => {
    await renderSettled(<LessonQrPage />);
    expect(screen.getByText('042917')).toBeTruthy();
    expect(screen.getByText('12 秒后刷新')).toBeTruthy();
    await act(async () => {
      jest.advanceTimersByTime(2000);
    });
    expect(screen.getByText('10 秒后刷新')).toBeTruthy();
    const gets = () => mockRequest.mock.calls.filter((c) => c[0].method === 'GET').length;
    expect(gets()).toBe(1);
    await act(async () => {
      jest.advanceTimersByTime(10000);
    });
    await act(async () => undefined);
    expect(gets()).toBe(2);
  });
});
