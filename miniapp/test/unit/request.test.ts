import Taro from '@tarojs/taro';
import { ApiError, NETWORK_ERROR_MESSAGE } from '../../src/services/api-error';
import { getAccessToken, getStoredUser, saveLogin } from '../../src/services/auth-store';
import { request } from '../../src/services/request';
import { WORKER_LOGIN } from './fixtures';

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

  it('clears the stored login and returns to the login page on 401', async () => {
    saveLogin(WORKER_LOGIN);
    mockRequest.mockResolvedValueOnce({
      statusCode: 401,
      data: { code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录' },
    });
    await expect(request('GET', '/me')).rejects.toMatchObject({
      code: 'TOKEN_EXPIRED',
      message: '登录已过期，请重新登录',
    });
    expect(getAccessToken()).toBeNull();
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
