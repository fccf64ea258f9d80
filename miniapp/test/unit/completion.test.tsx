import { screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { CompletionResponse } from '@app/shared/api';
import CompletionPage from '../../src/packages/trainer/pages/completion/index';
import TrainerSessionsPage from '../../src/packages/trainer/pages/sessions/index';
import { saveLogin } from '../../src/services/auth-store';
import { page, PROVIDER, sentCalls, serve, SESSION, SESSION_DETAIL } from './catalogue-fixtures';
import { ADMIN, fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { click, renderSettled } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

const TRAINER = { ...WORKER, id: 't1', displayName: '李老师', roles: ['trainer' as const] };

const PREVIEW: CompletionResponse = {
  sessionId: 's1',
  minAttendanceRate: 0.8,
  final: false,
  entries: [
    {
      enrolmentId: 'e1',
      workerId: 'w1',
      realName: '张三',
      attendanceRate: 0.9,
      outcome: 'completed',
    },
    {
      enrolmentId: 'e2',
      workerId: 'w2',
      realName: '李四',
      attendanceRate: 0.5,
      outcome: 'dropped',
    },
  ],
};

const FINAL: CompletionResponse = { ...PREVIEW, final: true };
const COMPLETION = '/provider/sessions/s1/completion';

/** The completion answers; `confirm` is what POST answers. */
function serveCompletion(
  preview: CompletionResponse,
  confirm: () => { statusCode: number; data: unknown } = () => ok(FINAL),
) {
  serve((method, path) => {
    if (method === 'GET' && path === COMPLETION) return ok(preview);
    if (method === 'GET' && path === '/sessions/s1') return ok({ session: SESSION_DETAIL });
    if (method === 'POST' && path === COMPLETION) return confirm();
    return undefined;
  });
}

const card = (name: string) => screen.getByText(name).closest('.completion-entry') as HTMLElement;
const outcome = (name: string) =>
  card(name).querySelector('.completion-entry__outcome')?.textContent;
const posts = () => sentCalls().filter((c) => c === `POST ${COMPLETION}`);

describe('结业审核', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    mockRouter.mockReturnValue({ params: { id: 's1' } });
  });

  it('previews each worker’s rate and outcome against the minimum, with the counts', async () => {
    serveCompletion(PREVIEW);
    await renderSettled(<CompletionPage />);
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
    expect(screen.getByText('预览')).toBeTruthy();
    expect(screen.getByText('结业要求：出勤率不低于 80%')).toBeTruthy();
    expect(screen.getByText('共 2 人：结业 1 人，未结业 1 人')).toBeTruthy();
    expect(card('张三').textContent).toContain('出勤率 90%');
    expect(outcome('张三')).toBe('结业');
    expect(card('李四').textContent).toContain('出勤率 50%');
    expect(outcome('李四')).toBe('未结业');
    expect(posts()).toEqual([]);
  });

  it('confirms after a modal that says it is final and workers are told, then shows 已确认结业', async () => {
    serveCompletion(PREVIEW);
    await renderSettled(<CompletionPage />);
    await click('确认结业');

    expect(mockModal).toHaveBeenCalledTimes(1);
    const { content } = mockModal.mock.calls[0][0] as { content: string };
    expect(content).toContain('不能更改');
    expect(content).toContain('1 人结业，1 人未结业');
    expect(content).toContain('通知每位学员');
    expect(posts()).toHaveLength(1);

    expect(screen.getByText('已确认结业，结果已通知学员。')).toBeTruthy();
    expect(document.querySelector('.completion__head .tag')?.textContent).toBe('已确认结业');
    expect(outcome('张三')).toBe('已结业');
    expect(outcome('李四')).toBe('未结业');
    expect(screen.queryByText('确认结业')).toBeNull();

    await click('去技能评价');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/trainer/pages/assessments/index?id=s1',
    });
  });

  it('sends nothing when the modal is cancelled', async () => {
    serveCompletion(PREVIEW);
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await renderSettled(<CompletionPage />);
    await click('确认结业');
    expect(posts()).toEqual([]);
    expect(screen.getByText('预览')).toBeTruthy();
  });

  it('shows the server’s message when the session has not ended', async () => {
    serveCompletion(PREVIEW, () =>
      fail(409, 'SESSION_NOT_ENDED', '班次还没有结束，结束后才能确认结业'),
    );
    await renderSettled(<CompletionPage />);
    await click('确认结业');
    expect(document.querySelector('.form-error')?.textContent).toBe(
      '班次还没有结束，结束后才能确认结业',
    );
    expect(screen.getByText('预览')).toBeTruthy();
    expect(screen.getByText('确认结业')).toBeTruthy();
  });

  it('says 已确认结业 with no button once the result is final', async () => {
    serveCompletion(FINAL);
    await renderSettled(<CompletionPage />);
    expect(screen.getByText('已确认结业，结果已通知学员。')).toBeTruthy();
    expect(screen.queryByText('确认结业')).toBeNull();
    expect(outcome('张三')).toBe('已结业');
  });

  it('lets an admin see the preview without confirming', async () => {
    saveLogin({ ...WORKER_LOGIN, user: ADMIN });
    serveCompletion(PREVIEW);
    await renderSettled(<CompletionPage />);
    expect(outcome('李四')).toBe('未结业');
    expect(screen.queryByText('确认结业')).toBeNull();
    expect(screen.getByText(/由培训机构在最后一次课后确认/)).toBeTruthy();
  });

  it('still reviews when the session heading cannot be loaded', async () => {
    serve((method, path) => (method === 'GET' && path === COMPLETION ? ok(PREVIEW) : undefined));
    await renderSettled(<CompletionPage />);
    expect(screen.getByText('结业审核')).toBeTruthy();
    expect(outcome('张三')).toBe('结业');
  });
});

describe('培训班次 → 结业审核 / 技能评价', () => {
  it('opens each page of a session from the trainer’s list, keeping 点名', async () => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    serve((method, path) => {
      if (method !== 'GET') return undefined;
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path.startsWith('/provider/sessions?')) return page([SESSION]);
      return undefined;
    });
    await renderSettled(<TrainerSessionsPage />);
    await click('点名');
    await click('结业审核');
    await click('技能评价');
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/trainer/pages/roster/index?sessionId=s1',
      '/packages/trainer/pages/completion/index?id=s1',
      '/packages/trainer/pages/assessments/index?id=s1',
    ]);
  });
});
