import type { ErrorCode } from './error-codes';

/** One field's problem in a 400 answer. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** The one shape every failed API call answers with. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: FieldError[] | Record<string, unknown>;
  requestId?: string;
}
