import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../auth/auth-user';
import { StaffGrantDto, StaffListResponseDto } from './staff.dto';
import { StaffService } from './staff.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({ summary: '管辖范围内的管理员' })
  @ApiOkResponse({ type: StaffListResponseDto })
  list(@CurrentUser() auth: AuthUser): Promise<StaffListResponseDto> {
    return this.staff.list(auth);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: '任命或调整管理员',
    description: '管辖区划须在本人范围内；记入审计日志。',
  })
  @ApiOkResponse({ type: StaffListResponseDto })
  grant(
    @CurrentUser() auth: AuthUser,
    @Body() dto: StaffGrantDto,
    @Meta() meta: RequestMeta,
  ): Promise<StaffListResponseDto> {
    return this.staff.grant(auth, dto, meta);
  }

  @Delete(':userId')
  @ApiOperation({ summary: '取消管理员', description: '记入审计日志。' })
  @ApiOkResponse({ type: StaffListResponseDto })
  revoke(
    @CurrentUser() auth: AuthUser,
    @Param('userId', UUID_PARAM) userId: string,
    @Meta() meta: RequestMeta,
  ): Promise<StaffListResponseDto> {
    return this.staff.revoke(auth, userId, meta);
  }
}
