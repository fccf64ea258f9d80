import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LoginPage from '../../src/pages/login/index';
import { getAccessToken, getStoredUser } from '../../src/services/auth-store';
import { WORKER_LOGIN } from './fixtures';

const mockRequest = Taro.request as unknown as jest.Mock;

describe('the login page in H5 demo mode', () => {
  it('offers the four demo roles in Chinese and no WeChat login', () => {
    render(<LoginPage />);
    for (const label of [
      '以劳动者身份体验',
      '以用人单位身份体验',
      '以培训讲师身份体验',
      '以管理员身份体验',
    ]) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    expect(screen.queryByText('微信一键登录')).toBeNull();
    expect(screen.getByText(/个人信息保护说明/)).toBeTruthy();
  });

  it('logs in as a worker, stores the login and goes to the home tab', async () => {
    mockRequest.mockResolvedValueOnce({ statusCode: 200, data: WORKER_LOGIN });
    render(<LoginPage />);
    await act(async () => {
      fireEvent.click(screen.getByText('以劳动者身份体验'));
    });
    expect(mockRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'https://api.test/api/v1/auth/demo',
        method: 'POST',
        data: { role: 'worker' },
      }),
    );
    expect(mockRequest.mock.calls[0][0].header.authorization).toBeUndefined();
    expect(getAccessToken()).toBe('access-1');
    expect(getStoredUser()?.displayName).toBe('黄秀梅');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('sends one login however often an impatient finger taps', async () => {
    let answer: (value: unknown) => void = () => undefined;
    mockRequest.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    render(<LoginPage />);
    const button = screen.getByText('以劳动者身份体验');
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(screen.getByText('以管理员身份体验'));
    await act(async () => answer({ statusCode: 200, data: WORKER_LOGIN }));
    expect(mockRequest).toHaveBeenCalledTimes(1);
    expect(Taro.switchTab).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s Chinese message when demo login fails, and stays signed out', async () => {
    mockRequest.mockResolvedValueOnce({
      statusCode: 403,
      data: { code: 'DEMO_DISABLED', message: '演示登录已关闭' },
    });
    render(<LoginPage />);
    await act(async () => {
      fireEvent.click(screen.getByText('以管理员身份体验'));
    });
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '演示登录已关闭', icon: 'none' }),
    );
    expect(getAccessToken()).toBeNull();
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  it('tells the user to check the network when the server cannot be reached', async () => {
    mockRequest.mockRejectedValueOnce(new Error('request:fail'));
    render(<LoginPage />);
    await act(async () => {
      fireEvent.click(screen.getByText('以用人单位身份体验'));
    });
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '网络不太好，请检查网络后重试' }),
    );
  });
});
