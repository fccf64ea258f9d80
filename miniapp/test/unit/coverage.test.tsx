import { screen } from '@testing-library/react';
import AdminCoveragePage from '../../src/packages/admin/pages/reach/index';
import { saveLogin } from '../../src/services/auth-store';
import { sentCalls, serve } from './catalogue-fixtures';
import { ADMIN, fail, ok, WORKER_LOGIN } from './fixtures';
import { renderSettled } from './ui';

const COVERAGE = {
  trainees: 40,
  covered: 30,
  shortfall: [
    {
      workerId: 'u7',
      name: '韦**',
      countyName: '博白县',
      occupationNames: ['编织工', '育婴员'],
      pushed: 1,
    },
  ],
};

describe('推荐覆盖', () => {
  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: ADMIN }));

  it('shows the trainees, how many are covered (and the rate), and who falls short, with what to do', async () => {
    serve((_m, path) => (path === '/admin/recommendations/coverage' ? ok(COVERAGE) : undefined));
    const { container } = await renderSettled(<AdminCoveragePage />);
    expect(sentCalls()).toEqual(['GET /admin/recommendations/coverage']);
    const figures = Array.from(container.querySelectorAll('.coverage__figure')).map(
      (f) => f.textContent,
    );
    expect(figures).toEqual(['40近12个月结业学员', '30已推荐3个以上岗位', '75%覆盖率']);
    expect(screen.getByText('推荐不足（1人）')).toBeTruthy();
    expect(screen.getByText('这些学员匹配的在招岗位不足3个，请组织岗位或培训。')).toBeTruthy();
    const row = container.querySelector('.coverage__row') as HTMLElement;
    expect(row.textContent).toContain('韦**');
    expect(row.textContent).toContain('博白县');
    expect(row.textContent).toContain('培训职业：编织工、育婴员');
    expect(row.textContent).toContain('已推送 1/3');
  });

  it('says so when everyone is covered, and when there are no trainees yet', async () => {
    serve(() => ok({ trainees: 5, covered: 5, shortfall: [] }));
    const first = await renderSettled(<AdminCoveragePage />);
    expect(screen.getByText('100%')).toBeTruthy();
    expect(screen.getByText('每位结业学员都已推荐3个以上岗位。')).toBeTruthy();
    first.unmount();

    serve(() => ok({ trainees: 0, covered: 0, shortfall: [] }));
    await renderSettled(<AdminCoveragePage />);
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.getByText('本地区近12个月还没有结业学员。')).toBeTruthy();
  });

  it('offers 重试 when the figures fail to load', async () => {
    serve(() => fail(403, 'FORBIDDEN', '没有权限查看'));
    await renderSettled(<AdminCoveragePage />);
    expect(screen.getByText('没有权限查看')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });

  it('asks nothing for an admin without a region', async () => {
    saveLogin({ ...WORKER_LOGIN, user: { ...ADMIN, regionCode: null } });
    serve(() => undefined);
    await renderSettled(<AdminCoveragePage />);
    expect(sentCalls()).toEqual([]);
    expect(screen.getByText('你的账号还没有管辖地区，请联系上级管理员。')).toBeTruthy();
  });
});
