import { rosterWith } from './roster-server';
import { act, screen, within } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type {
  AttendanceMarkInput,
  AttendanceSyncRequest,
  LessonView,
  RosterResponse,
} from '@app/shared/api';
import { qrDataUrl } from '../../src/components/qr-code';
import { queueKey } from '../../src/packages/trainer/attendance-queue';
import LessonQrPage from '../../src/packages/trainer/pages/qr/index';
import RosterPage from '../../src/packages/trainer/pages/roster/index';
import { saveLogin } from '../../src/services/auth-store';
import { pathOf, sentWith, type SentRequest } from './catalogue-fixtures';
import { ADMIN, fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { click, renderSettled } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockRequest = Taro.request as unknown as jest.Mock;

const TRAINER = { ...WORKER, id: 't1', displayName: '李老师', roles: ['trainer' as const] };

const HOUR = 3600 * 1000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

const LESSONS: LessonView[] = [
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
      marks: [{ lessonId: 'l-past', status: 'present', method: 'qr', markedAt: at(-47 * HOUR) }],
      attendanceRate: 1,
      atRisk: false,
    },
    {
      enrolmentId: 'e2',
      workerId: 'w2',
      realName: '李四',
      enrolmentStatus: 'enrolled',
      marks: [
        { lessonId: 'l-past', status: 'absent', method: 'roll_call', markedAt: at(-47 * HOUR) },
        { lessonId: 'l-now', status: 'late', method: 'qr', markedAt: at(-HOUR / 4) },
      ],
      attendanceRate: 0.5,
      atRisk: true,
    },
  ],
};

const ATTENDANCE = '/provider/sessions/s1/attendance';

/**
 * Answers the roster and syncs. A batch holding a mark of worker w9 (not on the roll) or dated in
 * the future is refused whole, naming those marks by their place in the batch, as the server does.
 */
/** Marks the fake server has stored (reset with each serveRoster). */
let applied: AttendanceMarkInput[] = [];

function serveRoster() {
  applied = [];
  mockRequest.mockImplementation(async (option: SentRequest) => {
    const path = pathOf(option);
    if (option.method === 'GET' && path === '/provider/sessions/s1/roster')
      return ok(rosterWith(ROSTER, applied));
    if (option.method === 'POST' && path === ATTENDANCE) {
      const { marks } = option.data as AttendanceSyncRequest;
      const problems = marks.flatMap((m, i) => [
        ...(m.workerId === 'w9'
          ? [{ field: `marks.${i}.workerId`, messages: ['该学员不在本班次名单中'] }]
          : []),
        ...(new Date(m.markedAt).getTime() > Date.now() + 5 * 60_000
          ? [{ field: `marks.${i}.markedAt`, messages: ['点名时间不能晚于现在'] }]
          : []),
      ]);
      if (problems.length) {
        return fail(
          400,
          'VALIDATION_FAILED',
          `提交的内容有误：${problems[0].messages[0]}`,
          problems,
        );
      }
      applied.push(...marks);
      return ok({ results: marks.map((m) => ({ mutationId: m.mutationId, outcome: 'applied' })) });
    }
    if (option.method === 'GET' && path === '/provider/lessons/l-now/qr') {
      const calls = mockRequest.mock.calls.filter((c) => pathOf(c[0]).includes('/qr')).length;
      return ok({
        token: `l-now.${122 + calls}.abcdef`,
        code: String(420000 + calls),
        slotSeconds: 30,
        expiresInSeconds: 12,
      });
    }
    return { statusCode: 500, data: { code: 'INTERNAL', message: `测试没有准备：${path}` } };
  });
}

const syncs = () =>
  sentWith('POST')
    .filter((o) => pathOf(o) === ATTENDANCE)
    .map((o) => (o.data as AttendanceSyncRequest).marks);

const stored = () => Taro.getStorageSync(queueKey('s1')) as AttendanceMarkInput[] | '';

const row = (name: string) => screen.getByText(name).closest('.roster-entry') as HTMLElement;
const refusedCard = () => document.querySelector('.refused-marks') as HTMLElement | null;

const mark = (
  mutationId: string,
  workerId: string,
  markedAt = at(-HOUR / 4),
): AttendanceMarkInput => ({
  mutationId,
  lessonId: 'l-now',
  workerId,
  status: 'present',
  markedAt,
  method: 'offline',
});

