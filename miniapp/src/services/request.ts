import Taro from '@tarojs/taro';
import { networkError, toApiError } from './api-error';
import { clearLogin, getAccessToken } from './auth-store';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Defaults to true; public calls (demo login) skip the bearer token. */
  auth?: boolean;
}

// H5 hands back null for an empty or non-JSON body, whatever the declared type says.
type ResponseBody = Record<string, unknown> | string;

const GET_RETRIES = 2;
const RETRY_DELAY_MS = 400;
const TIMEOUT_MS = 15000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Forgets the login and sends the user to the login page. */
function signOut(): void {
  clearLogin();
  void Taro.reLaunch({ url: '/pages/login/index' });
}

/**
 * Seam for the token refresh (a later issue): exchange the refresh token for a new pair, store it and
 * resolve true, and `request` sends the rejected call once more. Until then a 401 signs the user out.
 */
async function refreshAccessToken(): Promise<boolean> {
  return false;
}

/** One HTTP exchange; network failures of a GET are retried with a growing pause (a POST may have landed). */
async function send(
  method: HttpMethod,
  path: string,
  options: RequestOptions,
): Promise<Taro.request.SuccessCallbackResult<ResponseBody>> {
  const header: Record<string, string> = { 'content-type': 'application/json' };
  const token = options.auth === false ? null : getAccessToken();
  if (token) header.authorization = `Bearer ${token}`;

  const attempts = method === 'GET' ? 1 + GET_RETRIES : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await Taro.request<ResponseBody>({
        url: `${API_BASE}${path}`,
        method,
        header,
        data: options.body as Taro.request.Option['data'],
        timeout: TIMEOUT_MS,
      });
    } catch {
      if (attempt >= attempts) throw networkError();
      await sleep(RETRY_DELAY_MS * attempt);
    }
  }
}

/**
 * The one request layer: base URL from the build config (API_BASE), the bearer token from the token
 * store, and every failure as an ApiError whose message is the server's Chinese text (or ours when the
 * network is down).
 */
export async function request<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  for (let tries = 0; ; tries++) {
    const response = await send(method, path, options);
    if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
    if (response.statusCode === 401 && options.auth !== false) {
      if (tries === 0 && (await refreshAccessToken())) continue;
      signOut();
    }
    throw toApiError(response.statusCode, response.data);
  }
}
