import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { maskPhone } from '../sms/sms.sender';

/** An SMS notice the provider did not take; `retryable` when it may take it later (down, slow). */
export class PushSmsError extends Error {
  override readonly name = 'PushSmsError';

  constructor(
    readonly retryable: boolean,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Notices by SMS for the outbox dispatcher, through the same provider as login codes
 * (`POST {SMS_API_BASE}/send`, template `notice`, params {text}). Only with SMS_PROVIDER=http: the
 * log provider sends nothing, and a row must not be marked sent over a channel that never left.
 * (The login-code sender in modules/sms knows only `login_code`; this lives here until that module
 * offers notices.)
 */
@Injectable()
export class PushSmsSender {
  private readonly logger = new Logger(PushSmsSender.name);

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    const sms = this.config.get('sms');
    return sms.provider === 'http' && Boolean(sms.apiBase && sms.apiKey);
  }

  /** Throws PushSmsError; a 4xx answer is final, anything that looks like an outage is retryable. */
  async send(phone: string, text: string, reference: string): Promise<void> {
    const { apiBase, apiKey, signName, timeoutMs } = this.config.get('sms');
    let failure: PushSmsError | undefined;
    try {
      const response = await fetch(`${apiBase}/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ phone, signName, template: 'notice', params: { text }, reference }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const answer = await response.text();
      if (!response.ok) {
        failure = new PushSmsError(
          response.status >= 500 || response.status === 429,
          `SMS HTTP ${response.status}`,
        );
      } else if (!isAccepted(answer)) {
        failure = new PushSmsError(true, 'SMS provider did not answer {ok: true}');
      }
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      failure = new PushSmsError(
        true,
        name === 'TimeoutError' ? `SMS: no answer within ${timeoutMs} ms` : 'SMS: network error',
      );
    }
    if (failure) {
      this.logger.warn(`notice to ${maskPhone(phone)} not sent: ${failure.message}`);
      throw failure;
    }
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
