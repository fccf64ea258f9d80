import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LoginPage from '../../src/pages/login/index';
import { getAccessToken, getStoredUser } from '../../src/services/auth-store';

const mockRequest = Taro.request as unknown as jest.Mock;

describe('the login page in H5 demo mode', () => {
  it('offers the four demo roles in Chinese', () => {
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
  });

  it('logs in as a worker, stores the login and goes to the home tab', async () => {
    mockRequest.mockResolvedValueOnce({
      statusCode: 200,
      data: {
        accessToken: 'a',
        refreshToken: 'r',
        expiresIn: 900,
        user: {
          id: 'u1',
          displayName: '黄秀梅',
          roles: ['worker'],
          status: 'active',
          phoneMasked: '138****0001',
          regionCode: null,
        },
      },
    });
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
    expect(getAccessToken()).toBe('a');
    expect(getStoredUser()?.displayName).toBe('黄秀梅');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('shows the server’s message when demo login fails', async () => {
    mockRequest.mockResolvedValueOnce({
      statusCode: 404,
      data: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' },
    });
    render(<LoginPage />);
    await act(async () => {
      fireEvent.click(screen.getByText('以管理员身份体验'));
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '接口不存在' }));
  });
});
