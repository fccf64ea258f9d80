import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  CertificateLevel,
  CertificateType,
  CertificationApplicant,
  CertificationStatus,
} from '@app/shared/enums';

/**
 * A worker's application for a skills assessment (技能评价) after completing a course, and each step
 * it went through. Session, provider, brand, occupation and region are copied in at application so
 * scope checks and the admin's list read one table.
 */
@Entity({ name: 'certifications' })
@Index('ix_certifications_region_status', ['regionCode', 'status', 'createdAt'])
// recommendations: holders of a certificate in the occupation of a job that opens
@Index('ix_certifications_occupation_status', ['occupationCode', 'status'])
export class CertificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_certifications_worker')
  @Column({ name: 'worker_id', type: 'varchar', length: 36 })
  workerId: string;

  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 })
  enrolmentId: string;

  @Index('ix_certifications_session')
  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ name: 'provider_id', type: 'varchar', length: 36 })
  providerId: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'brand_code', type: 'varchar', length: 48 })
  brandCode: string;

  @Column({ name: 'occupation_code', type: 'varchar', length: 48 })
  occupationCode: string;

  @Column({ name: 'certificate_type', type: 'varchar', length: 16 })
  certificateType: CertificateType;

  /** 5 (初级工) … 1 (高级技师); null for 专项职业能力考核. */
  @Column({ type: 'int', nullable: true })
  level: CertificateLevel | null;

  @Column({ type: 'varchar', length: 16 })
  status: CertificationStatus;

  @Column({ name: 'applied_by', type: 'varchar', length: 16 })
  appliedBy: CertificationApplicant;

  @Column({ type: 'int', default: 1 })
  attempt: number;

  /**
   * `worker|occupation|type|level` while the application is open or has led to a certificate; null once
   * it failed. The unique key makes "one open application per level" hold under concurrent requests,
   * and a failure releases it so the assessment can be retaken.
   */
  @Index('uq_certifications_open_key', { unique: true })
  @Column({ name: 'open_key', type: 'varchar', length: 160, nullable: true })
  openKey: string | null;

  @Column({ name: 'scheduled_at', type: 'datetime', nullable: true })
  scheduledAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  place: string | null;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Index('uq_certifications_certificate_no', { unique: true })
  @Column({ name: 'certificate_no', type: 'varchar', length: 40, nullable: true })
  certificateNo: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  issuer: string | null;

  @Column({ name: 'issued_on', type: 'varchar', length: 10, nullable: true })
  issuedOn: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** One step of an application's timeline: who moved it, when, and what was recorded. */
@Entity({ name: 'certification_events' })
@Index('ix_certification_events_certification', ['certificationId', 'at'])
export class CertificationEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'certification_id', type: 'varchar', length: 36 })
  certificationId: string;

  @Column({ type: 'varchar', length: 16 })
  status: CertificationStatus;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}
