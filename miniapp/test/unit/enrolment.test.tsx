import { screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { EnrolmentView, NotificationView } from '@app/shared/api';
import SessionPage from '../../src/packages/catalogue/pages/session/index';
import MyEnrolmentsPage from '../../src/packages/worker/pages/enrolments/index';
import InboxPage from '../../src/packages/worker/pages/inbox/index';
import MinePage from '../../src/pages/mine/index';
import { saveLogin } from '../../src/services/auth-store';
import {
  FULL_SESSION,
  SESSION,
  SESSION_DETAIL,
  sentCalls,
  sentWith,
  serve,
} from './catalogue-fixtures';
import { fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { click, renderSettled } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

const ENROLLED: EnrolmentView = {
  id: 'e1',
  sessionId: 's1',
  status: 'enrolled',
  waitlistPosition: null,
  nextLesson: null,
  attendance: null,
  priority: false,
  createdAt: '2026-11-22T02:00:00.000Z',
  session: SESSION,
};

const WAITLISTED: EnrolmentView = {
  ...ENROLLED,
  id: 'e2',
  sessionId: 's2',
  status: 'waitlisted',
  waitlistPosition: 3,
  nextLesson: null,
  attendance: null,
  priority: true,
  session: FULL_SESSION,
};

const CANCELLED: EnrolmentView = {
  ...ENROLLED,
  id: 'e3',
  sessionId: 's3',
  status: 'cancelled',
  session: { ...SESSION, id: 's3', title: '博白编织11月班' },
};

const EMPLOYER = { ...WORKER, roles: ['employer' as const], employerId: 'e1' };

const KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** The idempotency keys of the 报名 requests sent so far. */
const enrolKeys = () =>
  sentWith('POST')
    .filter((r) => r.url.endsWith('/sessions/s1/enrolments'))
    .map((r) => (r.data as { idempotencyKey?: string }).idempotencyKey);

describe('报名 on the session page', () => {
  beforeEach(() => {
    mockRouter.mockReturnValue({ params: { id: 's1' } });
    saveLogin(WORKER_LOGIN);
  });

  /** The session page for a worker holding `mine`, answering 报名 with `enrol`. */
  function serveSession(
    mine: EnrolmentView[],
    enrol?: () => { statusCode: number; data: unknown },
  ) {
    serve((method, path) => {
      if (method === 'GET' && path === '/sessions/s1') return ok({ session: SESSION_DETAIL });
      if (method === 'GET' && path === '/enrolments/mine') return ok({ items: mine });
      if (method === 'POST' && path === '/sessions/s1/enrolments') return enrol?.();
      if (method === 'POST' && path === '/enrolments/e1/cancel') {
        return ok({ enrolment: { ...mine[0], status: 'cancelled', waitlistPosition: null } });
      }
      return undefined;
    });
  }

  it('enrols a worker with a fresh idempotency key and says 报名成功 in place', async () => {
    serveSession([], () => ok({ enrolment: ENROLLED }));
    await renderSettled(<SessionPage />);
    expect(sentCalls()).toEqual(['GET /sessions/s1', 'GET /enrolments/mine']);

    await click('报名');
    expect(sentCalls()).toContain('POST /sessions/s1/enrolments');
    expect(enrolKeys()).toEqual([expect.stringMatching(KEY)]);
    expect(screen.getByText('报名成功')).toBeTruthy();
    expect(screen.queryByText('报名')).toBeNull();
    expect(screen.getByText('取消报名')).toBeTruthy();
    // Not waitlisted: no waitlist rule, no position.
    expect(screen.queryByText(/候补规则/)).toBeNull();
  });

  it('says which place on the waitlist a worker is in, the rule, and 你属于优先群体', async () => {
    serveSession([], () => ok({ enrolment: { ...WAITLISTED, sessionId: 's1', session: SESSION } }));
    await renderSettled(<SessionPage />);
    await click('报名');
    expect(screen.getByText('已进入候补，当前第 3 位')).toBeTruthy();
    expect(
      screen.getByText(
        /优先群体（脱贫人口、防止返贫监测对象、农村低收入人口）排在前面，同组按报名先后/,
      ),
    ).toBeTruthy();
    expect(screen.getByText('你属于优先群体')).toBeTruthy();
    expect(screen.queryByText('报名成功')).toBeNull();
  });

  it('makes a new key for every tap, and shows the server’s message when 报名 is refused', async () => {
    let answers = [
      fail(409, 'SCHEDULE_CONFLICT', '与你已报名的其他班次上课时间冲突'),
      ok({ enrolment: ENROLLED }),
    ];
    serveSession([], () => {
      const [first, ...rest] = answers;
      answers = rest;
      return first;
    });
    await renderSettled(<SessionPage />);
    await click('报名');
    expect(screen.getByText('与你已报名的其他班次上课时间冲突')).toBeTruthy();
    expect(screen.queryByText('报名成功')).toBeNull();

    await click('报名');
    expect(screen.getByText('报名成功')).toBeTruthy();
    const keys = enrolKeys();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(KEY);
    expect(keys[1]).toMatch(KEY);
    expect(keys[0]).not.toEqual(keys[1]);
  });

  it('shows the window’s dates from the server when 报名 is closed', async () => {
    serveSession([], () =>
      fail(409, 'ENROLMENT_CLOSED', '报名时间为 2026-11-20 至 2026-12-05，现在不能报名'),
    );
    await renderSettled(<SessionPage />);
    await click('报名');
    expect(screen.getByText('报名时间为 2026-11-20 至 2026-12-05，现在不能报名')).toBeTruthy();
    expect(screen.getByText('报名')).toBeTruthy();
  });

  it('sends a worker without a profile to 完善个人信息 (the consent page first)', async () => {
    serveSession([], () => fail(409, 'PROFILE_REQUIRED', '请先完善个人信息'));
    await renderSettled(<SessionPage />);
    await click('报名');
    expect(screen.getByText(/报名前要先完善个人信息/)).toBeTruthy();
    expect(screen.queryByText('报名')).toBeNull();
    await click('完善个人信息');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/consent/index' });
  });

  it('shows a place already held instead of 报名, and 取消报名 asks first, then cancels', async () => {
    serveSession([ENROLLED]);
    await renderSettled(<SessionPage />);
    expect(screen.getByText('报名状态：已报名')).toBeTruthy();
    expect(screen.queryByText('报名')).toBeNull();

    // 不取消: nothing is sent.
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('取消报名');
    expect(mockModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消报名' }));
    expect(sentWith('POST')).toHaveLength(0);

    await click('取消报名');
    expect(sentCalls()).toContain('POST /enrolments/e1/cancel');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消报名' }));
    expect(screen.getByText('报名')).toBeTruthy();
    expect(screen.queryByText('报名状态：已报名')).toBeNull();
  });

  it('shows the waitlist position held from an earlier visit', async () => {
    serveSession([{ ...WAITLISTED, sessionId: 's1', waitlistPosition: 2, priority: false }]);
    await renderSettled(<SessionPage />);
    expect(screen.getByText('报名状态：候补中，当前第 2 位')).toBeTruthy();
    expect(screen.getByText(/同组按报名先后/)).toBeTruthy();
    expect(screen.queryByText('你属于优先群体')).toBeNull();
    expect(screen.getByText('取消报名')).toBeTruthy();
  });

  it('offers 报名 again after a cancelled enrolment', async () => {
    serveSession([{ ...CANCELLED, sessionId: 's1' }]);
    await renderSettled(<SessionPage />);
    expect(screen.getByText('报名')).toBeTruthy();
    expect(screen.queryByText('取消报名')).toBeNull();
  });

  it('has no 报名 for an employer, and does not ask for enrolments', async () => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER });
    serveSession([]);
    await renderSettled(<SessionPage />);
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
    expect(screen.queryByText('报名')).toBeNull();
    expect(sentCalls()).toEqual(['GET /sessions/s1']);
  });
});

