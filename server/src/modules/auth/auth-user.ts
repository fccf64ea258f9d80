import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ProviderMemberRole, Role } from '@app/shared/enums';

/**
 * Who is calling. The global guard reads it from the users table on every request (the token only
 * names the user), so a disabled account, a removed role or a new organisation takes effect at once.
 */
export interface AuthUser {
  id: string;
  roles: Role[];
  /** Admin scope: GB/T 2260 code of the region administered. */
  regionCode: string | null;
  employerId: string | null;
  providerId: string | null;
  providerRole: ProviderMemberRole | null;
}

/** Where a request came from, for audit rows. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent: string | null;
}

export interface AuthenticatedRequest {
  user?: AuthUser;
  id?: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser => {
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.user) throw new Error('CurrentUser used on a public route');
    return request.user;
  },
);

export function requestMetaOf(request: AuthenticatedRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return {
    ip: request.ip ?? null,
    requestId: typeof request.id === 'string' ? request.id : null,
    userAgent: typeof agent === 'string' ? agent.slice(0, 255) : null,
  };
}

/** The caller's IP, request id and user agent (for audit rows and rate limits). */
export const Meta = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestMeta =>
  requestMetaOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);
