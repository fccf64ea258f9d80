import { screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import CandidatesPage from '../../src/packages/employer/pages/candidates/index';
import EmployerJobsPage from '../../src/packages/employer/pages/jobs/index';
import { saveLogin } from '../../src/services/auth-store';
import { page, sentCalls, serve } from './catalogue-fixtures';
import { EMPLOYER_VIEW, fail, ok, WORKER_LOGIN } from './fixtures';
import { JOB } from './job-fixtures';
import { candidate, EMPLOYER_USER } from './recommendation-fixtures';
import { click, renderSettled } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;

describe('推荐人选', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    mockRouter.mockReturnValue({ params: { jobId: 'j1' } });
  });

  function serveCandidates(answer: () => { statusCode: number; data: unknown }) {
    serve((method, path) => {
      if (method === 'GET' && path === '/jobs/j1') return ok({ job: JOB });
      if (method === 'GET' && path === '/employer/jobs/j1/candidates') return answer();
      return undefined;
    });
  }

  it('lists the candidates best match first: masked name, county, certificates, skills and reasons', async () => {
    serveCandidates(() =>
      ok({
        items: [
          candidate(),
          candidate({
            candidate: {
              ...candidate().candidate,
              workerId: 'u2',
              name: '李春燕',
              phone: '13800000002',
              countyName: '玉州区',
            },
            score: 92,
            applied: true,
            reasons: ['已取得 缝纫工 四级/中级工证书'],
          }),
        ],
      }),
    );
    const { container } = await renderSettled(<CandidatesPage />);
    expect(sentCalls()).toEqual(['GET /jobs/j1', 'GET /employer/jobs/j1/candidates']);
    expect(screen.getByText('牛仔服装车位工')).toBeTruthy();
    const cards = Array.from(container.querySelectorAll('.candidate'));
    expect(cards.map((c) => c.querySelector('.candidate__name')?.textContent)).toEqual([
      '李春燕',
      '黄**',
    ]);
    const [applied, masked] = cards;
    expect(applied.textContent).toContain('已投递');
    expect(applied.textContent).toContain('匹配度 92');
    expect(masked.textContent).not.toContain('已投递');
    expect(masked.textContent).toContain('福绵区');
    expect(masked.textContent).toContain('缝纫工（职业技能等级认定 · 五级 / 初级工）');
    expect(masked.textContent).toContain('缝纫、熨烫');
    expect(masked.textContent).toContain('✓ 已取得 缝纫工 五级/初级工证书');
    expect(masked.textContent).toContain('✓ 住在福绵区，离岗位近');
    // Only someone who applied leads to 投递人员, where their name and phone are; the others can be
    // invited (invitations.test.tsx).
    expect(masked.textContent).not.toContain('查看投递');
    expect(applied.textContent).toContain('13800000002');
    expect(masked.textContent).not.toContain('电话');
    await click('查看投递', applied as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/employer/pages/applicants/index?jobId=j1',
    });
  });

  it('says when nobody matches yet', async () => {
    serveCandidates(() => ok({ items: [] }));
    await renderSettled(<CandidatesPage />);
    expect(
      screen.getByText('暂时没有匹配这个岗位的人选。有学员结业或取得证书后会再推荐。'),
    ).toBeTruthy();
  });

  it('shows the server’s message for another employer’s job', async () => {
    serveCandidates(() => fail(404, 'NOT_FOUND', '没有找到这个岗位'));
    await renderSettled(<CandidatesPage />);
    expect(screen.getByText('没有找到这个岗位')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });

  it('asks for nothing without a jobId', async () => {
    mockRouter.mockReturnValue({ params: {} });
    serve(() => undefined);
    await renderSettled(<CandidatesPage />);
    expect(sentCalls().filter((c) => c.includes('candidates'))).toEqual([]);
    expect(screen.getAllByText('没有找到这个岗位').length).toBeGreaterThan(0);
  });
});

describe('推荐人选 in 岗位管理', () => {
  it('is offered for each open job only', async () => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    serve((_m, path) => {
      if (path === '/employers/mine')
        return ok({ employer: { ...EMPLOYER_VIEW, status: 'verified' } });
      if (path === '/employer/jobs?page=1&pageSize=20') {
        return page([
          { ...JOB, id: 'd1', title: '草稿岗位', status: 'draft' },
          JOB,
          { ...JOB, id: 'c1', title: '已结束岗位', status: 'closed' },
        ]);
      }
      return undefined;
    });
    await renderSettled(<EmployerJobsPage />);
    expect(screen.getAllByText('推荐人选')).toHaveLength(1);
    await click('推荐人选');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/employer/pages/candidates/index?jobId=j1',
    });
  });
});
