import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A brand's plan target for a period: training person-times and employment driven. */
@Entity({ name: 'brand_targets' })
export class BrandTargetEntity {
  @PrimaryColumn({ name: 'brand_code', type: 'varchar', length: 48 })
  brandCode: string;

  /** The year the target is for, e.g. '2025'. */
  @PrimaryColumn({ name: 'period_end', type: 'varchar', length: 10 })
  periodEnd: string;

  @Column({ name: 'training_target', type: 'int' })
  trainingTarget: number;

  @Column({ name: 'employment_target', type: 'int' })
  employmentTarget: number;
}

/** Programme-wide counts a plan sets (training bases, expert studios, municipal brands …). */
@Entity({ name: 'programme_targets' })
export class ProgrammeTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  plan: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  metric: string;

  @Column({ type: 'varchar', length: 32 })
  label: string;

  @Column({ type: 'int' })
  value: number;

  @Column({ name: 'period_end', type: 'varchar', length: 10 })
  periodEnd: string;
}
