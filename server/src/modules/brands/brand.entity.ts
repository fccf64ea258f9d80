import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { BrandLevel, BrandStage, BrandType } from '@app/shared/enums';

/** A labour brand (劳务品牌): a trade a region is known for, with its story and its occupations. */
@Entity({ name: 'brands' })
@Index('ix_brands_order', ['sortOrder', 'code'])
export class BrandEntity {
  /** Stable slug, e.g. fumian-caifeng; used in URLs. */
  @PrimaryColumn({ type: 'varchar', length: 48 })
  code: string;

  @Column({ type: 'varchar', length: 48 })
  name: string;

  @Column({ type: 'simple-json' })
  aliases: string[];

  @Index('ix_brands_region_code')
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'extra_region_codes', type: 'simple-json' })
  extraRegionCodes: string[];

  @Column({ type: 'varchar', length: 16 })
  level: BrandLevel;

  @Index('ix_brands_series')
  @Column({ type: 'varchar', length: 24 })
  series: string;

  @Column({ type: 'varchar', length: 24 })
  industry: string;

  @Column({ type: 'varchar', length: 16 })
  type: BrandType;

  @Column({ type: 'varchar', length: 8 })
  stage: BrandStage;

  @Column({ type: 'varchar', length: 2000 })
  story: string;

  @Column({ name: 'cover_url', type: 'varchar', length: 300, nullable: true })
  coverUrl: string | null;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  /** Archived brands leave the public lists; nothing is ever deleted. */
  @Column({ name: 'archived_at', type: 'datetime', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
