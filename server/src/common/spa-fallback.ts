import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Paths the H5 app never answers: the API and the API document. */
const NEVER_SPA = /^\/(api|docs|docs-json|health)(\/|$|\?)/;

/**
 * Serves the miniapp's H5 build for page URLs (history-mode routing) that match no file and no route.
 * API paths are never answered with the app.
 */
export class SpaFallback {
  readonly enabled: boolean;

  constructor(readonly webRoot: string) {
    this.enabled = existsSync(join(webRoot, 'index.html'));
  }

  static isApiPath(path: string): boolean {
    return NEVER_SPA.test(path);
  }

  async tryServe(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    if (!this.enabled || reply.sent) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (SpaFallback.isApiPath(request.url)) return false;
    // A missing asset (/js/app.1234.js) is a 404, not the app: only extension-less page paths fall back.
    const path = request.url.split('?')[0];
    if (/\.[A-Za-z0-9]+$/.test(path)) return false;
    await reply.header('cache-control', 'no-cache').sendFile('index.html', this.webRoot);
    return true;
  }
}
