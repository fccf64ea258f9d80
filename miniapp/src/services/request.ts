import Taro from '@tarojs/taro';
import type { LoginResponse, RefreshRequest } from '@app/shared/api';
import { ApiError, networkError, toApiError } from './api-error';
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

// ——— files ———

/** Longer than a JSON call: a class sheet can be a few hundred kilobytes on a village network. */
const DOWNLOAD_TIMEOUT_MS = 60000;

/** The types the weapp document viewer opens (Taro.openDocument's fileType). */
const DOCUMENT_TYPES = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'] as const;
type DocumentType = (typeof DOCUMENT_TYPES)[number];

const OPEN_FAILED_MESSAGE = '文件已下载，但打不开，请安装能打开表格的应用后重试';

/** What one attempt at a file answered: its status, the error body if any, and how to hand it over. */
interface FileAnswer {
  status: number;
  body: unknown;
  /** Opens the file (weapp) or saves it (H5); only called on a 2xx answer. */
  deliver: () => Promise<void>;
}

/** A session title as a file name: no path separators, line breaks or characters Windows refuses. */
function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\r\n\t]+/g, '_')
    .replace(/^[._\s]+/, '')
    .trim();
  return cleaned || 'download';
}

function documentType(fileName: string): DocumentType | undefined {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  return DOCUMENT_TYPES.find((t) => t === ext);
}

/** A weapp download's error answer is written to the file; read it back for the server's message. */
function readErrorBody(filePath: string): unknown {
  try {
    const text = Taro.getFileSystemManager().readFileSync(filePath, 'utf8');
    return typeof text === 'string' ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * weapp: Taro.downloadFile with the bearer (saved under the user data folder by its own name when the
 * phone allows, so 发送给朋友 from the viewer's menu carries a readable name), then the document viewer.
 */
async function downloadOnPhone(
  path: string,
  fileName: string,
  token: string | null,
): Promise<FileAnswer> {
  const header: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const userDir = Taro.env?.USER_DATA_PATH;
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({
      url: `${API_BASE}${path}`,
      header,
      timeout: DOWNLOAD_TIMEOUT_MS,
      ...(userDir ? { filePath: `${userDir}/${fileName}` } : {}),
    });
  } catch {
    throw networkError();
  }
  const filePath = result.filePath || result.tempFilePath;
  if (!isOk(result.statusCode)) {
    return { status: result.statusCode, body: readErrorBody(filePath), deliver: async () => {} };
  }
  return {
    status: result.statusCode,
    body: null,
    deliver: async () => {
      try {
        await Taro.openDocument({ filePath, fileType: documentType(fileName), showMenu: true });
      } catch {
        throw new ApiError('OPEN_FAILED', OPEN_FAILED_MESSAGE, result.statusCode);
      }
    },
  };
}

/** H5: hands the file to the browser through an object URL and an <a download> click. */
function saveInBrowser(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the save in some browsers; a minute later it has the file.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** H5: fetch with the bearer (an <a href> cannot send one), the body read as a Blob. */
async function downloadInBrowser(
  path: string,
  fileName: string,
  token: string | null,
): Promise<FileAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetch(`${API_BASE}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      cache: 'no-store',
      signal: controller.signal,
    });
    if (!isOk(response.status)) {
      const body: unknown = await response.json().catch(() => null);
      return { status: response.status, body, deliver: async () => {} };
    }
    const blob = await response.blob();
    return {
      status: response.status,
      body: null,
      deliver: async () => saveInBrowser(blob, fileName),
    };
  } catch {
    throw networkError();
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Downloads a file the server makes (an .xlsx sheet) and hands it to the user: the weapp opens it in
 * WeChat's document viewer (with its menu, to forward or save it), H5 saves it through the browser.
 * Tokens and failures as in `request`: a 401 refreshes once and tries again, then signs out; every
 * failure is an ApiError with a Chinese message.
 */
export async function download(path: string, fileName: string): Promise<void> {
  const name = safeFileName(fileName);
  for (let tries = 0; ; tries++) {
    const token = getAccessToken();
    const answer =
      process.env.TARO_ENV === 'h5'
        ? await downloadInBrowser(path, name, token)
        : await downloadOnPhone(path, name, token);
    if (isOk(answer.status)) {
      await answer.deliver();
      return;
    }
    if (answer.status === 401) {
      if (tries === 0 && token) {
        const current = getAccessToken();
        if (current && current !== token) continue;
        if (await refreshAccessToken()) continue;
      }
      signOut();
    }
    throw toApiError(answer.status, answer.body);
  }
}
