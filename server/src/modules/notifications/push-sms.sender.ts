import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { maskPhone, postToProvider } from '../sms/sms.sender';

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
 * (The request itself is modules/sms's postToProvider, shared with the login-code sender; this
 * class adds the notice template and which failures are worth a retry.)
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
    const failure = await postToProvider(this.config.get('sms'), {
      phone,
      template: 'notice',
      params: { text },
      reference,
    });
    if (failure) {
      const { status, message } = failure;
      const error = new PushSmsError(
        status === undefined || status >= 500 || status === 429,
        `SMS: ${message}`,
      );
      this.logger.warn(`notice to ${maskPhone(phone)} not sent: ${error.message}`);
      throw error;
    }
  }
}
