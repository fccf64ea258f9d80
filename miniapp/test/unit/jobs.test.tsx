import { act, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ApplicationView } from '@app/shared/api';
import JobPage from '../../src/packages/catalogue/pages/job/index';
import MyApplicationsPage from '../../src/packages/worker/pages/applications/index';
import JobsPage from '../../src/pages/jobs/index';
import { saveLogin } from '../../src/services/auth-store';
import { regionPickedEvent } from '../../src/utils/navigation';
import { page, sentCalls, serve } from './catalogue-fixtures';
import { fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { application, JOB, SPECIAL_JOB } from './job-fixtures';
import { click, renderSettled, typeInto } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;
const jobCalls = () => sentCalls().filter((c) => c.startsWith('GET /jobs?'));

describe('岗位 tab', () => {
  beforeEach(() => {
    serve((_method, path) => (path.startsWith('/jobs?') ? page([JOB, SPECIAL_JOB]) : undefined));
  });

  it('lists open jobs for anyone, each card with salary, employer, brand, region and tags', async () => {
    const { container } = await renderSettled(<JobsPage />);
    expect(Taro.reLaunch).not.toHaveBeenCalled();
    expect(jobCalls()).toEqual(['GET /jobs?page=1&pageSize=20']);
    expect(screen.getByText('共 2 个岗位')).toBeTruthy();
    const [first, second] = Array.from(container.querySelectorAll('.job-card'));
    expect(first.textContent).toContain('4500–6000元/月');
    expect(first.textContent).toContain('玉林福绵服装有限公司');
    expect(first.textContent).toContain('福绵裁缝 · 缝纫工 · 福绵区');
    const tags = (card: Element) =>
      Array.from(card.querySelectorAll('.tag')).map((t) => t.textContent);
    expect(tags(first)).toEqual(['包住', '包吃', '欢迎学员', '需要证书：五级/初级工']);
    expect(second.textContent).toContain('3500元/月');
    expect(tags(second)).toEqual(['需要证书：专项']);
    await click('牛仔服装车位工');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/job/index?id=j1',
    });
  });

  it('sends the keyword, the region picked and the salary chip in the query', async () => {
    await renderSettled(<JobsPage />);
    typeInto('搜岗位、单位，如 车位工', ' 车位工 ');
    await click('搜索');
    await click('5000+');
    await click('全部地区');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/region/index?for=jobs',
    });
    await act(async () => {
      Taro.eventCenter.trigger(regionPickedEvent('jobs'), {
        code: '450900',
        label: '玉林市（全市）',
      });
    });
    expect(screen.getByText('玉林市（全市）')).toBeTruthy();
    expect(jobCalls()).toEqual([
      'GET /jobs?page=1&pageSize=20',
      'GET /jobs?keyword=车位工&page=1&pageSize=20',
      'GET /jobs?keyword=车位工&salaryAtLeast=5000&page=1&pageSize=20',
      'GET /jobs?keyword=车位工&regionCode=450900&salaryAtLeast=5000&page=1&pageSize=20',
    ]);
    await click('清除筛选');
    expect(jobCalls().at(-1)).toBe('GET /jobs?page=1&pageSize=20');
  });

  it('ignores a region picked for another tab', async () => {
    await renderSettled(<JobsPage />);
    await act(async () => {
      Taro.eventCenter.trigger(regionPickedEvent('training'), {
        code: '450900',
        label: '玉林市（全市）',
      });
    });
    expect(jobCalls()).toEqual(['GET /jobs?page=1&pageSize=20']);
  });
});

