import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import MinePage from '../../src/pages/mine/index';
import { getAccessToken, saveLogin } from '../../src/services/auth-store';
import { WORKER, WORKER_LOGIN } from './fixtures';

const mockRequest = Taro.request as unknown as jest.Mock;

async function renderSettled(ui: React.ReactElement) {
  const view = render(ui);
  await act(async () => undefined);
  return view;
}

describe('the home tab', () => {
  it('sends a visitor who is not signed in to the login page', async () => {
    await renderSettled(<HomePage />);
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('greets the signed-in user by name with the role in Chinese, refreshed from /me', async () => {
    saveLogin(WORKER_LOGIN);
    mockRequest.mockResolvedValueOnce({
      statusCode: 200,
      data: { user: { ...WORKER, displayName: '黄秀梅（已更新）' } },
    });
    await renderSettled(<HomePage />);
    expect(screen.getByText('你好，黄秀梅（已更新）')).toBeTruthy();
    expect(screen.getByText(/劳动者/)).toBeTruthy();
    for (const brand of ['福绵裁缝', '八桂家政', '羊城家政', '从化月嫂']) {
      expect(screen.getByText(brand)).toBeTruthy();
    }
    expect(screen.getByText('为你推荐的岗位')).toBeTruthy();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });
});

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

  it('opens the role’s workspace in its sub-package', async () => {
    await renderSettled(<MinePage />);
    fireEvent.click(screen.getByText('求职档案'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/profile/index' });
  });

  it('logs out: forgets the login and returns to the login page', async () => {
    await renderSettled(<MinePage />);
    fireEvent.click(screen.getByText('退出登录'));
    expect(getAccessToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });
});
