import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import type { TokenPair } from '@app/shared/api';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';
import { RefreshTokenEntity } from './refresh-token.entity';

interface AccessClaims {
  sub: string;
  typ: 'access';
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Access tokens are short-lived JWTs naming the user; refresh tokens are opaque random strings stored
 * hashed, rotated on every use, and grouped in families so a replayed one revokes its whole family.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectRepository(RefreshTokenEntity)
    private readonly refreshTokens: Repository<RefreshTokenEntity>,
  ) {}

  /** A new pair; `familyId` continues a rotation chain, otherwise a new family (a new login) starts. */
  async issue(userId: string, familyId: string = randomUUID()): Promise<TokenPair> {
    const { accessSecret, accessTtlSeconds, refreshTtlSeconds } = this.config.get('jwt');
    const claims: AccessClaims = { sub: userId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: accessSecret,
      expiresIn: accessTtlSeconds,
      jwtid: randomUUID(),
    });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      id: randomUUID(),
      tokenHash: sha256(refreshToken),
      familyId,
      userId,
      expiresAt: new Date(Date.now() + refreshTtlSeconds * 1000),
      rotatedAt: null,
      revokedAt: null,
    });
    return { accessToken, refreshToken, expiresIn: accessTtlSeconds };
  }

  /**
   * Spends a refresh token and returns a new pair in the same family. The spend is one conditional
   * UPDATE, so two concurrent uses of one token cannot both succeed; the loser is treated as reuse.
   */
  async rotate(refreshToken: string): Promise<{ userId: string; tokens: TokenPair }> {
    const row = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!row || row.expiresAt.getTime() <= Date.now())
      throw new DomainError('REFRESH_TOKEN_INVALID');
    if (row.revokedAt && !row.rotatedAt) throw new DomainError('REFRESH_TOKEN_INVALID');
    const spent = await this.refreshTokens.update(
      { id: row.id, rotatedAt: IsNull(), revokedAt: IsNull() },
      { rotatedAt: new Date() },
    );
    if (spent.affected !== 1) {
      await this.revokeFamily(row.familyId);
      throw new DomainError('REFRESH_TOKEN_REUSED');
    }
    return { userId: row.userId, tokens: await this.issue(row.userId, row.familyId) };
  }

  /** Logout: the token's family stops working. Unknown tokens are ignored (logging out twice is fine). */
  async revoke(refreshToken: string): Promise<void> {
    const row = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (row) await this.revokeFamily(row.familyId);
  }

  async revokeAllFor(userId: string): Promise<void> {
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The user id an access token names, or TOKEN_EXPIRED / TOKEN_INVALID. */
  async verifyAccess(token: string): Promise<string> {
    let claims: Partial<AccessClaims>;
    try {
      claims = await this.jwt.verifyAsync<Partial<AccessClaims>>(token, {
        secret: this.config.get('jwt').accessSecret,
        algorithms: ['HS256'],
      });
    } catch (error) {
      throw new DomainError(error instanceof TokenExpiredError ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') {
      throw new DomainError('TOKEN_INVALID');
    }
    return claims.sub;
  }
}
