import { Column, CreateDateColumn, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationStatus } from '@app/shared/enums';

/**
 * What employers and training providers have in common: identity (统一社会信用代码), where they are,
 * whom to call, and the review by an admin in scope (pending → verified / rejected with a reason).
 */
export abstract class OrganisationColumns {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Index()
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 32 })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 11 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: OrganisationStatus;

  @Column({ name: 'reject_reason', type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  @Column({ name: 'reviewed_by', type: 'varchar', length: 36, nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
