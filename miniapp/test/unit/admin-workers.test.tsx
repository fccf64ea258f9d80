import { act, fireEvent, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { WorkerListItem } from '@app/shared/api';
import AdminDashboardPage from '../../src/packages/admin/pages/dashboard/index';
import AdminWorkerPage from '../../src/packages/admin/pages/worker/index';
import AdminWorkersPage from '../../src/packages/admin/pages/workers/index';
import { saveLogin } from '../../src/services/auth-store';
import { ADMIN, fail, ok, PROFILE, WORKER_LOGIN } from './fixtures';
import { renderSettled, click } from './ui';

const mockRequest = Taro.request as unknown as jest.Mock;
const mockRouter = useRouter as unknown as jest.Mock;

const SELF_REGISTERED: WorkerListItem = {
  userId: 'u1',
  realName: '黄秀梅',
  idNumberMasked: '450903**********23',
  gender: 'female',
  householdRegionCode: '450903',
  householdRegionName: '福绵区',
  phoneMasked: '138****0001',
  priorityGroup: '脱贫人口',
  assisted: false,
  createdAt: '2026-11-20T08:00:00.000Z',
};

const ASSISTED: WorkerListItem = {
  userId: 'u20',
  realName: '韦桂英',
  idNumberMasked: '450921**********41',
  gender: 'male',
  householdRegionCode: '450921',
  householdRegionName: '容县',
  phoneMasked: '138****0009',
  priorityGroup: null,
  assisted: true,
  createdAt: '2026-11-21T08:00:00.000Z',
};

const FULL_ID = '450903198803120023';
const page = (items: WorkerListItem[], total = items.length) =>
  ok({ items, total, page: 1, pageSize: 20 });

function urls(method: string): string[] {
  return mockRequest.mock.calls
    .map((c) => c[0])
    .filter((o) => o.method === method)
    .map((o) => o.url);
}

describe('劳动者信息 (the admin’s worker list)', () => {
  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: ADMIN }));

  it('lists the region’s workers masked, with 代登记 on the assisted one only', async () => {
    mockRequest.mockResolvedValueOnce(page([SELF_REGISTERED, ASSISTED]));
    await renderSettled(<AdminWorkersPage />);
    expect(urls('GET')).toEqual(['https://api.test/api/v1/admin/workers?page=1&pageSize=20']);
    expect(screen.getByText('黄秀梅')).toBeTruthy();
    expect(screen.getByText('450903**********23')).toBeTruthy();
    expect(screen.getByText('女')).toBeTruthy();
    expect(screen.getByText('福绵区')).toBeTruthy();
    expect(screen.getByText('138****0001')).toBeTruthy();
    expect(screen.getByText('脱贫人口')).toBeTruthy();
    expect(screen.getByText('韦桂英')).toBeTruthy();
    expect(screen.getByText('容县')).toBeTruthy();
    expect(screen.getAllByText('代登记')).toHaveLength(1);
    expect(screen.getByText(/共 2 人/)).toBeTruthy();
  });

  it('searches by name, says when nobody matches, and 清除 shows everyone again', async () => {
    mockRequest.mockResolvedValueOnce(page([SELF_REGISTERED, ASSISTED]));
    await renderSettled(<AdminWorkersPage />);

    fireEvent.change(screen.getByPlaceholderText('输入姓名搜索'), { target: { value: ' 韦桂 ' } });
    mockRequest.mockResolvedValueOnce(page([ASSISTED]));
    await click('搜索');
    expect(urls('GET')[1]).toBe(
      `https://api.test/api/v1/admin/workers?q=${encodeURIComponent('韦桂')}&page=1&pageSize=20`,
    );
    expect(screen.queryByText('黄秀梅')).toBeNull();
    expect(screen.getByText('韦桂英')).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('输入姓名搜索'), { target: { value: '张三' } });
    mockRequest.mockResolvedValueOnce(page([]));
    await click('搜索');
    expect(screen.getByText('没有找到姓名含“张三”的劳动者。')).toBeTruthy();

    mockRequest.mockResolvedValueOnce(page([SELF_REGISTERED, ASSISTED]));
    await click('清除');
    expect(urls('GET')[3]).toBe('https://api.test/api/v1/admin/workers?page=1&pageSize=20');
    expect(screen.getByText('黄秀梅')).toBeTruthy();
  });

  it('opens a worker’s details from the card', async () => {
    mockRequest.mockResolvedValueOnce(page([ASSISTED]));
    await renderSettled(<AdminWorkersPage />);
    fireEvent.click(screen.getByText('韦桂英'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/admin/pages/worker/index?userId=u20',
    });
  });

  it('shows a failed load with 重试, and an empty region plainly', async () => {
    mockRequest.mockResolvedValueOnce(fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'));
    await renderSettled(<AdminWorkersPage />);
    expect(screen.getByText('服务器开小差了，请稍后再试')).toBeTruthy();
    mockRequest.mockResolvedValueOnce(page([]));
    await click('重试');
    expect(screen.getByText('本地区还没有登记的劳动者。')).toBeTruthy();
  });

  it('is linked from the admin dashboard, with 代为登记劳动者', async () => {
    await renderSettled(<AdminDashboardPage />);
    fireEvent.click(screen.getByText('劳动者信息'));
    fireEvent.click(screen.getByText('代为登记劳动者'));
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/admin/pages/workers/index',
      '/packages/trainer/pages/assisted/index',
    ]);
  });
});

