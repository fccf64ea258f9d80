import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A job recommended to a worker, with the score and the reasons they read. Stored so that "every
 * trainee is recommended at least 3 jobs" can be proved per brand and county.
 */
@Entity({ name: 'recommendations' })
@Index('uq_recommendations_worker_job', ['workerId', 'jobId'], { unique: true })
@Index('ix_recommendations_worker', ['workerId', 'createdAt'])
@Index('ix_recommendations_job', ['jobId', 'score'])
export class RecommendationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'worker_id', type: 'varchar', length: 36 })
  workerId: string;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId: string;

  @Column({ type: 'double' })
  score: number;

  @Column({ type: 'simple-json' })
  reasons: string[];

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'pushed_at', type: 'datetime', nullable: true })
  pushedAt: Date | null;

  @Column({ name: 'seen_at', type: 'datetime', nullable: true })
  seenAt: Date | null;

  @Column({ name: 'applied_at', type: 'datetime', nullable: true })
  appliedAt: Date | null;
}
