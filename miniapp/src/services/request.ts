import Taro from '@tarojs/taro';
import type { LoginResponse, RefreshRequest } from '@app/shared/api';
import { networkError, toApiError } from './api-error';
import { clearLogin, getAccessToken, getRefreshToken, saveLogin } from './auth-store';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Defaults to true; public calls (demo login) skip the bearer token. */
  auth?: boolean;
  /**
   * Skip any HTTP cache for this GET: the public catalogue answers are cacheable for a minute, but an
   * admin who has just saved a brand must see it.
   */
  fresh?: boolean;
}

// H5 hands back null for an empty or non-JSON body, whatever the declared type says.
type ResponseBody = Record<string, unknown> | string;

const GET_RETRIES = 2;
const RETRY_DELAY_MS = 400;
const TIMEOUT_MS = 15000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isOk = (status: number) => status >= 200 && status < 300;

/** Forgets the login and sends the user to the login page. */
function signOut(): void {
  clearLogin();
  void Taro.reLaunch({ url: '/pages/login/index' });
}

/** One HTTP exchange; network failures of a GET are retried with a growing pause (a POST may have landed). */
async function send(
  method: HttpMethod,
  path: string,
  options: RequestOptions,
  token: string | null,
): Promise<Taro.request.SuccessCallbackResult<ResponseBody>> {
  // Only a call with a body declares one (an empty JSON body is not valid JSON).
  const header: Record<string, string> =
    options.body === undefined ? {} : { 'content-type': 'application/json' };
  if (token) header.authorization = `Bearer ${token}`;
  if (options.fresh) header['cache-control'] = 'no-cache';

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
 * Exchanges the stored refresh token for a new pair (POST /auth/refresh, no bearer) and stores the
 * pair and the user it comes with. Resolves false, with the login cleared, when there is no refresh
 * token or the server refuses it; a network failure rejects with the usual network ApiError and keeps
 * the login (a weak signal must not sign anyone out).
 */
async function exchangeRefreshToken(): Promise<boolean> {
  const refreshToken = getRefreshToken();
  if (!refreshToken) {
    clearLogin();
    return false;
  }
  const body: RefreshRequest = { refreshToken };
  const response = await send('POST', '/auth/refresh', { body, auth: false }, null);
  if (isOk(response.statusCode)) {
    saveLogin(response.data as unknown as LoginResponse);
    return true;
  }
  clearLogin();
  return false;
}

let refreshing: Promise<boolean> | null = null;

/**
 * Single flight: however many calls get a 401 at once, one refresh goes out and all of them wait for
 * it (refresh tokens rotate, so a second refresh with the same token would be refused as reused).
 * Also used after a sign-up that gives the user a new role, so the new role is in the token.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= exchangeRefreshToken().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * The one request layer: base URL from the build config (API_BASE), the bearer token from the token
 * store, and every failure as an ApiError whose message is the server's Chinese text (or ours when the
 * network is down). A 401 on an authenticated call refreshes the token once and sends the call once
 * more; when that fails too, the login is cleared and the user goes to the login page.
 */
export async function request<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const authenticated = options.auth !== false;
  for (let tries = 0; ; tries++) {
    const token = authenticated ? getAccessToken() : null;
    const response = await send(method, path, options, token);
    if (isOk(response.statusCode)) return response.data as T;
    if (response.statusCode === 401 && authenticated) {
      if (tries === 0 && token) {
        // Another call may already have refreshed while this one was on the wire.
        const current = getAccessToken();
        if (current && current !== token) continue;
        if (await refreshAccessToken()) continue;
      }
      signOut();
    }
    throw toApiError(response.statusCode, response.data);
  }
}

/** `path?a=1&b=x`, leaving out empty values (undefined, null, ''); true is sent as `true`. */
export function withQuery(
  path: string,
  params: Record<string, string | number | boolean | undefined | null>,
): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
