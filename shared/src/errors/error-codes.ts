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
  WECHAT_CODE_INVALID: { status: 400, message: '微信登录凭证无效或已使用，请重新登录' },
  WECHAT_RATE_LIMITED: { status: 429, message: '微信登录太频繁，请稍后再试' },
  WECHAT_RISKY_USER: { status: 403, message: '微信判定当前账号存在风险，请改用短信验证码登录' },
  WECHAT_UNAVAILABLE: {
    status: 503,
    message: '微信服务暂时不可用，请稍后再试或使用短信验证码登录',
  },
  PHONE_CODE_INVALID: { status: 400, message: '获取手机号失败，请重新授权' },
  PHONE_TAKEN: { status: 409, message: '该手机号已绑定其他账号' },
  SMS_TOO_FREQUENT: { status: 429, message: '验证码发送太频繁，请稍后再试' },
  SMS_DAILY_LIMIT: { status: 429, message: '该手机号今日获取验证码次数已达上限，请明天再试' },
  SMS_IP_LIMIT: { status: 429, message: '当前网络获取验证码次数过多，请稍后再试' },
  SMS_UNAVAILABLE: { status: 503, message: '短信服务暂时不可用，请稍后再试' },
  SMS_CODE_INVALID: { status: 400, message: '验证码不正确' },
  SMS_CODE_EXPIRED: { status: 400, message: '验证码已过期或未发送，请重新获取' },
  SMS_CODE_LOCKED: { status: 400, message: '验证码错误次数过多，已失效，请重新获取' },
  REFRESH_TOKEN_INVALID: { status: 401, message: '登录已失效，请重新登录' },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    message: '检测到登录凭证被重复使用，已退出所有相关登录，请重新登录',
  },
  PROFILE_NOT_FOUND: { status: 404, message: '尚未填写个人信息' },
  PROFILE_REQUIRED: { status: 409, message: '请先完善个人信息' },
  CONSENT_REQUIRED: { status: 400, message: '请阅读并同意《个人信息保护告知书》' },
  SENSITIVE_CONSENT_REQUIRED: {
    status: 400,
    message: '填写重点群体信息需单独同意处理敏感个人信息',
  },
  ID_NUMBER_TAKEN: { status: 409, message: '该身份证号已登记，如是本人请用登记时的手机号登录' },
  CREDIT_CODE_TAKEN: { status: 409, message: '该统一社会信用代码已注册' },
  ALREADY_IN_ORGANISATION: { status: 409, message: '当前账号已关联单位或机构' },
  ORGANISATION_NOT_PENDING: { status: 409, message: '该申请已审核，不能重复操作' },
  INVITE_CODE_INVALID: { status: 400, message: '邀请码无效或已过期' },
  USER_NOT_FOUND: { status: 404, message: '未找到该手机号对应的账号' },
  ENROLMENT_CLOSED: { status: 409, message: '不在报名时间内，不能报名' },
  SESSION_NOT_OPEN: { status: 409, message: '该班次已取消或结束，不能报名' },
  SCHEDULE_CONFLICT: { status: 409, message: '与你已报名的其他班次上课时间冲突' },
  QR_TOKEN_INVALID: { status: 400, message: '签到码无效或已过期，请扫描老师屏幕上最新的二维码' },
  LESSON_NOT_RUNNING: { status: 409, message: '现在不是这节课的签到时间' },
  LOCATION_REQUIRED: { status: 400, message: '本班次签到需要位置信息，请允许获取位置后重新扫码' },
  OUTSIDE_GEOFENCE: { status: 403, message: '你不在上课地点附近，不能签到' },
  SESSION_NOT_ENDED: { status: 409, message: '班次还没有结束，结束后才能确认结业' },
  NOT_ENROLLED: { status: 403, message: '你没有报名这个班次，不能签到' },
  CERTIFICATION_NOT_ELIGIBLE: { status: 409, message: '结业后才能申请技能评价' },
  CERTIFICATION_OPEN: { status: 409, message: '这一等级已有进行中的评价申请' },
  CERTIFICATION_HELD: { status: 409, message: '你已取得这一等级或更高等级的证书' },
  CERTIFICATION_LEVEL_NOT_ALLOWED: {
    status: 409,
    message: '只能申请课程对应的等级，或已取得等级的上一级',
  },
  CERTIFICATION_STEP_INVALID: { status: 409, message: '当前状态不能进行这一步' },
  CERTIFICATE_NO_TAKEN: { status: 409, message: '该证书编号已被使用' },
  CERTIFICATE_NOT_FOUND: { status: 404, message: '未查到该证书，请核对证书编号' },
  EMPLOYER_NOT_VERIFIED: { status: 403, message: '单位审核通过后才能发布岗位' },
  EMPLOYER_BLACKLISTED: { status: 403, message: '单位已被列入失信名单，不能发布岗位' },
  JOB_NOT_OPEN: { status: 409, message: '该岗位已停止招聘' },
  JOB_REQUIREMENT_NOT_MET: { status: 409, message: '你还不符合该岗位的证书要求' },
  APPLICATION_STEP_INVALID: { status: 409, message: '当前状态不能进行这一步' },
  INVITATION_EXISTS: { status: 409, message: '已经邀请过这位求职者投递该岗位' },
  INVITATION_ANSWERED: { status: 409, message: '这条邀请已经回复过了' },
  ALREADY_APPLIED: { status: 409, message: '对方已投递该岗位，无需邀请' },
  DEMO_ACCOUNT_MISSING: { status: 503, message: '体验账号尚未初始化，请先加载演示数据' },
  DATABASE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器开小差了，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}
