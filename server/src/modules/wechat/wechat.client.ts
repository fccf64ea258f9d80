import { Injectable, Logger } from '@nestjs/common';
import type { ErrorCode } from '@app/shared/errors';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';

/** Refresh the access token once it has less than this left, so no call goes out with a dying one. */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Errcodes meaning "this access token is no good": fetch a fresh one and try once more. */
const TOKEN_REJECTED = new Set([40001, 40014, 42001]);

/** 43101: the user has no subscription credit for the template, so sending again will not help. */
export const WECHAT_NO_SUBSCRIPTION_CREDIT = 43101;

/** WeChat errcodes worth another try later: -1 system busy, 45011 minute quota. */
const SEND_RETRYABLE = new Set([-1, 45011]);

/**
 * A subscription message WeChat did not take. `errcode` is WeChat's code, or null when WeChat gave no
 * usable answer (timeout, network, HTTP 5xx, a broken body, or no access token to be had).
 */
export class WechatSendError extends Error {
  override readonly name = 'WechatSendError';

  constructor(
    readonly errcode: number | null,
    message: string,
  ) {
    super(message);
  }

  /** The user's credit for this template is used up: drop the message rather than retry. */
  get creditGone(): boolean {
    return this.errcode === WECHAT_NO_SUBSCRIPTION_CREDIT;
  }

  /**
   * Worth another try later: an outage (no errcode: timeout, HTTP 5xx, no token), system busy or
   * the minute quota. Any other errcode is final.
   */
  get retryable(): boolean {
    return this.errcode === null || SEND_RETRYABLE.has(this.errcode);
  }
}

export interface SubscribeMessageInput {
  openId: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

type WechatReply = Record<string, unknown>;

/** No usable answer from WeChat. Its message names the path and the cause, never the URL (it may hold the secret). */
class WechatTransportError extends Error {}

/** WeChat answered with a non-zero errcode. */
class WechatApiError extends Error {
  constructor(
    readonly path: string,
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`${path} refused: errcode ${errcode} ${errmsg}`);
  }
}

