import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import { AuditLogListResponseDto, AuditLogQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/audit-logs')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: '审计日志（管辖范围内）' })
  @ApiOkResponse({ type: AuditLogListResponseDto })
  list(
    @CurrentUser() auth: AuthUser,
    @Query() query: AuditLogQueryDto,
  ): Promise<AuditLogListResponseDto> {
    return this.audit.list(auth, query);
  }
}