describe('劳动者详情 (one worker, as the admin sees it)', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: ADMIN });
    mockRouter.mockReturnValue({ params: { userId: 'u20' } });
  });

  const ASSISTED_PROFILE = { ...PROFILE, userId: 'u20', assisted: true, claimed: false };

  it('shows the profile masked, read-only, with how the worker was registered', async () => {
    mockRequest.mockResolvedValueOnce(ok({ profile: ASSISTED_PROFILE }));
    await renderSettled(<AdminWorkerPage />);
    expect(urls('GET')).toEqual(['https://api.test/api/v1/admin/workers/u20']);
    expect(screen.getByText('450903**********23')).toBeTruthy();
    expect(screen.getByText('广西壮族自治区 玉林市 福绵区')).toBeTruthy();
    expect(screen.getByText('代为登记（本人尚未登录认领）')).toBeTruthy();
    expect(screen.queryByText('修改信息')).toBeNull();
  });

  it('reveals the full ID number only with a reason of 2–200 characters, POSTed, for 10 seconds', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      mockRequest.mockResolvedValueOnce(ok({ profile: ASSISTED_PROFILE }));
      await renderSettled(<AdminWorkerPage />);
      await click('查看完整身份证号');

      await click('确定查看');
      expect(screen.getByText('请填写查看原因')).toBeTruthy();
      const reason = screen.getByPlaceholderText('例如：核实补贴申领材料');
      fireEvent.change(reason, { target: { value: ' 查 ' } });
      await click('确定查看');
      expect(screen.getByText('查看原因至少写2个字')).toBeTruthy();
      fireEvent.change(reason, { target: { value: '查'.repeat(201) } });
      await click('确定查看');
      expect(screen.getByText('查看原因不能超过200个字')).toBeTruthy();
      expect(urls('POST')).toEqual([]);

      fireEvent.change(reason, { target: { value: ' 核实补贴申领材料 ' } });
      mockRequest.mockResolvedValueOnce(ok({ idNumber: FULL_ID }));
      await click('确定查看');
      expect(mockRequest).toHaveBeenLastCalledWith(
        expect.objectContaining({
          url: 'https://api.test/api/v1/admin/workers/u20/id-number',
          method: 'POST',
          data: { reason: '核实补贴申领材料' },
        }),
      );
      expect(screen.getByText(FULL_ID)).toBeTruthy();
      expect(screen.getByText('本次查看已记入审计日志')).toBeTruthy();
      expect(screen.queryByPlaceholderText('例如：核实补贴申领材料')).toBeNull();

      await act(async () => {
        jest.advanceTimersByTime(10000);
      });
      expect(screen.queryByText(FULL_ID)).toBeNull();
      expect(screen.getByText('450903**********23')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows a refused reveal on the reason form, and 取消 closes it', async () => {
    mockRequest.mockResolvedValueOnce(ok({ profile: ASSISTED_PROFILE }));
    await renderSettled(<AdminWorkerPage />);
    await click('查看完整身份证号');
    fireEvent.change(screen.getByPlaceholderText('例如：核实补贴申领材料'), {
      target: { value: '核实材料' },
    });
    mockRequest.mockResolvedValueOnce(fail(404, 'NOT_FOUND', '请求的内容不存在'));
    await click('确定查看');
    expect(screen.getByText('请求的内容不存在')).toBeTruthy();
    await click('取消');
    expect(screen.queryByPlaceholderText('例如：核实补贴申领材料')).toBeNull();
    expect(screen.getByText('查看完整身份证号')).toBeTruthy();
  });

  it('says so when the worker is outside the admin’s region (404), with 重试', async () => {
    mockRequest.mockResolvedValueOnce(fail(404, 'NOT_FOUND', '请求的内容不存在'));
    await renderSettled(<AdminWorkerPage />);
    expect(screen.getByText('请求的内容不存在')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
