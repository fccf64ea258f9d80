import { createHash, randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_DEFAULTS } from '../config/config.schema';

/** The paths the fake answers; `failNext` takes one of these. */
export const FAKE_WECHAT_PATHS = {
  code2Session: '/sns/jscode2session',
  token: '/cgi-bin/token',
  stableToken: '/cgi-bin/stable_token',
  phoneNumber: '/wxa/business/getuserphonenumber',
  subscribeSend: '/cgi-bin/message/subscribe/send',
} as const;

export interface SentSubscribeMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, unknown>;
  at: Date;
}

export interface FakeWechatServer {
  readonly baseUrl: string;
  /** Every request, in arrival order (failed and hung ones included). */
  readonly calls: FakeCall[];
  /** Subscription messages WeChat accepted. */
  readonly sentMessages: SentSubscribeMessage[];
  /** Access tokens handed out by /cgi-bin/token and /cgi-bin/stable_token together. */
  readonly tokensIssued: number;
  /** Queues a failure for the next request to `path`; several queue up and apply once each. */
  failNext(path: string, failure: FakeFailure): void;
  /** Lifetime, in seconds, of tokens issued from now on (7200 by default, as WeChat does). */
  setAccessTokenTtl(seconds: number): void;
  /** Makes every token issued so far answer 40001, as when the secret is reset or another server refreshed it. */
  expireAllTokens(): void;
  /**
   * Back to a fresh server: forgets calls, messages, used codes, queued failures and issued tokens
   * (a client still holding one gets 40001 and must fetch again), drops hung requests, TTL 7200.
   */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeWechatOptions {
  port?: number;
  host?: string;
  appId?: string;
  appSecret?: string;
}

type WechatJson = Record<string, unknown>;

const DEFAULT_TOKEN_TTL_SECONDS = 7200;
/** stable_token hands out a new token once the current one has less than this left (WeChat's rule). */
const STABLE_TOKEN_RENEW_SECONDS = 300;

const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40003: 'invalid openid',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40125: 'invalid appsecret',
  40163: 'code been used',
  40226: 'high risk user, login blocked',
  41001: 'access_token missing',
  41008: 'missing code',
  42001: 'access_token expired',
  43101: 'user refuse to accept the msg',
  45011: 'api minute-quota reach limit mustslower retry next minute',
  47001: 'data format error',
};

/** WeChat appends a request id to every error message; tests should not depend on its text. */
function wechatError(errcode: number, errmsg = ERRMSG[errcode] ?? 'error'): WechatJson {
  return { errcode, errmsg: `${errmsg}, rid: ${randomBytes(6).toString('hex')}` };
}

function digest(input: string): string {
  return createHash('sha256').update(input).digest('base64url');
}

/**
 * Login codes understood by the fake:
 * - `user-<name>` or `user-<name>-<anything>`: the same person (openid) for every code naming <name>;
 * - a `union-` prefix on any code: the answer also carries a unionid;
 * - `invalid`: answers 40029; any other string is a valid code for a person of its own.
 * Every concrete code string works once; the second use answers 40163, as WeChat does.
 */
function identityFor(code: string): { openid: string; unionid?: string; sessionKey: string } {
  const withUnion = code.startsWith('union-');
  const rest = withUnion ? code.slice('union-'.length) : code;
  const person = /^user-([^-]+)(?:-.*)?$/.exec(rest)?.[1];
  const key = person !== undefined ? `user:${person}` : `code:${rest}`;
  // 28 characters, the length of a real openid.
  const openid = `o${digest(`openid:${key}`).slice(0, 27)}`;
  const sessionKey = createHash('sha256').update(`session:${code}`).digest().subarray(0, 16);
  return {
    openid,
    ...(withUnion ? { unionid: `o${digest(`unionid:${key}`).slice(0, 27)}` } : {}),
    sessionKey: sessionKey.toString('base64'),
  };
}