describe('我的培训 (worker sub-package)', () => {
  beforeEach(() => saveLogin(WORKER_LOGIN));

  function serveList(items: EnrolmentView[]) {
    serve((method, path) => {
      if (method === 'GET' && path === '/enrolments/mine') return ok({ items });
      if (method === 'POST' && path === '/enrolments/e2/cancel') {
        return ok({ enrolment: { ...WAITLISTED, status: 'cancelled', waitlistPosition: null } });
      }
      return undefined;
    });
  }

  it('lists each session with its status, the waitlist position and 优先群体', async () => {
    serveList([WAITLISTED, ENROLLED, CANCELLED]);
    const { container } = await renderSettled(<MyEnrolmentsPage />);
    const cards = Array.from(container.querySelectorAll('.enrolment-card'));
    expect(cards.map((c) => c.querySelector('.enrolment-card__title')?.textContent)).toEqual([
      '玉州区家政1月班',
      '福绵裁缝12月班',
      '博白编织11月班',
    ]);
    expect(cards.map((c) => c.querySelector('.enrolment-tag')?.textContent)).toEqual([
      '候补中',
      '已报名',
      '已取消',
    ]);
    expect(cards[0].textContent).toContain('候补第 3 位');
    expect(cards[0].textContent).toContain('优先群体');
    expect(cards[0].textContent).toContain('八桂家政');
    expect(cards[0].textContent).toContain('2026-12-07 至 2026-12-18');
    expect(cards[0].textContent).toContain('玉州区 福绵镇服装产业园3号楼');
    expect(cards[1].textContent).not.toContain('候补第');
    expect(cards[1].textContent).not.toContain('优先群体');
    // 取消报名 only for a place still held.
    expect(cards.map((c) => c.textContent?.includes('取消报名'))).toEqual([true, true, false]);
    expect(screen.getByText(/同组按报名先后/)).toBeTruthy();
  });

  it('shows the next lesson (and that it is under way) and the attendance so far', async () => {
    const underway = new Date(Date.now() - 3600_000).toISOString();
    serveList([
      {
        ...ENROLLED,
        nextLesson: { id: 'l3', startsAt: underway, endsAt: underway, topic: '缝纫基础' },
        attendance: { attended: 2, counted: 3 },
      },
      { ...CANCELLED, attendance: { attended: 1, counted: 1 } },
    ]);
    const { container } = await renderSettled(<MyEnrolmentsPage />);
    const cards = Array.from(container.querySelectorAll('.enrolment-card'));
    expect(cards[0].textContent).toMatch(/下次课\d{2}-\d{2} \d{2}:\d{2} 缝纫基础（正在上课）/);
    expect(cards[0].textContent).toContain('出勤2 / 3 次课');
    // a place no longer held has no next lesson, but its attendance stays
    expect(cards[1].textContent).not.toContain('下次课');
    expect(cards[1].textContent).toContain('出勤1 / 1 次课');
  });

  it('opens the session, and cancels a place after the confirmation', async () => {
    serveList([WAITLISTED]);
    const { container } = await renderSettled(<MyEnrolmentsPage />);
    await click('玉州区家政1月班');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/session/index?id=s2',
    });

    await click('取消报名');
    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '取消报名', content: expect.stringContaining('候补') }),
    );
    expect(sentCalls()).toEqual(['GET /enrolments/mine', 'POST /enrolments/e2/cancel']);
    expect(container.querySelector('.enrolment-tag')?.textContent).toBe('已取消');
    expect(screen.queryByText('取消报名')).toBeNull();
  });

  it('sends nothing when the worker does not confirm', async () => {
    serveList([WAITLISTED]);
    await renderSettled(<MyEnrolmentsPage />);
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('取消报名');
    expect(sentCalls()).toEqual(['GET /enrolments/mine']);
    expect(screen.getByText('候补中')).toBeTruthy();
  });

  it('says so when there is nothing yet, and leads to 培训', async () => {
    serveList([]);
    await renderSettled(<MyEnrolmentsPage />);
    expect(screen.getByText(/你还没有报名培训/)).toBeTruthy();
    await click('去看看培训');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/training/index' });
  });
});

