import Taro from '@tarojs/taro';
import { ApiError, NETWORK_ERROR_MESSAGE } from '../../src/services/api-error';
import { getAccessToken, saveLogin } from '../../src/services/auth-store';
import { request } from '../../src/services/request';

const mockRequest = Taro.request as unknown as jest.Mock;

function login(): void {
  saveLogin({
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresIn: 900,
    user: {
      id: 'u1',
      displayName: '黄秀梅',
      roles: ['worker'],
      status: 'active',
      phoneMasked: null,
      regionCode: null,
    },
  });
}

beforeEach(() => {
  jest.useFakeTimers({ advanceTimers: true });
  mockRequest.mockReset();
  (Taro.reLaunch as jest.Mock).mockClear();
  Taro.removeStorageSync('lb.accessToken');
});

afterEach(() => jest.useRealTimers());

describe('the request layer', () => {
  it('sends the bearer token to the configured base URL and returns the body', async () => {
    login();
    mockRequest.mockResolvedValueOnce({ statusCode: 200, data: { ok: 1 } });
    await expect(request('GET', '/me')).resolves.toEqual({ ok: 1 });
    expect(mockRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'https://api.test/api/v1/me',
        method: 'GET',
        header: expect.objectContaining({ authorization: 'Bearer access-1' }),
      }),
    );
  });

  it('turns the error body into an ApiError with the server’s Chinese message', async () => {
    mockRequest.mockResolvedValueOnce({
      statusCode: 400,
      data: {
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误：role 的取值不在允许范围内',
        details: [],
      },
    });
    const error = await request('POST', '/auth/demo', { body: { role: 'x' }, auth: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      message: '提交的内容有误：role 的取值不在允许范围内',
    });
  });

  it('retries a GET after a network failure', async () => {
    mockRequest
      .mockRejectedValueOnce(new Error('request:fail'))
      .mockResolvedValueOnce({ statusCode: 200, data: 'ok' });
    await expect(request('GET', '/me')).resolves.toBe('ok');
    expect(mockRequest).toHaveBeenCalledTimes(2);
  });

  it('gives up on a GET after three network failures with a Chinese message', async () => {
    mockRequest.mockRejectedValue(new Error('request:fail'));
    await expect(request('GET', '/me')).rejects.toMatchObject({
      code: 'NETWORK',
      message: NETWORK_ERROR_MESSAGE,
    });
    expect(mockRequest).toHaveBeenCalledTimes(3);
  });

  it('never retries a POST, which may already have landed', async () => {
    mockRequest.mockRejectedValue(new Error('request:fail'));
    await expect(request('POST', '/auth/demo', { body: {} })).rejects.toMatchObject({
      code: 'NETWORK',
    });
    expect(mockRequest).toHaveBeenCalledTimes(1);
  });

  it('clears the stored login and returns to the login page on 401', async () => {
    login();
    mockRequest.mockResolvedValueOnce({
      statusCode: 401,
      data: { code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录' },
    });
    await expect(request('GET', '/me')).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(getAccessToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });
});
