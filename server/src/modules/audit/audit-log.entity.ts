import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditAction } from '@app/shared/enums';
import type { AuditLogItem } from '@app/shared/api';

/** One administrative act or personal-data reveal: who, what, to whom, when, from where, why. */
@Entity({ name: 'audit_logs' })
@Index('ix_audit_logs_region_created', ['regionCode', 'createdAt'])
export class AuditLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_audit_logs_actor_id')
  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 48 })
  action: AuditAction;

  @Column({ name: 'target_type', type: 'varchar', length: 16 })
  targetType: AuditLogItem['targetType'];

  @Index('ix_audit_logs_target_id')
  @Column({ name: 'target_id', type: 'varchar', length: 48 })
  targetId: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
