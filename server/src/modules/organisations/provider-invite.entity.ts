import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A single-use code a provider's admin gives a trainer to join the provider. */
@Entity({ name: 'provider_invites' })
export class ProviderInviteEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Index('ix_provider_invites_provider_id')
  @Column({ name: 'provider_id', type: 'varchar', length: 36 })
  providerId: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'used_by', type: 'varchar', length: 36, nullable: true })
  usedBy: string | null;

  @Column({ name: 'used_at', type: 'datetime', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