function errcodeOf(reply: WechatReply): number {
  return typeof reply.errcode === 'number' ? reply.errcode : 0;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * WeChat's server API: login codes, phone numbers and subscription messages. Every call has a
 * deadline and every failure becomes a DomainError with a Chinese message (WechatSendError for
 * subscription messages, so a dispatcher can tell a used-up credit from an outage). The access token
 * is kept in memory and fetched by one caller at a time.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);
  private token: { value: string; expiresAt: number } | null = null;
  private tokenFetch: Promise<string> | null = null;

  constructor(private readonly config: AppConfig) {}

  async code2Session(code: string): Promise<{ openId: string; unionId: string | null }> {
    const { appId, appSecret } = this.config.get('wechat');
    const path = '/sns/jscode2session';
    const reply = await this.ask(path, {
      query: { appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' },
    }).catch((error: unknown) => this.fail(path, error, 'WECHAT_CODE_INVALID'));
    if (!nonEmptyString(reply.openid)) {
      this.fail(path, new WechatTransportError(`${path}: no openid in the answer`));
    }
    return { openId: reply.openid, unionId: nonEmptyString(reply.unionid) ? reply.unionid : null };
  }

  async getPhoneNumber(code: string): Promise<{ phone: string; countryCode: string }> {
    const path = '/wxa/business/getuserphonenumber';
    const reply = await this.withToken((token) =>
      this.ask(path, { query: { access_token: token }, body: { code } }),
    ).catch((error: unknown) => this.fail(path, error, 'PHONE_CODE_INVALID'));
    const info = reply.phone_info as Record<string, unknown> | undefined;
    if (!nonEmptyString(info?.purePhoneNumber) || !nonEmptyString(info.countryCode)) {
      this.fail(path, new WechatTransportError(`${path}: no phone_info in the answer`));
    }
    return { phone: info.purePhoneNumber, countryCode: info.countryCode };
  }

  /** Throws WechatSendError only; `creditGone` on it means the user must subscribe again. */
  async sendSubscribeMessage(input: SubscribeMessageInput): Promise<void> {
    const path = '/cgi-bin/message/subscribe/send';
    const body = {
      touser: input.openId,
      template_id: input.templateId,
      ...(input.page === undefined ? {} : { page: input.page }),
      data: input.data,
    };
    try {
      await this.withToken((token) => this.ask(path, { query: { access_token: token }, body }));
    } catch (error) {
      this.logger.warn((error as Error).message);
      // Only WeChat's verdict on this message carries its errcode; a failed token fetch is an outage.
      if (error instanceof WechatApiError && error.path === path) {
        throw new WechatSendError(error.errcode, `订阅消息发送失败（${error.errcode}）`);
      }
      throw new WechatSendError(null, '微信服务暂时不可用，订阅消息未发送');
    }
  }

  /** A valid access token, from memory while it has more than five minutes left. */
  async getAccessToken(): Promise<string> {
    return this.currentToken().catch((error: unknown) => this.fail('/cgi-bin/stable_token', error));
  }

  private async currentToken(): Promise<string> {
    if (this.token && this.token.expiresAt - Date.now() > TOKEN_REFRESH_MARGIN_MS) {
      return this.token.value;
    }
    // Single flight: concurrent callers share one fetch instead of each asking WeChat (and, with
    // the classic endpoint, each new token would have knocked out the one before).
    if (!this.tokenFetch) {
      const fetching = this.fetchToken().finally(() => {
        if (this.tokenFetch === fetching) this.tokenFetch = null;
      });
      this.tokenFetch = fetching;
    }
    return this.tokenFetch;
  }

  /**
   * The stable-token endpoint keeps the secret out of the URL and hands every instance of the
   * server the same token, so one instance refreshing does not invalidate another's.
   */
  private async fetchToken(): Promise<string> {
    const { appId, appSecret } = this.config.get('wechat');
    const startedAt = Date.now();
    const reply = await this.ask('/cgi-bin/stable_token', {
      body: { grant_type: 'client_credential', appid: appId, secret: appSecret },
    });
    const expiresIn = reply.expires_in;
    if (!nonEmptyString(reply.access_token) || typeof expiresIn !== 'number' || expiresIn <= 0) {
      throw new WechatTransportError('/cgi-bin/stable_token: no access_token in the answer');
    }
    // Counted from before the request, so the cache never believes a token lives longer than it does.
    this.token = { value: reply.access_token, expiresAt: startedAt + expiresIn * 1000 };
    return reply.access_token;
  }

  /** Runs a call with the access token; if WeChat rejects the token, drops it and tries once more. */
  private async withToken(call: (token: string) => Promise<WechatReply>): Promise<WechatReply> {
    const token = await this.currentToken();
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof WechatApiError) || !TOKEN_REJECTED.has(error.errcode)) throw error;
      this.logger.warn(`access token rejected (errcode ${error.errcode}), fetching a new one`);
      // Another caller may already have replaced it; only drop the one WeChat refused.
      if (this.token?.value === token) this.token = null;
      return call(await this.currentToken());
    }
  }

  /**
   * One HTTP call to WeChat. Resolves with the JSON when errcode is absent or 0; throws
   * WechatApiError for a WeChat error and WechatTransportError when there is no usable answer.
   */
  private async ask(
    path: string,
    request: { query?: Record<string, string>; body?: unknown },
  ): Promise<WechatReply> {
    const { apiBase, timeoutMs } = this.config.get('wechat');
    const url = new URL(`${apiBase}${path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      url.searchParams.set(key, value);
    }
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: request.body === undefined ? 'GET' : 'POST',
        headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const name = errorName(error);
      const cause =
        name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `network error (${name})`;
      throw new WechatTransportError(`${path}: ${cause}`);
    }
    if (!response.ok) throw new WechatTransportError(`${path}: HTTP ${response.status}`);
    let reply: unknown;
    try {
      reply = JSON.parse(text);
    } catch {
      throw new WechatTransportError(`${path}: the answer is not JSON`);
    }
    if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) {
      throw new WechatTransportError(`${path}: the answer is not a JSON object`);
    }
    const answer = reply as WechatReply;
    const errcode = errcodeOf(answer);
    if (errcode !== 0) {
      throw new WechatApiError(
        path,
        errcode,
        typeof answer.errmsg === 'string' ? answer.errmsg : '',
      );
    }
    return answer;
  }

  /**
   * Turns a failure into the DomainError the user sees. `badCode` is the error for a rejected
   * code (the login code or the phone code); everything WeChat-side becomes WECHAT_UNAVAILABLE.
   */
  private fail(path: string, error: unknown, badCode: ErrorCode = 'WECHAT_UNAVAILABLE'): never {
    if (error instanceof DomainError) throw error;
    if (error instanceof WechatApiError) {
      this.logger.warn(error.message);
      switch (error.errcode) {
        case 40029:
        case 40163:
          throw new DomainError(badCode);
        case 45011:
          throw new DomainError('WECHAT_RATE_LIMITED');
        case 40226:
          throw new DomainError('WECHAT_RISKY_USER');
        case -1:
          throw new DomainError('WECHAT_UNAVAILABLE');
        default:
          throw new DomainError('WECHAT_UNAVAILABLE', undefined, { errcode: error.errcode });
      }
    }
    this.logger.warn(error instanceof Error ? error.message : `${path} failed`);
    throw new DomainError('WECHAT_UNAVAILABLE');
  }
}

/** The error's name without `instanceof`: fetch's TimeoutError is a DOMException, not always an Error subclass. */
function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : 'unknown';
}
