import { Logger } from '@nestjs/common';
import type { AppConfig, AppConfigShape } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';

/** Sends the login code by SMS. Rate limits and code storage live with the caller, not here. */
export interface SmsSender {
  sendLoginCode(phone: string, code: string): Promise<void>;
}

/** Injection token for the SmsSender chosen by SMS_PROVIDER. */
export const SMS_SENDER = Symbol('SMS_SENDER');

/** 13800000001 → 138****0001: enough to tell numbers apart in a log, not enough to be one. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** Development and demo: no SMS goes out, the code is written to the log for whoever is testing. */
export class LogSmsSender implements SmsSender {
  private readonly logger = new Logger(LogSmsSender.name);

  async sendLoginCode(phone: string, code: string): Promise<void> {
    this.logger.log(`短信验证码 ${code} 已发往 ${maskPhone(phone)}`);
  }
}

/**
 * A real provider over HTTP: `POST {SMS_API_BASE}/send` with a Bearer key, answering `{ok: true, id}`.
 * Any failure, a timeout included, is SMS_UNAVAILABLE; the caller decides whether the code still counts.
 */
export class HttpSmsSender implements SmsSender {
  private readonly logger = new Logger(HttpSmsSender.name);

  constructor(private readonly config: AppConfig) {}

  async sendLoginCode(phone: string, code: string): Promise<void> {
    const failure = await postToProvider(this.config.get('sms'), {
      phone,
      template: 'login_code',
      params: { code },
    });
    if (failure) {
      // The code itself stays out of the log: with it, anyone reading logs could log in as the user.
      this.logger.warn(`SMS to ${maskPhone(phone)} not sent: ${failure.message}`);
      throw new DomainError('SMS_UNAVAILABLE');
    }
  }
}

/** Why the provider did not take a message: `status` when it answered with an HTTP error. */
export interface ProviderFailure {
  status?: number;
  message: string;
}

/**
 * One message to the provider: `POST {apiBase}/send` with the Bearer key and the configured sign
 * name, within `timeoutMs`. Undefined when the provider answered `{ok: true}`, otherwise why not
 * (it never throws); logging and the caller's error are the caller's.
 */
export async function postToProvider(
  sms: AppConfigShape['sms'],
  message: { phone: string; template: string; params: Record<string, string>; reference?: string },
): Promise<ProviderFailure | undefined> {
  const { apiBase, apiKey, signName, timeoutMs } = sms;
  const { phone, template, params, reference } = message;
  try {
    const response = await fetch(`${apiBase}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ phone, signName, template, params, reference }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) return { status: response.status, message: `HTTP ${response.status}` };
    if (!isAccepted(text)) return { message: 'the provider did not answer {ok: true}' };
    return undefined;
  } catch (error) {
    const name = errorName(error);
    return {
      message:
        name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `network error (${name})`,
    };
  }
}

function isAccepted(text: string): boolean {
  try {
    const reply = JSON.parse(text) as unknown;
    return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/** The error's name without `instanceof`: fetch's TimeoutError is a DOMException, not always an Error subclass. */
function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : 'unknown';
}
