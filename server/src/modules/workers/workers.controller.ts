import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../auth/auth-user';
import {
  AssistedWorkerDto,
  RevealIdNumberDto,
  RevealIdNumberResponseDto,
  WorkerDataExportDto,
  WorkerListQueryDto,
  WorkerListResponseDto,
  WorkerProfileInputDto,
  WorkerProfileResponseDto,
} from './workers.dto';
import { WorkersService } from './workers.service';

@ApiTags('workers')
@ApiBearerAuth()
@Controller()
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Get('workers/me/profile')
  @ApiOperation({ summary: '我的个人信息（身份证号脱敏）' })
  @ApiOkResponse({ type: WorkerProfileResponseDto })
  getOwn(@CurrentUser() auth: AuthUser): Promise<WorkerProfileResponseDto> {
    return this.workers.getOwn(auth);
  }

  @Put('workers/me/profile')
  @ApiOperation({
    summary: '填写或修改我的个人信息',
    description: '需同意当前版本的《个人信息保护告知书》；填写重点群体需单独同意。',
  })
  @ApiOkResponse({ type: WorkerProfileResponseDto })
  upsertOwn(
    @CurrentUser() auth: AuthUser,
    @Body() dto: WorkerProfileInputDto,
  ): Promise<WorkerProfileResponseDto> {
    return this.workers.upsertOwn(auth, dto);
  }

  @Get('workers/me/profile/id-number')
  @ApiOperation({ summary: '查看本人完整身份证号（记入审计日志）' })
  @ApiOkResponse({ type: RevealIdNumberResponseDto })
  revealOwn(
    @CurrentUser() auth: AuthUser,
    @Meta() meta: RequestMeta,
  ): Promise<RevealIdNumberResponseDto> {
    return this.workers.revealOwn(auth, meta);
  }

  @Post('workers/assisted')
  @ApiOperation({
    summary: '代为注册劳动者',
    description: '培训讲师（所在机构已认证）或辖区管理员为没有智能手机的劳动者登记，需纸质同意书。',
  })
  @ApiCreatedResponse({ type: WorkerProfileResponseDto })
  registerAssisted(
    @CurrentUser() auth: AuthUser,
    @Body() dto: AssistedWorkerDto,
    @Meta() meta: RequestMeta,
  ): Promise<WorkerProfileResponseDto> {
    return this.workers.registerAssisted(auth, dto, meta);
  }

  @Get('admin/workers')
  @ApiTags('admin')
  @ApiOperation({ summary: '辖区劳动者列表（脱敏）' })
  @ApiOkResponse({ type: WorkerListResponseDto })
  list(
    @CurrentUser() auth: AuthUser,
    @Query() query: WorkerListQueryDto,
  ): Promise<WorkerListResponseDto> {
    return this.workers.list(auth, query);
  }

  @Get('admin/workers/:userId')
  @ApiTags('admin')
  @ApiOperation({ summary: '辖区劳动者详情（脱敏）' })
  @ApiOkResponse({ type: WorkerProfileResponseDto })
  getForAdmin(
    @CurrentUser() auth: AuthUser,
    @Param('userId', UUID_PARAM) userId: string,
  ): Promise<WorkerProfileResponseDto> {
    return this.workers.getForAdmin(auth, userId);
  }

  @Post('admin/workers/:userId/id-number')
  @HttpCode(200)
  @ApiTags('admin')
  @ApiOperation({ summary: '查看劳动者完整身份证号', description: '需填写原因，记入审计日志。' })
  @ApiOkResponse({ type: RevealIdNumberResponseDto })
  revealForAdmin(
    @CurrentUser() auth: AuthUser,
    @Param('userId', UUID_PARAM) userId: string,
    @Body() dto: RevealIdNumberDto,
    @Meta() meta: RequestMeta,
  ): Promise<RevealIdNumberResponseDto> {
    return this.workers.revealForAdmin(auth, userId, dto.reason, meta);
  }

  @Get('me/export')
  @ApiTags('users')
  @ApiOperation({ summary: '导出我的全部个人数据（JSON）' })
  @ApiOkResponse({ type: WorkerDataExportDto })
  exportOwn(@CurrentUser() auth: AuthUser): Promise<WorkerDataExportDto> {
    return this.workers.exportOwn(auth);
  }

  @Delete('me')
  @HttpCode(204)
  @ApiTags('users')
  @ApiOperation({
    summary: '注销账号',
    description: '清除姓名、身份证号、手机号等个人信息，统计数据匿名保留。',
  })
  @ApiNoContentResponse()
  deleteOwn(@CurrentUser() auth: AuthUser): Promise<void> {
    return this.workers.deleteOwn(auth);
  }
}
