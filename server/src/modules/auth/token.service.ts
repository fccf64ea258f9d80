import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { isRole, type Role } from '@app/shared/enums';
import type { TokenPair } from '@app/shared/api';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';
import type { AuthUser } from './auth-user';

interface AccessClaims {
  sub: string;
  roles: Role[];
  region: string | null;
  typ: 'access';
}

/** Signs and verifies tokens. Access tokens are short-lived JWTs; refresh handling grows in the accounts work. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(user: AuthUser): Promise<TokenPair> {
    const { accessSecret, refreshSecret, accessTtlSeconds, refreshTtlSeconds } =
      this.config.get('jwt');
    const claims: AccessClaims = {
      sub: user.id,
      roles: user.roles,
      region: user.regionCode,
      typ: 'access',
    };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: accessSecret,
      expiresIn: accessTtlSeconds,
      jwtid: randomUUID(),
    });
    const refreshToken = await this.jwt.signAsync(
      { sub: user.id, typ: 'refresh' },
      { secret: refreshSecret, expiresIn: refreshTtlSeconds, jwtid: randomUUID() },
    );
    return { accessToken, refreshToken, expiresIn: accessTtlSeconds };
  }

  async verifyAccess(token: string): Promise<AuthUser> {
    let claims: Partial<AccessClaims>;
    try {
      claims = await this.jwt.verifyAsync<Partial<AccessClaims>>(token, {
        secret: this.config.get('jwt').accessSecret,
        algorithms: ['HS256'],
      });
    } catch (error) {
      throw new DomainError(error instanceof TokenExpiredError ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    }
    if (
      claims.typ !== 'access' ||
      typeof claims.sub !== 'string' ||
      !Array.isArray(claims.roles) ||
      !claims.roles.every(isRole)
    ) {
      throw new DomainError('TOKEN_INVALID');
    }
    return { id: claims.sub, roles: claims.roles, regionCode: claims.region ?? null };
  }
}
