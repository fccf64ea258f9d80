import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AffiliateKind } from '@app/shared/enums';

/** A body that carries a brand: training base, incubation base, expert studio, leading enterprise, leader. */
@Entity({ name: 'brand_affiliates' })
export class AffiliateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_brand_affiliates_brand')
  @Column({ name: 'brand_code', type: 'varchar', length: 48 })
  brandCode: string;

  @Column({ type: 'varchar', length: 24 })
  kind: AffiliateKind;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'archived_at', type: 'datetime', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
