import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Like, Repository } from 'typeorm';
import type { AuditAction } from '@app/shared/enums';
import type { AuditLogItem } from '@app/shared/api';
import { adminScope, regionPrefixPattern } from '../auth/access';
import type { AuthUser, RequestMeta } from '../auth/auth-user';
import { UserEntity } from '../users/user.entity';
import type { AuditLogListResponseDto, AuditLogQueryDto } from './audit.dto';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  actorId: string;
  action: AuditAction;
  targetType: AuditLogItem['targetType'];
  targetId: string;
  regionCode: string | null;
  reason?: string | null;
  meta: RequestMeta;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly logs: Repository<AuditLogEntity>,
  ) {}

  /** Writes the row inside the caller's transaction, so the act and its record stand or fall together. */
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.getRepository(AuditLogEntity).insert({
      id: randomUUID(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      regionCode: entry.regionCode,
      reason: entry.reason?.slice(0, 200) ?? null,
      ip: entry.meta.ip?.slice(0, 64) ?? null,
      requestId: entry.meta.requestId?.slice(0, 64) ?? null,
    });
  }

  /** Rows about targets inside the admin's region, newest first. */
  async list(auth: AuthUser, query: AuditLogQueryDto): Promise<AuditLogListResponseDto> {
    const scope = adminScope(auth);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const where = {
      regionCode: Like(regionPrefixPattern(scope)),
      ...(query.action ? { action: query.action } : {}),
    };
    const [rows, total] = await this.logs.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const actorIds = [...new Set(rows.map((r) => r.actorId))];
    const actors = actorIds.length
      ? await this.logs.manager
          .getRepository(UserEntity)
          .find({ where: { id: In(actorIds) }, select: { id: true, displayName: true } })
      : [];
    const names = new Map(actors.map((a) => [a.id, a.displayName]));
    return {
      items: rows.map((r) => ({
        id: r.id,
        actorId: r.actorId,
        actorName: names.get(r.actorId) ?? '',
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        regionCode: r.regionCode,
        reason: r.reason,
        ip: r.ip,
        requestId: r.requestId,
        createdAt: r.createdAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }
}
