import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/page-query.dto';
import { IsIn, IsOptional } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction } from '@app/shared/enums';
import type { AuditLogItem, AuditLogListResponse } from '@app/shared/api';

export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;
}

export class AuditLogItemDto implements AuditLogItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) actorId: string;
  @ApiProperty() actorName: string;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ enum: ['user', 'worker', 'employer', 'provider', 'brand', 'occupation'] })
  targetType: AuditLogItem['targetType'];
  @ApiProperty() targetId: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuditLogListResponseDto implements AuditLogListResponse {
  @ApiProperty({ type: () => AuditLogItemDto, isArray: true }) items: AuditLogItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
