import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../../common/domain-error';
import { IS_PUBLIC } from '../../common/public.decorator';
import { UsersService } from '../users/users.service';
import type { UserEntity } from '../users/user.entity';
import type { AuthenticatedRequest, AuthUser } from './auth-user';
import { TokenService } from './token.service';

/**
 * The global guard: every route needs a valid bearer access token unless marked @Public(). The user
 * is read fresh on every request, so roles, organisation and a disabled account apply at once.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (typeof header !== 'string' || header.trim() === '')
      throw new DomainError('UNAUTHENTICATED');
    const token = bearerToken(header);
    if (!token) throw new DomainError('TOKEN_INVALID');
    const user = await this.users.findById(await this.tokens.verifyAccess(token));
    if (!user || user.status === 'deleted') throw new DomainError('TOKEN_INVALID');
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
    request.user = authUserOf(user);
    return true;
  }
}

/** The token of an `Authorization: Bearer …` header; null when there is none or it is malformed. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match ? match[1] : null;
}

/** The caller as the guards put it on the request. */
export function authUserOf(user: UserEntity): AuthUser {
  return {
    id: user.id,
    roles: user.roles,
    regionCode: user.regionCode,
    employerId: user.employerId,
    providerId: user.providerId,
    providerRole: user.providerRole,
  };
}