const UNREAD: NotificationView = {
  id: 'n1',
  kind: 'enrolment.promoted',
  title: '候补成功',
  body: '有人取消报名，你已从候补转为正式报名“玉州区家政1月班”，2026-12-07 开班。',
  link: '/packages/catalogue/pages/session/index?id=s2',
  createdAt: '2026-11-23T02:00:00.000Z',
  readAt: null,
};

const READ: NotificationView = {
  ...UNREAD,
  id: 'n2',
  kind: 'enrolment.enrolled',
  title: '报名成功',
  body: '你已报名“福绵裁缝12月班”，2026-12-07 开班。',
  link: null,
  readAt: '2026-11-22T03:00:00.000Z',
};

describe('我的消息 (inbox)', () => {
  beforeEach(() => saveLogin(WORKER_LOGIN));

  function serveInbox() {
    serve((method, path) => {
      if (method === 'GET' && path === '/notifications/mine') {
        return ok({ items: [UNREAD, READ], unread: 1 });
      }
      if (method === 'POST' && path === '/notifications/n1/read') {
        return ok({ items: [{ ...UNREAD, readAt: '2026-11-23T03:00:00.000Z' }, READ], unread: 0 });
      }
      return undefined;
    });
  }

  it('lists the messages with the unread one marked; a tap marks it read and opens its link', async () => {
    serveInbox();
    const { container } = await renderSettled(<InboxPage />);
    expect(screen.getByText('候补成功')).toBeTruthy();
    expect(screen.getByText(/你已从候补转为正式报名/)).toBeTruthy();
    expect(screen.getByText('1 条未读，点开即为已读')).toBeTruthy();
    expect(container.querySelectorAll('.message__dot')).toHaveLength(1);
    expect(container.querySelector('.message--unread .message__title')?.textContent).toBe(
      '候补成功',
    );

    await click('候补成功');
    expect(sentCalls()).toEqual(['GET /notifications/mine', 'POST /notifications/n1/read']);
    expect(container.querySelectorAll('.message__dot')).toHaveLength(0);
    expect(screen.getByText('消息都已读过')).toBeTruthy();
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/session/index?id=s2',
    });
  });

  it('sends nothing for a message already read, and opens nothing without a link', async () => {
    serveInbox();
    await renderSettled(<InboxPage />);
    await click('报名成功');
    expect(sentCalls()).toEqual(['GET /notifications/mine']);
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('says so when there are no messages', async () => {
    serve(() => ok({ items: [], unread: 0 }));
    await renderSettled(<InboxPage />);
    expect(screen.getByText(/还没有消息/)).toBeTruthy();
  });
});

describe('我的: 我的消息 and 我的培训', () => {
  function serveMine(user: typeof WORKER, unread: number) {
    saveLogin({ ...WORKER_LOGIN, user });
    serve((_method, path) => {
      if (path === '/me') return ok({ user });
      if (path === '/notifications/mine') return ok({ items: [], unread });
      return undefined;
    });
  }

  it('shows the unread count next to 我的消息 and on the 我的 tab', async () => {
    serveMine(WORKER, 2);
    await renderSettled(<MinePage />);
    expect(screen.getByText('2 条未读')).toBeTruthy();
    expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '2' });
    await click('我的消息');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/inbox/index' });
    await click('我的培训');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/worker/pages/enrolments/index',
    });
  });

  it('offers 我的消息 to every role, with no badge when all is read', async () => {
    serveMine(EMPLOYER, 0);
    await renderSettled(<MinePage />);
    expect(screen.getByText('我的消息')).toBeTruthy();
    expect(screen.queryByText(/条未读/)).toBeNull();
    expect(screen.queryByText('我的培训')).toBeNull();
    expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 });
    expect(Taro.setTabBarBadge).not.toHaveBeenCalled();
  });
});
