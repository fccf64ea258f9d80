import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CertificateLevel, CertificateType } from '@app/shared/enums';

/** A course a training provider runs for a brand's occupation, and the certificate it leads to. */
@Entity({ name: 'courses' })
export class CourseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_courses_provider')
  @Column({ name: 'provider_id', type: 'varchar', length: 36 })
  providerId: string;

  @Index('ix_courses_brand')
  @Column({ name: 'brand_code', type: 'varchar', length: 48 })
  brandCode: string;

  @Column({ name: 'occupation_code', type: 'varchar', length: 48 })
  occupationCode: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'int' })
  hours: number;

  @Column({ name: 'certificate_type', type: 'varchar', length: 16 })
  certificateType: CertificateType;

  @Column({ name: 'certificate_level', type: 'int', nullable: true })
  certificateLevel: CertificateLevel | null;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'archived_at', type: 'datetime', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
