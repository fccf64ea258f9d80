import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SessionStatus } from '@app/shared/enums';

/**
 * One run of a course (开班): where, when, how many seats. Brand and occupation are copied from the
 * course so the public list filters on one table with its indexes.
 */
@Entity({ name: 'training_sessions' })
@Index('ix_sessions_status_start', ['status', 'startDate', 'id'])
@Index('ix_sessions_brand_start', ['brandCode', 'startDate'])
@Index('ix_sessions_region_start', ['regionCode', 'startDate'])
// recommendations: workers trained in an occupation; trainees of classes ended in the last year
@Index('ix_sessions_occupation_end', ['occupationCode', 'endDate'])
@Index('ix_sessions_end', ['endDate'])
export class TrainingSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_sessions_course')
  @Column({ name: 'course_id', type: 'varchar', length: 36 })
  courseId: string;

  @Index('ix_sessions_provider')
  @Column({ name: 'provider_id', type: 'varchar', length: 36 })
  providerId: string;

  @Column({ name: 'brand_code', type: 'varchar', length: 48 })
  brandCode: string;

  @Column({ name: 'occupation_code', type: 'varchar', length: 48 })
  occupationCode: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'double', nullable: true })
  latitude: number | null;

  @Column({ type: 'double', nullable: true })
  longitude: number | null;

  /** QR check-in must come from within this many metres of the coordinates; null: no geofence. */
  @Column({ name: 'geofence_radius_m', type: 'int', nullable: true })
  geofenceRadiusMeters: number | null;

  /** YYYY-MM-DD (China time). */
  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10 })
  endDate: string;

  @Column({ name: 'enrol_opens_at', type: 'varchar', length: 10 })
  enrolOpensAt: string;

  @Column({ name: 'enrol_closes_at', type: 'varchar', length: 10 })
  enrolClosesAt: string;

  @Column({ type: 'int' })
  capacity: number;

  /** Taken by enrolment with one conditional UPDATE (next issue); never above capacity. */
  @Column({ name: 'seats_taken', type: 'int', default: 0 })
  seatsTaken: number;

  @Column({ type: 'boolean', default: true })
  subsidised: boolean;

  /** 0–1: share of lessons a worker must attend to complete. */
  @Column({ name: 'min_attendance_rate', type: 'double' })
  minAttendanceRate: number;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: SessionStatus;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** One lesson of a session (for attendance later). */
@Entity({ name: 'lessons' })
@Index('ix_lessons_session_start', ['sessionId', 'startsAt'])
export class LessonEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ name: 'starts_at', type: 'datetime' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 64, default: '' })
  topic: string;
}
