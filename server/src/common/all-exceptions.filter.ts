import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody, ErrorCode } from '@app/shared/errors';
import { ERROR_CATALOGUE } from '@app/shared/errors';
import { DomainError } from './domain-error';
import { SpaFallback } from './spa-fallback';

const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  429: 'RATE_LIMITED',
};

/** An error from Fastify itself (body parsing, body size), before any Nest handler ran. */
interface FastifyLikeError {
  statusCode: number;
  code?: string;
}

function isFastifyError(e: unknown): e is FastifyLikeError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { statusCode?: unknown }).statusCode === 'number' &&
    typeof (e as { code?: unknown }).code === 'string' &&
    String((e as { code: string }).code).startsWith('FST_')
  );
}

/**
 * The one place an error becomes an HTTP answer: `{ code, message, details?, requestId }`.
 * Nothing leaves as a bare 500 or with a stack trace; unexpected errors are logged with the request id.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly spa: SpaFallback) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const requestId = request.id;

    const routeNotFound =
      exception instanceof HttpException &&
      !(exception instanceof DomainError) &&
      exception.getStatus() === 404;
    if (routeNotFound && (await this.spa.tryServe(request, reply))) return;

    const { status, body } = this.toBody(exception, routeNotFound);
    if (status >= 500) {
      this.logger.error(
        { err: exception, requestId, method: request.method, url: request.url },
        'Unhandled error',
      );
    }
    if (reply.sent) return;
    await reply
      .status(status)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ ...body, ...(requestId ? { requestId } : {}) });
  }

  private toBody(
    exception: unknown,
    routeNotFound: boolean,
  ): { status: number; body: ApiErrorBody } {
    if (exception instanceof DomainError) {
      return {
        status: exception.httpStatus,
        body: {
          code: exception.code,
          message: exception.message,
          ...(exception.details ? { details: exception.details } : {}),
        },
      };
    }
    if (routeNotFound) return this.fromCode('ROUTE_NOT_FOUND');
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : isFastifyError(exception)
          ? exception.statusCode
          : 500;
    const code = STATUS_CODES[status];
    return code ? this.fromCode(code, status) : this.fromCode('INTERNAL', 500);
  }

  private fromCode(code: ErrorCode, status?: number): { status: number; body: ApiErrorBody } {
    const entry = ERROR_CATALOGUE[code];
    return { status: status ?? entry.status, body: { code, message: entry.message } };
  }
}
