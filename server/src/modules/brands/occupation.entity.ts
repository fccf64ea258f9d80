import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CertificateLevel, CertificateType } from '@app/shared/enums';

/** One entry of the training list (培训清单): an occupation, its certificate and its subsidy. */
@Entity({ name: 'occupations' })
export class OccupationEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  code: string;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ name: 'certificate_type', type: 'varchar', length: 16 })
  certificateType: CertificateType;

  @Column({ name: 'max_level', type: 'int', nullable: true })
  maxLevel: CertificateLevel | null;

  @Column({ type: 'boolean', default: false })
  subsidised: boolean;

  /** Yuan per person; null when the plan gives no figure. */
  @Column({ name: 'subsidy_amount', type: 'int', nullable: true })
  subsidyAmount: number | null;

  /** YYYY-MM-DD */
  @Index('ix_occupations_effective_from')
  @Column({ name: 'effective_from', type: 'varchar', length: 10 })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'varchar', length: 10, nullable: true })
  effectiveTo: string | null;
}

/** Which occupations a brand trains for. */
@Entity({ name: 'brand_occupations' })
export class BrandOccupationEntity {
  @PrimaryColumn({ name: 'brand_code', type: 'varchar', length: 48 })
  brandCode: string;

  @Index('ix_brand_occupations_occupation')
  @PrimaryColumn({ name: 'occupation_code', type: 'varchar', length: 48 })
  occupationCode: string;
}
