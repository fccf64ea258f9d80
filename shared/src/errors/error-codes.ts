/**
 * The catalogue of error codes the API answers with, each with its HTTP status and the Chinese text
 * a user sees. The server throws them as DomainError; the miniapp shows `message` as it comes.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误，请检查后重试' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  TOKEN_INVALID: { status: 401, message: '登录凭证无效，请重新登录' },
  TOKEN_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系当地人社部门' },
  NOT_FOUND: { status: 404, message: '请求的内容不存在' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  METHOD_NOT_ALLOWED: { status: 405, message: '不支持该请求方式' },
  CONFLICT: { status: 409, message: '数据已被修改，请刷新后重试' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  DEMO_ACCOUNT_MISSING: { status: 503, message: '体验账号尚未初始化，请先加载演示数据' },
  DATABASE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器开小差了，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}
