import Taro from '@tarojs/taro';
import { ApiError, networkError, toApiError } from './api-error';
import { clearLogin, getAccessToken } from './auth-store';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Defaults to true; public calls (demo login) skip the bearer token. */
  auth?: boolean;
}

const GET_RETRIES = 2;
const RETRY_DELAY_MS = 400;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Where a 401 sends the user. The refresh-and-retry of the accounts work plugs in here. */
function onUnauthenticated(): void {
  clearLogin();
  void Taro.reLaunch({ url: '/pages/login/index' });
}

/**
 * The one request layer: base URL from build config, bearer token, JSON errors as ApiError with the
 * server's Chinese message, and retries on network failure for GETs only (a POST may have landed).
 */
export async function request<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const header: Record<string, string> = { 'content-type': 'application/json' };
  const token = options.auth === false ? null : getAccessToken();
  if (token) header.authorization = `Bearer ${token}`;

  const attempts = method === 'GET' ? 1 + GET_RETRIES : 1;
  for (let attempt = 1; ; attempt++) {
    let response: Taro.request.SuccessCallbackResult<Record<string, unknown> | string>;
    try {
      response = await Taro.request<Record<string, unknown> | string>({
        url: `${API_BASE}${path}`,
        method,
        header,
        data: options.body as Taro.request.Option['data'],
        timeout: 15000,
      });
    } catch {
      if (attempt < attempts) {
        await sleep(RETRY_DELAY_MS * attempt);
        continue;
      }
      throw networkError();
    }
    if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
    const error: ApiError = toApiError(response.statusCode, response.data);
    if (response.statusCode === 401 && options.auth !== false) onUnauthenticated();
    throw error;
  }
}
