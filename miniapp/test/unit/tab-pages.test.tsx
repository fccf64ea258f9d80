import { act, fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MinePage from '../../src/pages/mine/index';
import { getAccessToken, saveLogin } from '../../src/services/auth-store';
import { ADMIN, WORKER, WORKER_LOGIN } from './fixtures';
import { renderSettled } from './ui';

// The home tab has its own file (home-page.test.tsx).

const mockRequest = Taro.request as unknown as jest.Mock;

describe('the mine tab', () => {
  beforeEach(() => {
    saveLogin(WORKER_LOGIN);
    mockRequest.mockResolvedValue({ statusCode: 200, data: { user: WORKER } });
  });

  it('shows the name, the role and only the masked phone number', async () => {
    await renderSettled(<MinePage />);
    expect(screen.getByText('黄秀梅')).toBeTruthy();
    expect(screen.getByText('劳动者')).toBeTruthy();
    expect(screen.getByText('138****0001')).toBeTruthy();
  });

  it('opens 个人信息 in the worker sub-package', async () => {
    await renderSettled(<MinePage />);
    fireEvent.click(screen.getByText('个人信息'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/profile/index' });
  });

  it('offers 企业入驻, 培训机构入驻 and 加入培训机构 to someone in no organisation', async () => {
    await renderSettled(<MinePage />);
    fireEvent.click(screen.getByText('企业入驻'));
    fireEvent.click(screen.getByText('培训机构入驻'));
    fireEvent.click(screen.getByText('加入培训机构'));
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/employer/pages/signup/index',
      '/packages/trainer/pages/signup/index',
      '/packages/trainer/pages/signup/index?mode=join',
    ]);
  });

  it('shows an employer its workspace and organisation, and no sign-up entries', async () => {
    const employer = { ...WORKER, roles: ['employer' as const], employerId: 'e1' };
    saveLogin({ ...WORKER_LOGIN, user: employer });
    mockRequest.mockResolvedValue({ statusCode: 200, data: { user: employer } });
    await renderSettled(<MinePage />);
    expect(screen.getByText('岗位管理')).toBeTruthy();
    fireEvent.click(screen.getByText('单位信息'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/employer/pages/org/index?kind=employer',
    });
    expect(screen.queryByText('企业入驻')).toBeNull();
  });

  it('links an admin to 劳动者信息, 代为登记劳动者, 机构审核, 品牌管理, 培训清单, 辖区班次, 证书发放, 专场招聘, 推荐覆盖, 审计日志 and 管理员任命', async () => {
    saveLogin({ ...WORKER_LOGIN, user: ADMIN });
    mockRequest.mockResolvedValue({ statusCode: 200, data: { user: ADMIN } });
    await renderSettled(<MinePage />);
    const titles = Array.from(document.querySelectorAll('.workspace-links__row')).map(
      (row) => row.firstElementChild?.textContent,
    );
    expect(titles).toEqual([
      '数据看板',
      '劳动者信息',
      '代为登记劳动者',
      '机构审核',
      '品牌管理',
      '培训清单',
      '辖区班次',
      '证书发放',
      '专场招聘',
      '推荐覆盖',
      '审计日志',
      '管理员任命',
    ]);
    for (const title of titles.slice(1)) fireEvent.click(screen.getByText(title as string));
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/admin/pages/workers/index',
      '/packages/trainer/pages/assisted/index',
      '/packages/admin/pages/organisations/index',
      '/packages/admin/pages/brands/index',
      '/packages/admin/pages/occupations/index',
      '/packages/admin/pages/sessions/index',
      '/packages/admin/pages/certifications/index',
      '/packages/admin/pages/fairs/index',
      '/packages/admin/pages/reach/index',
      '/packages/admin/pages/audit/index',
      '/packages/admin/pages/staff/index',
    ]);
    expect(screen.queryByText('企业入驻')).toBeNull();
  });

  it('links a trainer to 代为登记劳动者, and lists it once for a trainer who is also an admin', async () => {
    const trainer = { ...WORKER, roles: ['trainer' as const], providerId: 'p1' };
    saveLogin({ ...WORKER_LOGIN, user: trainer });
    mockRequest.mockResolvedValue({ statusCode: 200, data: { user: trainer } });
    const view = await renderSettled(<MinePage />);
    fireEvent.click(screen.getByText('代为登记劳动者'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/trainer/pages/assisted/index' });
    view.unmount();

    const both = { ...ADMIN, roles: ['trainer' as const, 'admin' as const], providerId: 'p1' };
    saveLogin({ ...WORKER_LOGIN, user: both });
    mockRequest.mockResolvedValue({ statusCode: 200, data: { user: both } });
    await renderSettled(<MinePage />);
    expect(screen.getAllByText('代为登记劳动者')).toHaveLength(1);
    expect(screen.getByText('培训班次')).toBeTruthy();
    expect(screen.getByText('劳动者信息')).toBeTruthy();
  });

  it('logs out: ends the session on the server, forgets the login, returns to login', async () => {
    await renderSettled(<MinePage />);
    mockRequest.mockResolvedValueOnce({ statusCode: 204, data: '' });
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'));
    });
    expect(mockRequest).toHaveBeenLastCalledWith(
      expect.objectContaining({
        url: 'https://api.test/api/v1/auth/logout',
        method: 'POST',
        data: { refreshToken: 'refresh-1' },
      }),
    );
    expect(getAccessToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('logs out on this phone even when the server cannot be reached', async () => {
    await renderSettled(<MinePage />);
    mockRequest.mockRejectedValueOnce(new Error('request:fail'));
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'));
    });
    expect(getAccessToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });
});
