import { ERROR_CATALOGUE, type ErrorCode, type FieldError } from '@app/shared/errors';

/**
 * The one error type services throw. Its code comes from the shared catalogue, which fixes the HTTP
 * status and the default Chinese message; a more specific Chinese message may replace the default.
 */
export class DomainError extends Error {
  readonly httpStatus: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: FieldError[] | Record<string, unknown>,
  ) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'DomainError';
    this.httpStatus = ERROR_CATALOGUE[code].status;
  }
}
