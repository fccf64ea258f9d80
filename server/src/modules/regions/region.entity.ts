import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type RegionLevel = 'province' | 'city' | 'county';

/** A GB/T 2260 administrative division the platform works in (seeded from shared region data). */
@Entity({ name: 'regions' })
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Index('ix_regions_parent_code')
  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @Column({ type: 'varchar', length: 8 })
  level: RegionLevel;
}
