import Taro from '@tarojs/taro';
import { ERROR_CATALOGUE, isErrorCode, type ApiErrorBody } from '@app/shared/errors';

export const NETWORK_ERROR_MESSAGE = '网络不太好，请检查网络后重试';

/** A failed call: the server's code and its Chinese message (or ours for a network failure). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: ApiErrorBody['details'],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns whatever came back into an ApiError whose message a user can read. */
export function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'code' in body && 'message' in body) {
    const b = body as ApiErrorBody;
    return new ApiError(String(b.code), String(b.message), status, b.details);
  }
  const code = status === 401 ? 'UNAUTHENTICATED' : status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  return new ApiError(code, isErrorCode(code) ? ERROR_CATALOGUE[code].message : '请求失败', status);
}

/** A page opened without its `id` or `code`: nothing to ask the server for ('这个岗位', '这场招聘会'). */
export function notFound(what: string): Promise<never> {
  return Promise.reject(new ApiError('NOT_FOUND', `没有找到${what}`, 404));
}

export function networkError(): ApiError {
  return new ApiError('NETWORK', NETWORK_ERROR_MESSAGE, 0);
}

/** The one place an error is shown to the user. */
export function showError(error: unknown): void {
  void Taro.showToast({ title: errorMessage(error), icon: 'none', duration: 2500 });
}

/** The message to show inline for a failed call (the server's Chinese text, or a generic one). */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : '操作失败，请稍后再试';
}

/** Per-field messages of a 400 answer (`details: [{ field, messages }]`), keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return result;
  for (const item of error.details) {
    if (item && typeof item.field === 'string' && Array.isArray(item.messages)) {
      result[item.field] = item.messages.join('；');
    }
  }
  return result;
}
