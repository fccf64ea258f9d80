import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LoginPage from '../../src/pages/login/index';
import { getAccessToken, getStoredUser } from '../../src/services/auth-store';
import { phoneButton } from '../mocks/components';
import { fail, NEW_WORKER_LOGIN, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { typeInto } from './ui';

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

  it('logs in as a worker who has a profile, stores the login and opens 我的', async () => {
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
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
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

const CONSENT_URL = '/packages/worker/pages/consent/index';

describe('SMS login in H5', () => {
  beforeEach(() => jest.useFakeTimers({ advanceTimers: true }));
  afterEach(() => jest.useRealTimers());

  it('refuses a wrong phone number with the shared validator’s message and sends nothing', async () => {
    render(<LoginPage />);
    typeInto('请输入11位手机号', '1380013');
    await act(async () => {
      fireEvent.click(screen.getByText('获取验证码'));
    });
    expect(screen.getByText('请输入正确的11位手机号')).toBeTruthy();
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('sends the code, then counts down the server’s cooldown before another can be asked', async () => {
    mockRequest.mockResolvedValueOnce(ok({ cooldownSeconds: 60, expiresInSeconds: 300 }));
    render(<LoginPage />);
    typeInto('请输入11位手机号', '138 0013 8000');
    await act(async () => {
      fireEvent.click(screen.getByText('获取验证码'));
    });
    expect(mockRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'https://api.test/api/v1/auth/sms/send',
        method: 'POST',
        data: { phone: '13800138000' },
      }),
    );
    const button = screen.getByText('60秒后重新获取') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByText(/验证码已发送到 138\*\*\*\*8000/)).toBeTruthy();

    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(screen.getByText('59秒后重新获取')).toBeTruthy();
    // A tap during the countdown asks for nothing.
    fireEvent.click(screen.getByText('59秒后重新获取'));
    expect(mockRequest).toHaveBeenCalledTimes(1);

    await act(async () => {
      jest.advanceTimersByTime(59000);
    });
    expect((screen.getByText('获取验证码') as HTMLButtonElement).disabled).toBe(false);
  });

  it('uses the cooldown the server says', async () => {
    mockRequest.mockResolvedValueOnce(ok({ cooldownSeconds: 45, expiresInSeconds: 300 }));
    render(<LoginPage />);
    typeInto('请输入11位手机号', '13800138000');
    await act(async () => {
      fireEvent.click(screen.getByText('获取验证码'));
    });
    expect(screen.getByText('45秒后重新获取')).toBeTruthy();
  });

  it('shows the server’s refusal to send beside the form', async () => {
    mockRequest.mockResolvedValueOnce(
      fail(429, 'SMS_TOO_FREQUENT', '验证码发送太频繁，请稍后再试'),
    );
    render(<LoginPage />);
    typeInto('请输入11位手机号', '13800138000');
    await act(async () => {
      fireEvent.click(screen.getByText('获取验证码'));
    });
    expect(screen.getByText('验证码发送太频繁，请稍后再试')).toBeTruthy();
    expect(screen.getByText('获取验证码')).toBeTruthy();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('logs a new worker in and sends them to the privacy notice before anything else', async () => {
    mockRequest
      .mockResolvedValueOnce(ok({ cooldownSeconds: 60, expiresInSeconds: 300 }))
      .mockResolvedValueOnce(ok(NEW_WORKER_LOGIN));
    render(<LoginPage />);
    typeInto('请输入11位手机号', '13800138000');
    await act(async () => {
      fireEvent.click(screen.getByText('获取验证码'));
    });
    typeInto('6位数字', '123456');
    await act(async () => {
      fireEvent.click(screen.getByText('登录'));
    });
    expect(mockRequest).toHaveBeenLastCalledWith(
      expect.objectContaining({
        url: 'https://api.test/api/v1/auth/sms/login',
        method: 'POST',
        data: { phone: '13800138000', code: '123456' },
      }),
    );
    expect(mockRequest.mock.calls[1][0].header.authorization).toBeUndefined();
    expect(getAccessToken()).toBe('access-new');
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: CONSENT_URL });
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  it('wants six digits before asking the server', async () => {
    render(<LoginPage />);
    typeInto('请输入11位手机号', '13800138000');
    typeInto('6位数字', '1234');
    await act(async () => {
      fireEvent.click(screen.getByText('登录'));
    });
    expect(screen.getByText('请输入短信里的6位验证码')).toBeTruthy();
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('shows a wrong code’s message inline and stays signed out', async () => {
    mockRequest.mockResolvedValueOnce(fail(400, 'SMS_CODE_INVALID', '验证码不正确'));
    render(<LoginPage />);
    typeInto('请输入11位手机号', '13800138000');
    typeInto('6位数字', '000000');
    await act(async () => {
      fireEvent.click(screen.getByText('登录'));
    });
    expect(screen.getByText('验证码不正确')).toBeTruthy();
    expect(getAccessToken()).toBeNull();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });
});

describe('WeChat login in the mini-program', () => {
  const env = process.env.TARO_ENV;
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = env;
  });

  const NO_PHONE = { ...WORKER_LOGIN, user: { ...WORKER, phoneMasked: null } };

  it('asks for the phone after a login without one, binds it and moves on', async () => {
    mockRequest
      .mockResolvedValueOnce(ok(NO_PHONE))
      .mockResolvedValueOnce(ok({ user: { ...WORKER, phoneMasked: '138****0001' }, login: null }));
    render(<LoginPage />);
    expect(screen.queryByText('以劳动者身份体验')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByText('微信一键登录'));
    });
    expect(mockRequest.mock.calls[0][0]).toMatchObject({
      url: 'https://api.test/api/v1/auth/wechat',
      data: { code: 'wx-code' },
    });
    expect(Taro.switchTab).not.toHaveBeenCalled();
    const bind = screen.getByText('授权手机号');
    expect(bind.getAttribute('data-open-type')).toBe('getPhoneNumber');

    await act(async () => {
      fireEvent.click(bind);
    });
    expect(mockRequest.mock.calls[1][0]).toMatchObject({
      url: 'https://api.test/api/v1/auth/wechat/phone',
      method: 'POST',
      data: { code: 'phone-code' },
    });
    expect(mockRequest.mock.calls[1][0].header.authorization).toBe('Bearer access-1');
    expect(getStoredUser()?.phoneMasked).toBe('138****0001');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
  });

  it('switches to the registered account when the phone claims an assisted sign-up', async () => {
    const claimed = {
      ...WORKER_LOGIN,
      accessToken: 'access-claimed',
      refreshToken: 'refresh-claimed',
      user: { ...WORKER, id: 'assisted-worker', displayName: '韦金凤' },
    };
    mockRequest
      .mockResolvedValueOnce(ok(NO_PHONE))
      .mockResolvedValueOnce(ok({ user: claimed.user, login: claimed }));
    render(<LoginPage />);
    await act(async () => {
      fireEvent.click(screen.getByText('微信一键登录'));
    });
    await act(async () => {
      fireEvent.click(screen.getByText('授权手机号'));
    });
    expect(getAccessToken()).toBe('access-claimed');
    expect(getStoredUser()?.id).toBe('assisted-worker');
  });

  it('lets the worker skip the phone, and explains a refused phone prompt', async () => {
    phoneButton.code = null;
    mockRequest.mockResolvedValueOnce(ok(NO_PHONE));
    render(<LoginPage />);
    await act(async () => {
      fireEvent.click(screen.getByText('微信一键登录'));
    });
    await act(async () => {
      fireEvent.click(screen.getByText('授权手机号'));
    });
    expect(screen.getByText(/没有拿到手机号/)).toBeTruthy();
    expect(mockRequest).toHaveBeenCalledTimes(1);
    await act(async () => {
      fireEvent.click(screen.getByText('跳过'));
    });
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
  });
});
