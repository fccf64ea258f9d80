import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import JobsPage from '../../src/pages/jobs/index';
import { saveLogin } from '../../src/services/auth-store';
import { page, sentCalls, serve } from './catalogue-fixtures';
import { ADMIN, fail, ok, WORKER_LOGIN } from './fixtures';
import { JOB, SPECIAL_JOB } from './job-fixtures';
import { EMPLOYER_USER, recommendation } from './recommendation-fixtures';
import { click, renderSettled } from './ui';

const recommendationCalls = () => sentCalls().filter((c) => c.includes('/recommendations'));

/** The 岗位 list always answers; `recommendations` answers GET /recommendations/mine. */
function serveJobs(recommendations: () => { statusCode: number; data: unknown }) {
  serve((method, path) => {
    if (path.startsWith('/jobs?')) return page([JOB, SPECIAL_JOB]);
    if (method === 'GET' && path === '/recommendations/mine') return recommendations();
    if (method === 'POST' && path === '/recommendations/r1/seen')
      return { statusCode: 204, data: '' };
    return undefined;
  });
}

describe('为你推荐 on the 岗位 tab', () => {
  it('shows a signed-in worker their recommendations with the reasons, above the list', async () => {
    saveLogin(WORKER_LOGIN);
    serveJobs(() => ok({ items: [recommendation()] }));
    const { container } = await renderSettled(<JobsPage />);
    expect(screen.getByText('为你推荐')).toBeTruthy();
    const card = container.querySelector('.job-card') as HTMLElement;
    expect(card.textContent).toContain('牛仔服装车位工');
    expect(card.textContent).toContain('✓ 你已取得 缝纫工 五级/初级工证书');
    expect(card.textContent).toContain('✓ 岗位在福绵区，离你住的地方近');
    expect(card.textContent).toContain('新推荐');
    // The recommended job first, then the whole list (both jobs) under 全部岗位.
    expect(container.querySelectorAll('.job-card')).toHaveLength(3);
  });

  it('marks a recommendation seen when the worker opens its job, without waiting for the answer', async () => {
    saveLogin(WORKER_LOGIN);
    serveJobs(() => ok({ items: [recommendation()] }));
    const { container } = await renderSettled(<JobsPage />);
    const card = container.querySelector('.job-card') as HTMLElement;
    await click('✓ 你已取得 缝纫工 五级/初级工证书', card);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/job/index?id=j1',
    });
    expect(recommendationCalls()).toEqual([
      'GET /recommendations/mine',
      'POST /recommendations/r1/seen',
    ]);
    expect(card.textContent).not.toContain('新推荐');
    // Opened again: already seen, nothing more is sent.
    await click('✓ 你已取得 缝纫工 五级/初级工证书', card);
    expect(recommendationCalls()).toHaveLength(2);
  });

  it('opens the job even when marking it seen fails', async () => {
    saveLogin(WORKER_LOGIN);
    serve((_method, path) => {
      if (path.startsWith('/jobs?')) return page([]);
      if (path === '/recommendations/mine') return ok({ items: [recommendation()] });
      return fail(500, 'INTERNAL', '服务器开小差了');
    });
    const { container } = await renderSettled(<JobsPage />);
    await click('牛仔服装车位工', container.querySelector('.job-card') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/job/index?id=j1',
    });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('sends nothing for a recommendation already seen', async () => {
    saveLogin(WORKER_LOGIN);
    serveJobs(() => ok({ items: [recommendation({ seenAt: '2026-11-21T03:00:00.000Z' })] }));
    const { container } = await renderSettled(<JobsPage />);
    expect(screen.queryByText('新推荐')).toBeNull();
    await click('牛仔服装车位工', container.querySelector('.job-card') as HTMLElement);
    expect(recommendationCalls()).toEqual(['GET /recommendations/mine']);
  });

  it('shows three at first and the rest on 查看全部', async () => {
    saveLogin(WORKER_LOGIN);
    const items = ['r1', 'r2', 'r3', 'r4'].map((id, i) =>
      recommendation({ id, job: { ...JOB, id: `j${i + 10}`, title: `推荐岗位${i + 1}` } }),
    );
    serveJobs(() => ok({ items }));
    await renderSettled(<JobsPage />);
    expect(screen.queryByText('推荐岗位4')).toBeNull();
    await click('查看全部 4 个推荐');
    expect(screen.getByText('推荐岗位4')).toBeTruthy();
  });

  it('tells a worker with no recommendations how to get some', async () => {
    saveLogin(WORKER_LOGIN);
    serveJobs(() => ok({ items: [] }));
    await renderSettled(<JobsPage />);
    expect(screen.getByText('完善个人信息、参加培训后会为你推荐岗位。')).toBeTruthy();
    expect(screen.getByText('共 2 个岗位')).toBeTruthy();
  });

  it('offers 重试 when the recommendations fail, and still lists the jobs', async () => {
    saveLogin(WORKER_LOGIN);
    serveJobs(() => fail(500, 'INTERNAL', '推荐服务暂时不可用'));
    await renderSettled(<JobsPage />);
    expect(screen.getByText('推荐服务暂时不可用')).toBeTruthy();
    expect(screen.getByText('共 2 个岗位')).toBeTruthy();
  });

  it.each([
    ['a visitor', null],
    ['an employer', EMPLOYER_USER],
    ['an admin', ADMIN],
  ])('is hidden from %s, who is never asked about', async (_who, user) => {
    if (user) saveLogin({ ...WORKER_LOGIN, user });
    serveJobs(() => ok({ items: [recommendation()] }));
    await renderSettled(<JobsPage />);
    expect(screen.queryByText('为你推荐')).toBeNull();
    expect(recommendationCalls()).toEqual([]);
    expect(screen.getByText('共 2 个岗位')).toBeTruthy();
  });

  it('offers 订阅岗位推荐通知 only in the mini-program (not on H5)', async () => {
    saveLogin(WORKER_LOGIN);
    serveJobs(() => ok({ items: [recommendation()] }));
    await renderSettled(<JobsPage />);
    expect(screen.queryByText('订阅岗位推荐通知')).toBeNull();
  });
});
