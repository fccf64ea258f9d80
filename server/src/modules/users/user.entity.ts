import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ProviderMemberRole, Role, UserStatus } from '@app/shared/enums';

/** An account: a worker, an employer's staff member, a trainer or bureau staff (several roles allowed). */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName: string;

  /** Mainland mobile number, 11 digits. Masked in every response. */
  @Index('uq_users_phone', { unique: true })
  @Column({ type: 'varchar', length: 11, nullable: true })
  phone: string | null;

  @Index('uq_users_wechat_openid', { unique: true })
  @Column({ name: 'wechat_openid', type: 'varchar', length: 64, nullable: true })
  wechatOpenId: string | null;

  @Column({ name: 'wechat_unionid', type: 'varchar', length: 64, nullable: true })
  wechatUnionId: string | null;

  /** Comma-separated roles (see ROLES in @app/shared/enums). */
  @Column({ type: 'simple-array' })
  roles: Role[];

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: UserStatus;

  /** For bureau staff: the GB/T 2260 code of the region they administer. */
  @Index('ix_users_region_code')
  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  /** The employer this user acts for (employer role). */
  @Index('ix_users_employer_id')
  @Column({ name: 'employer_id', type: 'varchar', length: 36, nullable: true })
  employerId: string | null;

  /** The training provider this user trains for (trainer role), and their place in it. */
  @Index('ix_users_provider_id')
  @Column({ name: 'provider_id', type: 'varchar', length: 36, nullable: true })
  providerId: string | null;

  @Column({ name: 'provider_role', type: 'varchar', length: 16, nullable: true })
  providerRole: ProviderMemberRole | null;

  /** When the person erased the account (PIPL deletion); the row stays, anonymised, for statistics. */
  @Column({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
