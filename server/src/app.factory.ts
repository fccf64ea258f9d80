import 'reflect-metadata';
import fastifyStatic from '@fastify/static';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { requestIdFor } from './common/request-id';
import { SpaFallback } from './common/spa-fallback';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';

export const API_PREFIX = 'api/v1';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('劳务品牌服务平台 API')
    .setDescription(
      '所有接口位于 /api/v1；失败时统一返回 { code, message, details? }，message 为中文说明。',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, document);
}

/** Builds the whole HTTP application (used by main.ts and by the API tests). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const http = config.get('http');
  const adapter = new FastifyAdapter({
    bodyLimit: http.bodyLimitBytes,
    trustProxy: true,
    genReqId: requestIdFor,
    requestIdHeader: false,
  });
  // wx.request and Taro send `content-type: application/json` even with no body (a POST that only
  // names an action, like verify): an empty JSON body is read as no body instead of a 400.
  const fastify = adapter.getInstance();
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: http.bodyLimitBytes },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') {
        done(null, undefined);
        return;
      }
      try {
        // As Fastify's own parser does: no prototype keys from the outside.
        done(
          null,
          JSON.parse(text, (key, value: unknown) =>
            key === '__proto__' || key === 'constructor' ? undefined : value,
          ) as unknown,
        );
      } catch {
        const error = Object.assign(new Error('Body is not valid JSON'), {
          statusCode: 400,
          code: 'FST_ERR_CTP_INVALID_JSON_BODY',
        });
        done(error, undefined);
      }
    },
  );
  // Every answer (errors and 404s included) carries the id that its log lines and error body carry.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // The JSON parser registered above is the one (Nest would add its own otherwise).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.useSecurityHeaders({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'upgrade-insecure-requests': null,
      },
    },
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({
    origin: http.corsOrigins.length ? http.corsOrigins : false,
    credentials: false,
    exposedHeaders: ['x-request-id'],
  });
  app.enableShutdownHooks();

  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: '劳务品牌服务平台 API',
  });

  const spa = app.get(SpaFallback);
  if (spa.enabled) {
    await app.register(fastifyStatic, {
      root: spa.webRoot,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      allowedPath: (pathName: string) => !SpaFallback.isApiPath(pathName),
      setHeaders: (reply, path) => {
        if (path.endsWith('.html')) reply.header('cache-control', 'no-cache');
      },
    });
  }
  return app;
}
