import { randomUUID } from 'node:crypto';
import {
  type FakeAnswer,
  type FakeCall,
  type FakeFailure,
  type FakeRequest,
  FailureQueue,
  startFakeHttpServer,
} from './fake-wechat-server';

export interface FakeSmsMessage {
  id: string;
  phone: string;
  signName: string;
  template: string;
  /** login_code messages: the code; notices: ''. */
  code: string;
  /** notice messages: the text; login codes: ''. */
  text: string;
  at: Date;
}

/** How the next POST /send fails: an HTTP error status, or no answer at all (for timeouts). */
export type FakeSmsFailure = { status: number; body?: string } | { hang: true };

export interface FakeSmsServer {
  readonly baseUrl: string;
  readonly apiKey: string;
  /** Every request, in arrival order (failed and hung ones included). */
  readonly calls: FakeCall[];
  /** Messages the provider accepted, oldest first. */
  readonly messages: FakeSmsMessage[];
  /** The code in the latest message sent to `phone`. */
  lastCodeFor(phone: string): string | undefined;
  /** Queues a failure for the next POST /send; several queue up and apply once each. */
  failNext(failure: FakeSmsFailure): void;
  reset(): void;
  close(): Promise<void>;
}

export interface FakeSmsOptions {
  port?: number;
  host?: string;
  apiKey?: string;
}

export const FAKE_SMS_DEFAULT_API_KEY = 'fake-sms-key';

const SEND_PATH = '/send';

function reject(status: number, error: string): FakeAnswer {
  return { status, json: { ok: false, error } };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * A stand-in SMS provider on a real HTTP port, speaking the API HttpSmsSender calls:
 * `POST /send` (Bearer key, `{phone, signName, template: 'login_code', params: {code}}`, or
 * `template: 'notice', params: {text}` for the outbox's SMS channel) → `{ok, id}`.
 * `GET /messages?phone=` lists what was sent, so a browser test in another process can read a code.
 */
export async function startFakeSmsServer(options: FakeSmsOptions = {}): Promise<FakeSmsServer> {
  const apiKey = options.apiKey ?? FAKE_SMS_DEFAULT_API_KEY;
  const failures = new FailureQueue<FakeFailure>();
  const messages: FakeSmsMessage[] = [];

  function sendRoute({ headers, body }: FakeRequest): FakeAnswer {
    if (headers.authorization !== `Bearer ${apiKey}`) return reject(401, 'invalid api key');
    const input = asRecord(body);
    const params = asRecord(input?.params);
    if (!input || typeof input.phone !== 'string' || !/^1\d{10}$/.test(input.phone)) {
      return reject(400, 'invalid phone');
    }
    if (typeof input.signName !== 'string' || !input.signName)
      return reject(400, 'missing signName');
    let code = '';
    let text = '';
    if (input.template === 'login_code') {
      if (typeof params?.code !== 'string' || !/^\d{4,8}$/.test(params.code)) {
        return reject(400, 'invalid code');
      }
      code = params.code;
    } else if (input.template === 'notice') {
      if (typeof params?.text !== 'string' || !params.text || params.text.length > 500) {
        return reject(400, 'invalid text');
      }
      text = params.text;
    } else {
      return reject(400, 'unknown template');
    }
    const message: FakeSmsMessage = {
      id: randomUUID(),
      phone: input.phone,
      signName: input.signName,
      template: input.template,
      code,
      text,
      at: new Date(),
    };
    messages.push(message);
    return { status: 200, json: { ok: true, id: message.id } };
  }

  const server = await startFakeHttpServer({
    port: options.port,
    host: options.host,
    failures,
    routes: {
      [`POST ${SEND_PATH}`]: sendRoute,
      'GET /messages': ({ query }) => ({
        status: 200,
        json: query.phone ? messages.filter((m) => m.phone === query.phone) : messages,
      }),
    },
    // Only status and hang failures can be queued here (FakeSmsFailure); this is never reached.
    failureAnswer: () => reject(500, 'failure'),
    notFound: () => reject(404, 'not found'),
  });

  return {
    baseUrl: server.baseUrl,
    apiKey,
    calls: server.calls,
    messages,
    lastCodeFor: (phone) =>
      messages.filter((m) => m.phone === phone && m.template === 'login_code').at(-1)?.code,
    failNext: (failure) => failures.add(SEND_PATH, failure),
    reset: () => {
      server.reset();
      messages.length = 0;
    },
    close: () => server.close(),
  };
}
