import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One issued refresh token (only its SHA-256 is stored). Each refresh rotates it: the old row gets
 * `rotatedAt` and a new row joins the same family. Presenting a rotated token again means it leaked:
 * the whole family is revoked.
 */
@Entity({ name: 'refresh_tokens' })
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_refresh_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Index('ix_refresh_tokens_family_id')
  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  @Index('ix_refresh_tokens_user_id')
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'rotated_at', type: 'datetime', nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