describe('岗位详情', () => {
  let mine: ApplicationView[];
  beforeEach(() => {
    mine = [];
    mockRouter.mockReturnValue({ params: { id: 'j1' } });
  });

  function serveJob(apply: () => { statusCode: number; data: unknown }) {
    serve((method, path) => {
      if (method === 'GET' && path === '/jobs/j1') return ok({ job: JOB });
      if (method === 'GET' && path === '/applications/mine') return ok({ items: mine });
      if (method === 'POST' && path === '/jobs/j1/applications') return apply();
      return undefined;
    });
  }

  it('shows every field and sends a visitor to sign in before 投递', async () => {
    serveJob(() => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<JobPage />);
    for (const text of [
      '牛仔服装车位工',
      '8:00–17:30，月休4天',
      '职业技能等级认定 · 五级 / 初级工',
      '福绵区 福绵镇服装产业园8号',
      '计件工资，熟手月入6000以上',
      '2099-12-31',
      '包住，包吃',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    await click('投递');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(sentCalls()).toEqual(['GET /jobs/j1']);
  });

  it('applies for a signed-in worker and links to 我的投递', async () => {
    saveLogin(WORKER_LOGIN);
    serveJob(() => ok({ application: application() }));
    await renderSettled(<JobPage />);
    await click('投递');
    expect(sentCalls()).toContain('POST /jobs/j1/applications');
    expect(screen.getByText('已投递')).toBeTruthy();
    await click('查看我的投递');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/worker/pages/applications/index',
    });
  });

  it('shows an application already made instead of 投递', async () => {
    saveLogin(WORKER_LOGIN);
    mine = [application({ status: 'interview' })];
    serveJob(() => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<JobPage />);
    expect(screen.getByText('投递状态：待面试')).toBeTruthy();
    expect(screen.queryByText('投递')).toBeNull();
  });

  it('says in Chinese why 投递 was refused', async () => {
    saveLogin(WORKER_LOGIN);
    serveJob(() => fail(409, 'JOB_REQUIREMENT_NOT_MET', '你还不符合该岗位的证书要求'));
    await renderSettled(<JobPage />);
    await click('投递');
    expect(screen.getByText('你还不符合该岗位的证书要求')).toBeTruthy();
    expect(screen.getByText('投递')).toBeTruthy();
  });

  it('sends a worker without a profile to 完善个人信息', async () => {
    saveLogin(WORKER_LOGIN);
    serveJob(() => fail(409, 'PROFILE_REQUIRED', '请先完善个人信息'));
    await renderSettled(<JobPage />);
    await click('投递');
    await click('完善个人信息');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/consent/index' });
  });

  it('offers its own employer 编辑 and 查看投递 instead of 投递', async () => {
    const employer = { ...WORKER, roles: ['employer' as const], employerId: 'e1' };
    saveLogin({ ...WORKER_LOGIN, user: employer });
    serveJob(() => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<JobPage />);
    expect(screen.queryByText('投递')).toBeNull();
    await click('编辑');
    await click('查看投递');
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/employer/pages/job-edit/index?id=j1',
      '/packages/employer/pages/applicants/index?jobId=j1',
    ]);
  });
});

describe('我的投递', () => {
  let mine: ApplicationView[];
  beforeEach(() => {
    saveLogin(WORKER_LOGIN);
    mine = [
      application({
        status: 'interview',
        interviewAt: '2026-12-20T01:00:00.000Z',
        interviewPlace: '福绵镇服装产业园8号 人事部',
        timeline: [
          { status: 'interview', at: '2026-11-22T02:00:00.000Z', note: null },
          { status: 'applied', at: '2026-11-21T02:00:00.000Z', note: null },
        ],
      }),
      application({ id: 'a2', job: SPECIAL_JOB, jobId: 'j2', status: 'offered' }),
    ];
    serve((method, path) => {
      if (method === 'GET' && path === '/applications/mine') return ok({ items: mine });
      if (method === 'GET' && path === '/invitations/mine') return ok({ items: [] });
      if (method === 'POST' && path === '/applications/a1/withdraw') {
        return ok({ application: { ...mine[0], status: 'withdrawn' } });
      }
      return undefined;
    });
  });

  it('shows each application with its status, interview and timeline; 撤回 only before an offer', async () => {
    const { container } = await renderSettled(<MyApplicationsPage />);
    const [first, second] = Array.from(container.querySelectorAll('.my-applications__card'));
    expect(first.textContent).toContain('待面试');
    expect(first.textContent).toContain('2026-12-20 09:00');
    expect(first.textContent).toContain('福绵镇服装产业园8号 人事部');
    const steps = Array.from(first.querySelectorAll('.timeline__label')).map((l) => l.textContent);
    expect(steps).toEqual(['已投递', '待面试']);
    expect(first.textContent).toContain('撤回投递');
    expect(second.textContent).toContain('已发录用');
    expect(second.textContent).not.toContain('撤回投递');
  });

  it('withdraws after a confirmation', async () => {
    await renderSettled(<MyApplicationsPage />);
    await click('撤回投递');
    expect(mockModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回投递' }));
    expect(sentCalls()).toContain('POST /applications/a1/withdraw');
    expect(screen.getByText('已撤回')).toBeTruthy();
    expect(screen.queryByText('撤回投递')).toBeNull();
  });

  it('keeps the application when the worker does not confirm', async () => {
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await renderSettled(<MyApplicationsPage />);
    await click('撤回投递');
    expect(sentCalls()).not.toContain('POST /applications/a1/withdraw');
  });
});
