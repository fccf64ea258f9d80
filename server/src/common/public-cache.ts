import { createHash } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, map } from 'rxjs';
import { Public } from './public.decorator';

/**
 * Public, cacheable answers: Cache-Control for a minute and an ETag of the body; a request carrying
 * that ETag in If-None-Match gets 304 with no body (cheap on a weak rural connection).
 */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('base64url')}"`;
        void reply.header('cache-control', 'public, max-age=60');
        void reply.header('etag', etag);
        if (request.headers['if-none-match'] === etag) {
          void reply.code(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}

/** A public GET whose answer may be cached by browsers and proxies. */
export const PublicCached = () =>
  applyDecorators(Public(), UseInterceptors(PublicCacheInterceptor));
