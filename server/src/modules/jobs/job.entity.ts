import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  ApplicationStatus,
  CertificateLevel,
  CertificateType,
  ContractKind,
  InvitationStatus,
  JobStatus,
} from '@app/shared/enums';

/** An employer's job posting (岗位). Brand, occupation and region drive search and recommendations. */
@Entity({ name: 'job_postings' })
@Index('ix_jobs_status_region', ['status', 'regionCode', 'openedAt'])
@Index('ix_jobs_status_occupation', ['status', 'occupationCode', 'openedAt'])
@Index('ix_jobs_employer', ['employerId', 'createdAt'])
export class JobPostingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'employer_id', type: 'varchar', length: 36 })
  employerId: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ name: 'brand_code', type: 'varchar', length: 48, nullable: true })
  brandCode: string | null;

  @Column({ name: 'occupation_code', type: 'varchar', length: 48 })
  occupationCode: string;

  /** County-level code where the work is. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  /** Yuan per month. */
  @Column({ name: 'salary_min', type: 'int' })
  salaryMin: number;

  @Column({ name: 'salary_max', type: 'int' })
  salaryMax: number;

  @Column({ type: 'int' })
  headcount: number;

  /** Hires so far: the posting closes itself when this reaches the headcount. */
  @Column({ type: 'int', default: 0 })
  hires: number;

  @Column({ name: 'required_certificate_type', type: 'varchar', length: 16, nullable: true })
  requiredCertificateType: CertificateType | null;

  /** The lowest acceptable level (5 初级工 … 1 高级技师); null: any level of that type. */
  @Column({ name: 'required_certificate_level', type: 'int', nullable: true })
  requiredCertificateLevel: CertificateLevel | null;

  /** Trainees without the certificate yet (training completed or under way) are welcome. */
  @Column({ name: 'accepts_trainees', type: 'boolean', default: false })
  acceptsTrainees: boolean;

  @Column({ type: 'boolean', default: false })
  accommodation: boolean;

  @Column({ type: 'boolean', default: false })
  meals: boolean;

  @Column({ name: 'working_hours', type: 'varchar', length: 64 })
  workingHours: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  status: JobStatus;

  /** The last day applications are taken (China date); the posting closes after it. */
  @Column({ name: 'closes_on', type: 'varchar', length: 10 })
  closesOn: string;

  @Column({ name: 'opened_at', type: 'datetime', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** A worker's application to a posting: one per worker and job (unique key). */
@Entity({ name: 'job_applications' })
@Index('uq_applications_job_worker', ['jobId', 'workerId'], { unique: true })
@Index('ix_applications_worker', ['workerId', 'createdAt'])
@Index('ix_applications_job_status', ['jobId', 'status'])
export class JobApplicationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId: string;

  @Column({ name: 'worker_id', type: 'varchar', length: 36 })
  workerId: string;

  /** Copied from the posting, so the employer's scope check reads one row. */
  @Column({ name: 'employer_id', type: 'varchar', length: 36 })
  employerId: string;

  @Column({ type: 'varchar', length: 16 })
  status: ApplicationStatus;

  @Column({ name: 'interview_at', type: 'datetime', nullable: true })
  interviewAt: Date | null;

  @Column({ name: 'interview_place', type: 'varchar', length: 100, nullable: true })
  interviewPlace: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** One step of an application's timeline. */
@Entity({ name: 'application_events' })
@Index('ix_application_events_application', ['applicationId', 'at'])
export class ApplicationEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'varchar', length: 16 })
  status: ApplicationStatus;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}

/**
 * 邀请投递: an employer invites a worker to one of its open postings. One per job and worker; the
 * worker accepts (their name and phone are then shown to that employer) or declines, once.
 */
@Entity({ name: 'job_invitations' })
@Index('uq_invitations_job_worker', ['jobId', 'workerId'], { unique: true })
@Index('ix_invitations_worker', ['workerId', 'createdAt'])
@Index('ix_invitations_employer_worker', ['employerId', 'workerId', 'status'])
export class JobInvitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId: string;

  @Column({ name: 'worker_id', type: 'varchar', length: 36 })
  workerId: string;

  /** The posting's employer, kept for "has this worker accepted any invitation of ours". */
  @Column({ name: 'employer_id', type: 'varchar', length: 36 })
  employerId: string;

  @Column({ type: 'varchar', length: 16 })
  status: InvitationStatus;

  @Column({ type: 'varchar', length: 100, nullable: true })
  message: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'responded_at', type: 'datetime', nullable: true })
  respondedAt: Date | null;
}

/**
 * A hire: what "employment driven" counts per brand and county. Household and job regions are kept,
 * so cross-region hires (毕节 → 广州) can be reported.
 */
@Entity({ name: 'employment_records' })
@Index('ix_employment_brand', ['brandCode', 'startDate'])
@Index('ix_employment_worker', ['workerId'])
export class EmploymentRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_employment_application', { unique: true })
  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ name: 'worker_id', type: 'varchar', length: 36 })
  workerId: string;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId: string;

  @Column({ name: 'employer_id', type: 'varchar', length: 36 })
  employerId: string;

  @Column({ name: 'brand_code', type: 'varchar', length: 48, nullable: true })
  brandCode: string | null;

  @Column({ name: 'occupation_code', type: 'varchar', length: 48 })
  occupationCode: string;

  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate: string;

  @Column({ type: 'varchar', length: 16 })
  contract: ContractKind;

  @Column({ name: 'social_insurance', type: 'boolean' })
  socialInsurance: boolean;

  @Column({ name: 'household_region_code', type: 'varchar', length: 6 })
  householdRegionCode: string;

  @Column({ name: 'job_region_code', type: 'varchar', length: 6 })
  jobRegionCode: string;

  /** Household and job in different cities. */
  @Column({ name: 'cross_region', type: 'boolean' })
  crossRegion: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A job fair (专场招聘) an admin runs for some brands; employers attach postings. */
@Entity({ name: 'job_fairs' })
@Index('ix_fairs_region_date', ['regionCode', 'date'])
export class JobFairEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  /** The place, or null for an online fair. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Column({ name: 'brand_codes', type: 'simple-json' })
  brandCodes: string[];

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

@Entity({ name: 'fair_jobs' })
export class FairJobEntity {
  @PrimaryColumn({ name: 'fair_id', type: 'varchar', length: 36 })
  fairId: string;

  @Index('ix_fair_jobs_job')
  @PrimaryColumn({ name: 'job_id', type: 'varchar', length: 36 })
  jobId: string;
}