/** `phone-13812345678` or `phone-13812345678-<anything>` → 13812345678. */
function phoneFor(code: string): string | undefined {
  return /^phone-(1\d{10})(?:-.*)?$/.exec(code)?.[1];
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * A stand-in for WeChat's server API (api.weixin.qq.com) on a real HTTP port, answering in WeChat's
 * shapes: errors come as HTTP 200 with `{errcode, errmsg}`, tokens expire, codes are single-use. Tests
 * and local development point WECHAT_API_BASE at it instead of mocking fetch, so the client's
 * timeouts, JSON handling and retries are exercised for real.
 */
export async function startFakeWechatServer(
  options: FakeWechatOptions = {},
): Promise<FakeWechatServer> {
  const appId = options.appId ?? DEV_DEFAULTS.WECHAT_APP_ID;
  const appSecret = options.appSecret ?? DEV_DEFAULTS.WECHAT_APP_SECRET;
  const failures = new FailureQueue<FakeFailure>();
  const sentMessages: SentSubscribeMessage[] = [];
  const usedLoginCodes = new Set<string>();
  const usedPhoneCodes = new Set<string>();
  /** token → expiry in ms; a token missing here is unknown (40001). */
  const tokens = new Map<string, number>();
  let stableToken: string | undefined;
  let tokenTtlSeconds = DEFAULT_TOKEN_TTL_SECONDS;
  let tokensIssued = 0;

  function issueToken(): { access_token: string; expires_in: number } {
    const token = `fake-token-${randomBytes(24).toString('base64url')}`;
    tokens.set(token, Date.now() + tokenTtlSeconds * 1000);
    tokensIssued += 1;
    return { access_token: token, expires_in: tokenTtlSeconds };
  }

  function credentialsError(appid: unknown, secret: unknown): WechatJson | undefined {
    if (appid !== appId) return wechatError(40125, 'invalid appid');
    if (secret !== appSecret) return wechatError(40125);
    return undefined;
  }

  /** The error a request's access_token earns, or undefined when it is good. */
  function tokenError(token: string | undefined): WechatJson | undefined {
    if (!token) return wechatError(41001);
    const expiresAt = tokens.get(token);
    if (expiresAt === undefined) return wechatError(40001);
    if (expiresAt <= Date.now()) return wechatError(42001);
    return undefined;
  }

  const routes: Record<string, (request: FakeRequest) => WechatJson> = {
    [`GET ${FAKE_WECHAT_PATHS.code2Session}`]: ({ query }) => {
      const bad = credentialsError(query.appid, query.secret);
      if (bad) return bad;
      if (query.grant_type !== 'authorization_code')
        return wechatError(40002, 'invalid grant_type');
      const code = query.js_code;
      if (!code) return wechatError(41008);
      if (code === 'invalid') return wechatError(40029);
      if (usedLoginCodes.has(code)) return wechatError(40163);
      usedLoginCodes.add(code);
      const { openid, unionid, sessionKey } = identityFor(code);
      return { openid, session_key: sessionKey, ...(unionid ? { unionid } : {}) };
    },

    [`GET ${FAKE_WECHAT_PATHS.token}`]: ({ query }) => {
      if (query.grant_type !== 'client_credential') return wechatError(40002, 'invalid grant_type');
      return credentialsError(query.appid, query.secret) ?? issueToken();
    },

    // The stable token is shared by every caller: the same one comes back until it nears expiry
    // (or was invalidated), so several server instances do not knock each other's token out.
    [`POST ${FAKE_WECHAT_PATHS.stableToken}`]: ({ body }) => {
      const input = asRecord(body);
      if (!input) return wechatError(47001);
      if (input.grant_type !== 'client_credential') return wechatError(40002, 'invalid grant_type');
      const bad = credentialsError(input.appid, input.secret);
      if (bad) return bad;
      const expiresAt = stableToken === undefined ? undefined : tokens.get(stableToken);
      const left = expiresAt === undefined ? 0 : Math.floor((expiresAt - Date.now()) / 1000);
      if (stableToken && input.force_refresh !== true && left > STABLE_TOKEN_RENEW_SECONDS) {
        return { access_token: stableToken, expires_in: left };
      }
      const issued = issueToken();
      stableToken = issued.access_token;
      return issued;
    },

    [`POST ${FAKE_WECHAT_PATHS.phoneNumber}`]: ({ query, body }) => {
      const bad = tokenError(query.access_token);
      if (bad) return bad;
      const code = asRecord(body)?.code;
      if (typeof code !== 'string' || !code) return wechatError(41008);
      const phone = phoneFor(code);
      // A phone code works once, like a login code.
      if (!phone || usedPhoneCodes.has(code)) return wechatError(40029);
      usedPhoneCodes.add(code);
      return {
        errcode: 0,
        errmsg: 'ok',
        phone_info: {
          phoneNumber: phone,
          purePhoneNumber: phone,
          countryCode: '86',
          watermark: { timestamp: Math.floor(Date.now() / 1000), appid: appId },
        },
      };
    },

    [`POST ${FAKE_WECHAT_PATHS.subscribeSend}`]: ({ query, body }) => {
      const bad = tokenError(query.access_token);
      if (bad) return bad;
      const input = asRecord(body);
      if (!input) return wechatError(47001);
      if (typeof input.touser !== 'string' || !input.touser) return wechatError(40003);
      if (typeof input.template_id !== 'string' || !input.template_id) return wechatError(40037);
      const data = asRecord(input.data);
      if (!data) return wechatError(47001);
      sentMessages.push({
        touser: input.touser,
        template_id: input.template_id,
        ...(typeof input.page === 'string' ? { page: input.page } : {}),
        data,
        at: new Date(),
      });
      return { errcode: 0, errmsg: 'ok' };
    },
  };

  const server = await startFakeHttpServer({
    port: options.port,
    host: options.host,
    failures,
    // WeChat answers its errors with HTTP 200, the error in the JSON.
    routes: Object.fromEntries(
      Object.entries(routes).map(([key, route]) => [
        key,
        (request: FakeRequest): FakeAnswer => ({ status: 200, json: route(request) }),
      ]),
    ),
    failureAnswer: (failure) => ({
      status: 200,
      json: wechatError(failure.errcode, failure.errmsg),
    }),
    notFound: () => ({ status: 404, json: wechatError(40066, 'invalid url') }),
  });

  return {
    baseUrl: server.baseUrl,
    calls: server.calls,
    sentMessages,
    get tokensIssued() {
      return tokensIssued;
    },
    failNext: (path, failure) => failures.add(path, failure),
    setAccessTokenTtl: (seconds) => {
      tokenTtlSeconds = seconds;
    },
    expireAllTokens: () => {
      tokens.clear();
      stableToken = undefined;
    },
    reset: () => {
      server.reset();
      sentMessages.length = 0;
      usedLoginCodes.clear();
      usedPhoneCodes.clear();
      tokens.clear();
      stableToken = undefined;
      tokenTtlSeconds = DEFAULT_TOKEN_TTL_SECONDS;
      tokensIssued = 0;
    },
    close: () => server.close(),
  };
}

// ---------------------------------------------------------------------------------------------------
// The small HTTP harness the fakes share (the SMS fake imports it from here): routing by method and
// path, a log of calls, and failures queued per path that answer an error status, WeChat's error JSON
// or nothing at all.

/** How the next request to a path fails: a WeChat error (HTTP 200), an HTTP status, or no answer. */
export type FakeFailure =
  { errcode: number; errmsg?: string } | { status: number; body?: string } | { hang: true };

export interface FakeCall {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, the raw text when it was not JSON, undefined when empty. */
  body: unknown;
  headers: IncomingHttpHeaders;
  at: Date;
}

export interface FakeRequest {
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
}

export interface FakeAnswer {
  status: number;
  json: unknown;
}

export type FakeRoute = (request: FakeRequest) => FakeAnswer;

/** Failures waiting per path, each applied to one request, in the order they were queued. */
export class FailureQueue<F> {
  private readonly byPath = new Map<string, F[]>();

  add(path: string, failure: F): void {
    const queue = this.byPath.get(path) ?? [];
    queue.push(failure);
    this.byPath.set(path, queue);
  }

  take(path: string): F | undefined {
    return this.byPath.get(path)?.shift();
  }

  clear(): void {
    this.byPath.clear();
  }
}

export interface FakeHttpServer {
  readonly baseUrl: string;
  readonly calls: FakeCall[];
  /** Forgets calls and queued failures, and drops hung requests. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    // So a page on another origin (a browser test) can read the fakes too.
    'access-control-allow-origin': '*',
  });
  res.end(body);
}

export async function startFakeHttpServer(options: {
  port?: number;
  host?: string;
  failures: FailureQueue<FakeFailure>;
  /** Keyed `METHOD /path`. */
  routes: Record<string, FakeRoute>;
  failureAnswer: (failure: { errcode: number; errmsg?: string }) => FakeAnswer;
  notFound: () => FakeAnswer;
}): Promise<FakeHttpServer> {
  const calls: FakeCall[] = [];
  const hung = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 400, 'bad request', 'text/plain');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams);
    const body = await readBody(req);
    calls.push({ method, path: url.pathname, query, body, headers: req.headers, at: new Date() });

    const failure = options.failures.take(url.pathname);
    if (failure && 'hang' in failure) {
      // Keep the socket open and say nothing, so the caller's timeout is what ends the call.
      hung.add(res);
      res.on('close', () => hung.delete(res));
      return;
    }
    if (failure && 'status' in failure) {
      send(res, failure.status, failure.body ?? `fake failure ${failure.status}`, 'text/plain');
      return;
    }
    const route = options.routes[`${method} ${url.pathname}`];
    const answer = failure
      ? options.failureAnswer(failure)
      : route
        ? route({ query, body, headers: req.headers })
        : options.notFound();
    send(res, answer.status, JSON.stringify(answer.json), 'application/json; charset=utf-8');
  }

  function dropHung(): void {
    for (const res of hung) res.socket?.destroy();
    hung.clear();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    baseUrl: `http://${host}:${port}`,
    calls,
    reset: () => {
      calls.length = 0;
      options.failures.clear();
      dropHung();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        dropHung();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
