import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AttendanceMethod, AttendanceStatus } from '@app/shared/enums';

/**
 * One worker's attendance at one lesson (unique per lesson and worker): the latest mark by its
 * `markedAt` stands. `mutationId` is the client's id of the mark that set it, so a batch synced twice
 * changes nothing.
 */
@Entity({ name: 'attendance' })
@Index('uq_attendance_lesson_worker', ['lessonId', 'workerId'], { unique: true })
export class AttendanceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'lesson_id', type: 'varchar', length: 36 })
  lessonId: string;

  @Index('ix_attendance_session')
  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ name: 'worker_id', type: 'varchar', length: 36 })
  workerId: string;

  @Column({ type: 'varchar', length: 16 })
  status: AttendanceStatus;

  @Column({ type: 'varchar', length: 16 })
  method: AttendanceMethod;

  @Column({ name: 'marked_by', type: 'varchar', length: 36 })
  markedBy: string;

  @Column({ name: 'marked_at', type: 'datetime', precision: 6 })
  markedAt: Date;

  @Index('uq_attendance_mutation', { unique: true })
  @Column({ name: 'mutation_id', type: 'varchar', length: 64, nullable: true })
  mutationId: string | null;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
