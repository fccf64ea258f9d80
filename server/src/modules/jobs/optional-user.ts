import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  createParamDecorator,
} from '@nestjs/common';
import { authUserOf, bearerToken } from '../auth/jwt-auth.guard';
import { TokenService } from '../auth/token.service';
import type { AuthUser, AuthenticatedRequest } from '../auth/auth-user';
import { UsersService } from '../users/users.service';

/**
 * For a public route whose answer depends on who asks (a draft posting is shown to its employer):
 * a valid bearer token of an active account sets the caller; no token, or one that fails, leaves the
 * caller anonymous instead of refusing, since the route is public anyway.
 */
@Injectable()
export class OptionalUserGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token) return true;
    try {
      const user = await this.users.findById(await this.tokens.verifyAccess(token));
      if (user && user.status === 'active') request.user = authUserOf(user);
    } catch {
      // an expired or forged token on a public route: answer as to anyone
    }
    return true;
  }
}

/** The caller set by OptionalUserGuard, or null. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | null =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().user ?? null,
);
