import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@app/shared/enums';

/** Who is calling, as the access token says. Set by the global guard on every non-public route. */
export interface AuthUser {
  id: string;
  roles: Role[];
  regionCode: string | null;
}

export interface AuthenticatedRequest {
  user?: AuthUser;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser => {
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.user) throw new Error('CurrentUser used on a public route');
    return request.user;
  },
);