describe('签到二维码 drawn as a QR code', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    mockRouter.mockReturnValue({ params: { lessonId: 'l-now' } });
    serveRoster();
  });
  afterEach(() => jest.useRealTimers());

  it('shows the token as a QR image with the countdown and the six-digit code under it, and redraws it', async () => {
    await renderSettled(<LessonQrPage />);
    const image = () => document.querySelector('.qr-code img') as HTMLImageElement;
    expect(image().getAttribute('src')).toBe(qrDataUrl('l-now.123.abcdef'));
    expect(screen.getByText('420001')).toBeTruthy();
    expect(screen.queryByText('l-now.123.abcdef')).toBeNull();
    expect(screen.getByText('12 秒后刷新')).toBeTruthy();
    expect(screen.queryByText(/暂未提供/)).toBeNull();

    await act(async () => {
      jest.advanceTimersByTime(12000);
    });
    await act(async () => undefined);
    expect(image().getAttribute('src')).toBe(qrDataUrl('l-now.124.abcdef'));
    expect(screen.getByText('420002')).toBeTruthy();
  });
});

describe('点名: 预警名单', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    mockRouter.mockReturnValue({ params: { sessionId: 's1' } });
    serveRoster();
  });

  it('lists only the workers below the session’s minimum, with their rate and misses', async () => {
    await renderSettled(<RosterPage />);
    expect(within(row('李四')).getByText('预警')).toBeTruthy();
    expect(within(row('张三')).queryByText('预警')).toBeNull();

    await click('预警名单（1）');
    const cards = Array.from(document.querySelectorAll('.at-risk'));
    expect(cards.map((c) => c.querySelector('.at-risk__name')?.textContent)).toEqual(['李四']);
    expect(within(cards[0] as HTMLElement).getByText('出勤率 50%，低于结业要求 80%')).toBeTruthy();
    expect(within(cards[0] as HTMLElement).getByText('缺勤 1 次 · 迟到 1 次')).toBeTruthy();
    expect(screen.queryByText('张三')).toBeNull();

    await click('全部学员（2）');
    expect(screen.getByText('张三')).toBeTruthy();
  });

  it('says so when nobody is at risk', async () => {
    const safe = { ...ROSTER, entries: ROSTER.entries.map((e) => ({ ...e, atRisk: false })) };
    mockRequest.mockImplementation(async () => ok(safe));
    await renderSettled(<RosterPage />);
    await click('预警名单（0）');
    expect(screen.getByText('目前没有出勤率低于 80% 的学员。')).toBeTruthy();
  });
});

describe('点名: a batch the server refuses whole', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    mockRouter.mockReturnValue({ params: { sessionId: 's1' } });
    serveRoster();
  });

  it('names the bad mark; 删除 takes it off the phone and the rest syncs', async () => {
    const good1 = mark('good-mark-000000000001', 'w1');
    const bad = mark('bad-mark-0000000000001', 'w9');
    const good2 = mark('good-mark-000000000002', 'w2');
    Taro.setStorageSync(queueKey('s1'), [good1, bad, good2]);

    await renderSettled(<RosterPage />);
    expect(syncs()).toEqual([[good1, bad, good2]]);
    const card = refusedCard() as HTMLElement;
    expect(within(card).getByText('1 条点名未被接受')).toBeTruthy();
    expect(within(card).getByText('删除后，其余 2 条点名才能同步。')).toBeTruthy();
    expect(within(card).getByText('不在名单中的学员 · 出勤')).toBeTruthy();
    expect(within(card).getByText('该学员不在本班次名单中')).toBeTruthy();
    expect(screen.getByText('3 条未同步')).toBeTruthy();
    // The panel explains it; no toast on top.
    expect(Taro.showToast).not.toHaveBeenCalled();
    // Nothing left the phone.
    expect((stored() as AttendanceMarkInput[]).map((m) => m.mutationId)).toEqual([
      good1.mutationId,
      bad.mutationId,
      good2.mutationId,
    ]);

    await click('删除', card);
    await act(async () => undefined);

    expect(syncs()).toHaveLength(2);
    expect(syncs()[1]).toEqual([good1, good2]);
    expect(stored()).toBe('');
    expect(refusedCard()).toBeNull();
    expect(screen.getByText('点名已全部同步')).toBeTruthy();
  });

  it('flags a refused mark on the worker’s card, and 全部删除 clears every bad one', async () => {
    const future = mark('future-mark-0000000001', 'w2', at(2 * HOUR));
    const stranger = mark('stranger-mark-00000001', 'w9');
    const good = mark('good-mark-000000000003', 'w1');
    Taro.setStorageSync(queueKey('s1'), [future, stranger, good]);

    await renderSettled(<RosterPage />);
    const card = refusedCard() as HTMLElement;
    expect(within(card).getByText('2 条点名未被接受')).toBeTruthy();
    expect(within(card).getByText('点名时间不能晚于现在')).toBeTruthy();
    expect(within(row('李四')).getByText('未被接受')).toBeTruthy();
    expect(within(row('张三')).getByText('未同步')).toBeTruthy();

    await click('全部删除', card);
    await act(async () => undefined);

    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除点名' }));
    expect(syncs()[1]).toEqual([good]);
    expect(stored()).toBe('');
    expect(screen.getByText('点名已全部同步')).toBeTruthy();
  });

  it('keeps the bad marks when 全部删除 is cancelled', async () => {
    Taro.setStorageSync(queueKey('s1'), [
      mark('a-bad-mark-00000000001', 'w9'),
      mark('b-bad-mark-00000000001', 'w9'),
    ]);
    (Taro.showModal as unknown as jest.Mock).mockResolvedValueOnce({
      confirm: false,
      cancel: true,
    });
    await renderSettled(<RosterPage />);
    await click('全部删除', refusedCard() as HTMLElement);
    expect(stored()).toHaveLength(2);
    expect(syncs()).toHaveLength(1);
  });
});

