import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EducationLevel, Gender, PriorityGroup } from '@app/shared/enums';

/**
 * A worker's personal profile (PIPL). The ID number is never stored in plain text: an AES-256-GCM
 * ciphertext with its key id, a keyed hash for "one ID number, one worker", and the masked form for
 * display. After account deletion the personal columns are emptied and the rest stays for statistics.
 */
@Entity({ name: 'worker_profiles' })
export class WorkerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'real_name', type: 'varchar', length: 32, nullable: true })
  realName: string | null;

  @Column({ name: 'id_number_cipher', type: 'varchar', length: 128, nullable: true })
  idNumberCipher: string | null;

  @Column({ name: 'id_number_key_id', type: 'varchar', length: 16, nullable: true })
  idNumberKeyId: string | null;

  @Index('uq_worker_profiles_id_number_hash', { unique: true })
  @Column({ name: 'id_number_hash', type: 'varchar', length: 64, nullable: true })
  idNumberHash: string | null;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 18, nullable: true })
  idNumberMasked: string | null;

  @Column({ type: 'varchar', length: 8 })
  gender: Gender;

  /** YYYY-MM-DD; cut to YYYY-01-01 when the account is deleted. */
  @Column({ name: 'birth_date', type: 'varchar', length: 10 })
  birthDate: string;

  @Index('ix_worker_profiles_household_region')
  @Column({ name: 'household_region_code', type: 'varchar', length: 6 })
  householdRegionCode: string;

  @Index('ix_worker_profiles_current_region')
  @Column({ name: 'current_region_code', type: 'varchar', length: 6 })
  currentRegionCode: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  education: EducationLevel | null;

  @Column({ type: 'simple-json' })
  skills: string[];

  @Column({ name: 'wanted_brands', type: 'simple-json' })
  wantedBrands: string[];

  @Column({ name: 'wanted_region_codes', type: 'simple-json' })
  wantedRegionCodes: string[];

  @Column({ name: 'min_monthly_salary', type: 'int', nullable: true })
  minMonthlySalary: number | null;

  /** Sensitive personal information: stored only with its own consent (priority_consent_at). */
  @Column({ name: 'priority_group', type: 'varchar', length: 16, nullable: true })
  priorityGroup: PriorityGroup | null;

  @Column({ name: 'priority_consent_at', type: 'datetime', nullable: true })
  priorityConsentAt: Date | null;

  @Column({ name: 'consent_version', type: 'varchar', length: 32 })
  consentVersion: string;

  @Column({ name: 'consent_at', type: 'datetime' })
  consentAt: Date;

  /** Assisted sign-up: who registered the worker and the signed paper consent's reference. */
  @Column({ name: 'assisted_by', type: 'varchar', length: 36, nullable: true })
  assistedBy: string | null;

  @Column({ name: 'paper_consent_reference', type: 'varchar', length: 64, nullable: true })
  paperConsentReference: string | null;

  /** When the worker took over an assisted account by logging in with its phone. */
  @Column({ name: 'claimed_at', type: 'datetime', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'erased_at', type: 'datetime', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
