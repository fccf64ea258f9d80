import Taro from '@tarojs/taro';
import { ApiError, NETWORK_ERROR_MESSAGE } from '../../src/services/api-error';
import {
  getAccessToken,
  getRefreshToken,
  getStoredUser,
  saveLogin,
} from '../../src/services/auth-store';
import { refreshAccessToken, request } from '../../src/services/request';
import { WORKER, WORKER_LOGIN } from './fixtures';

const mockRequest = Taro.request as unknown as jest.Mock;

beforeEach(() => {
  jest.useFakeTimers({ advanceTimers: true });
  mockRequest.mockReset();
});

afterEach(() => jest.useRealTimers());

describe('the request layer', () => {
  it('sends the bearer token to the configured base URL and returns the body', async () => {
    saveLogin(WORKER_LOGIN);
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

  it('sends no authorization header when nobody is signed in', async () => {
    mockRequest.mockResolvedValueOnce({ statusCode: 200, data: {} });
    await request('GET', '/health');
    expect(mockRequest.mock.calls[0][0].header.authorization).toBeUndefined();
  });

  it('turns the error body into an ApiError with the server’s Chinese message and details', async () => {
    const details = [{ field: 'role', message: 'role 的取值不在允许范围内' }];
    mockRequest.mockResolvedValueOnce({
      statusCode: 400,
      data: {
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误：role 的取值不在允许范围内',
        details,
        requestId: 'req-1',
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
      details,
    });
  });

  it('still gives a Chinese message when an error has no JSON body (a proxy’s 502 page)', async () => {
    mockRequest.mockResolvedValueOnce({ statusCode: 502, data: '<html>Bad Gateway</html>' });
    const error = await request('GET', '/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/[\u4e00-\u9fff]/);
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

  it('does not retry a GET the server answered with an error', async () => {
    mockRequest.mockResolvedValue({
      statusCode: 500,
      data: { code: 'INTERNAL', message: '服务器开小差了' },
    });
    await expect(request('GET', '/me')).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(mockRequest).toHaveBeenCalledTimes(1);
  });

  it('clears the stored login and returns to the login page when the refresh is refused', async () => {
    saveLogin(WORKER_LOGIN);
    mockRequest
      .mockResolvedValueOnce({
        statusCode: 401,
        data: { code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录' },
      })
      .mockResolvedValueOnce({
        statusCode: 401,
        data: { code: 'REFRESH_TOKEN_INVALID', message: '登录已失效，请重新登录' },
      });
    await expect(request('GET', '/me')).rejects.toMatchObject({
      code: 'TOKEN_EXPIRED',
      message: '登录已过期，请重新登录',
    });
    expect(mockRequest).toHaveBeenCalledTimes(2);
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
    expect(getStoredUser()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('keeps the user where they are when a public call (demo login) gets a 401', async () => {
    mockRequest.mockResolvedValueOnce({
      statusCode: 401,
      data: { code: 'UNAUTHENTICATED', message: '请先登录' },
    });
    await expect(request('POST', '/auth/demo', { auth: false })).rejects.toBeInstanceOf(ApiError);
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });
});

describe('the token refresh', () => {
  const NEW_PAIR = {
    ...WORKER_LOGIN,
    accessToken: 'access-2',
    refreshToken: 'refresh-2',
    user: { ...WORKER, roles: ['worker', 'employer'] },
  };
  const expired = { statusCode: 401, data: { code: 'TOKEN_EXPIRED', message: '登录已过期' } };

  it('on a 401 refreshes once (refresh token, no bearer) and sends the call again', async () => {
    saveLogin(WORKER_LOGIN);
    mockRequest
      .mockResolvedValueOnce(expired)
      .mockResolvedValueOnce({ statusCode: 200, data: NEW_PAIR })
      .mockResolvedValueOnce({ statusCode: 200, data: { user: NEW_PAIR.user } });

    await expect(request('GET', '/me')).resolves.toEqual({ user: NEW_PAIR.user });

    expect(mockRequest).toHaveBeenCalledTimes(3);
    const [first, refresh, retry] = mockRequest.mock.calls.map((c) => c[0]);
    expect(first.header.authorization).toBe('Bearer access-1');
    expect(refresh).toMatchObject({
      url: 'https://api.test/api/v1/auth/refresh',
      method: 'POST',
      data: { refreshToken: 'refresh-1' },
    });
    expect(refresh.header.authorization).toBeUndefined();
    expect(retry).toMatchObject({ url: 'https://api.test/api/v1/me', method: 'GET' });
    expect(retry.header.authorization).toBe('Bearer access-2');
    // The new pair and the user (with the role the server re-read) are stored.
    expect(getAccessToken()).toBe('access-2');
    expect(getRefreshToken()).toBe('refresh-2');
    expect(getStoredUser()?.roles).toEqual(['worker', 'employer']);
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('retries the call only once: a second 401 after a good refresh signs out', async () => {
    saveLogin(WORKER_LOGIN);
    mockRequest
      .mockResolvedValueOnce(expired)
      .mockResolvedValueOnce({ statusCode: 200, data: NEW_PAIR })
      .mockResolvedValueOnce(expired);
    await expect(request('GET', '/me')).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(mockRequest).toHaveBeenCalledTimes(3);
    expect(getAccessToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('sends one refresh for many calls that get a 401 at the same time (single flight)', async () => {
    saveLogin(WORKER_LOGIN);
    let refreshes = 0;
    mockRequest.mockImplementation(
      async (option: { url: string; header: Record<string, string> }) => {
        if (option.url.endsWith('/auth/refresh')) {
          refreshes++;
          await new Promise((resolve) => setTimeout(resolve, 30));
          return { statusCode: 200, data: NEW_PAIR };
        }
        if (option.header.authorization === 'Bearer access-2') {
          return { statusCode: 200, data: { path: option.url } };
        }
        return expired;
      },
    );

    const results = await Promise.all([
      request('GET', '/me'),
      request('GET', '/workers/me/profile'),
      request('POST', '/providers/mine/invites'),
    ]);

    expect(refreshes).toBe(1);
    expect(results).toEqual([
      { path: 'https://api.test/api/v1/me' },
      { path: 'https://api.test/api/v1/workers/me/profile' },
      { path: 'https://api.test/api/v1/providers/mine/invites' },
    ]);
    expect(getRefreshToken()).toBe('refresh-2');
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('keeps the login when the refresh fails for a weak network', async () => {
    saveLogin(WORKER_LOGIN);
    mockRequest.mockResolvedValueOnce(expired).mockRejectedValueOnce(new Error('request:fail'));
    await expect(request('GET', '/me')).rejects.toMatchObject({ code: 'NETWORK' });
    expect(getRefreshToken()).toBe('refresh-1');
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('can be asked for directly (after a sign-up adds a role) and reports a refusal', async () => {
    saveLogin(WORKER_LOGIN);
    mockRequest.mockResolvedValueOnce({ statusCode: 200, data: NEW_PAIR });
    await expect(refreshAccessToken()).resolves.toBe(true);
    expect(getStoredUser()?.roles).toContain('employer');

    mockRequest.mockResolvedValueOnce({
      statusCode: 401,
      data: { code: 'REFRESH_TOKEN_REUSED', message: '检测到登录凭证被重复使用' },
    });
    await expect(refreshAccessToken()).resolves.toBe(false);
    expect(getAccessToken()).toBeNull();
  });
});
