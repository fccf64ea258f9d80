import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../../common/domain-error';
import { IS_PUBLIC } from '../../common/public.decorator';
import type { AuthenticatedRequest } from './auth-user';
import { TokenService } from './token.service';

/** The global guard: every route needs a valid bearer access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context
      .switchToHttp()
      .getRequest<
        AuthenticatedRequest & { headers: Record<string, string | string[] | undefined> }
      >();
    const header = request.headers.authorization;
    if (typeof header !== 'string' || header.trim() === '')
      throw new DomainError('UNAUTHENTICATED');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new DomainError('TOKEN_INVALID');
    request.user = await this.tokens.verifyAccess(match[1]);
    return true;
  }
}