describe('点名: 导出 Excel', () => {
  const fetchMock = jest.fn();
  let saved: string[] = [];

  beforeEach(() => {
    mockRouter.mockReturnValue({ params: { sessionId: 's1' } });
    serveRoster();
    saved = [];
    fetchMock.mockReset().mockResolvedValue({
      ok: true,
      status: 200,
      json: async () => ({}),
      blob: async () => new Blob(['xlsx']),
    });
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    URL.createObjectURL = jest.fn(() => 'blob:sheet');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('downloads the session’s sheet with the token, named after the session', async () => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    await renderSettled(<RosterPage />);
    await click('导出 Excel');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://api.test/api/v1/provider/sessions/s1/attendance.xlsx');
    expect(init.headers).toEqual({ authorization: 'Bearer access-1' });
    expect(saved).toEqual(['福绵裁缝 第1期-考勤表.xlsx']);
  });

  it('shows the server’s message when the sheet cannot be made', async () => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    fetchMock.mockResolvedValueOnce({
      ok: false,
      status: 404,
      json: async () => ({ code: 'NOT_FOUND', message: '没有找到这个培训班次' }),
      blob: async () => new Blob([]),
    });
    await renderSettled(<RosterPage />);
    await click('导出 Excel');
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '没有找到这个培训班次' }),
    );
    expect(saved).toEqual([]);
  });

  it('lets an admin look and export, but not mark or sync', async () => {
    saveLogin({ ...WORKER_LOGIN, user: ADMIN });
    Taro.setStorageSync(queueKey('s1'), [mark('left-by-someone-000001', 'w1')]);
    await renderSettled(<RosterPage />);
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '出勤情况' });
    expect(screen.queryByText('全部出勤')).toBeNull();
    expect(screen.queryByText('签到二维码')).toBeNull();
    expect(screen.queryByText(/同步/)).toBeNull();
    expect(document.querySelector('.roster-entry__choices')).toBeNull();
    expect(row('李四').querySelector('.roster-entry__status')?.textContent).toBe('迟到');
    expect(syncs()).toEqual([]);

    await click('预警名单（1）');
    expect(screen.getByText('出勤率 50%，低于结业要求 80%')).toBeTruthy();

    await click('导出 Excel');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stays read-only for a trainer who opened it from the admin’s 培训班次', async () => {
    saveLogin({ ...WORKER_LOGIN, user: { ...TRAINER, roles: ['trainer', 'admin'] } });
    mockRouter.mockReturnValue({ params: { sessionId: 's1', mode: 'review' } });
    await renderSettled(<RosterPage />);
    expect(screen.queryByText('全部出勤')).toBeNull();
    expect(document.querySelector('.roster-entry__choices')).toBeNull();
  });
});
