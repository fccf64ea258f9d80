import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../auth/auth-user';
import {
  AttachTrainerDto,
  EmployerInputDto,
  EmployerResponseDto,
  JoinProviderDto,
  OrganisationListQueryDto,
  OrganisationListResponseDto,
  ProviderInputDto,
  ProviderInviteResponseDto,
  ProviderResponseDto,
  RejectDto,
  TrainerListResponseDto,
} from './organisations.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post('employers')
  @ApiOperation({
    summary: '用人单位入驻',
    description: '提交后待辖区人社局审核；审核通过前不能发布岗位。',
  })
  @ApiCreatedResponse({ type: EmployerResponseDto })
  createEmployer(
    @CurrentUser() auth: AuthUser,
    @Body() dto: EmployerInputDto,
  ): Promise<EmployerResponseDto> {
    return this.organisations.createEmployer(auth, dto);
  }

  @Get('employers/mine')
  @ApiOperation({ summary: '我的用人单位' })
  @ApiOkResponse({ type: EmployerResponseDto })
  getMyEmployer(@CurrentUser() auth: AuthUser): Promise<EmployerResponseDto> {
    return this.organisations.getMyEmployer(auth);
  }

  @Put('employers/mine')
  @ApiOperation({ summary: '修改用人单位信息', description: '被驳回的修改后重新进入待审核。' })
  @ApiOkResponse({ type: EmployerResponseDto })
  updateMyEmployer(
    @CurrentUser() auth: AuthUser,
    @Body() dto: EmployerInputDto,
  ): Promise<EmployerResponseDto> {
    return this.organisations.updateMyEmployer(auth, dto);
  }

  @Post('providers')
  @ApiOperation({ summary: '培训机构入驻', description: '提交人成为该机构的管理员讲师。' })
  @ApiCreatedResponse({ type: ProviderResponseDto })
  createProvider(
    @CurrentUser() auth: AuthUser,
    @Body() dto: ProviderInputDto,
  ): Promise<ProviderResponseDto> {
    return this.organisations.createProvider(auth, dto);
  }

  @Get('providers/mine')
  @ApiOperation({ summary: '我的培训机构' })
  @ApiOkResponse({ type: ProviderResponseDto })
  getMyProvider(@CurrentUser() auth: AuthUser): Promise<ProviderResponseDto> {
    return this.organisations.getMyProvider(auth);
  }

  @Put('providers/mine')
  @ApiOperation({ summary: '修改培训机构信息（机构管理员）' })
  @ApiOkResponse({ type: ProviderResponseDto })
  updateMyProvider(
    @CurrentUser() auth: AuthUser,
    @Body() dto: ProviderInputDto,
  ): Promise<ProviderResponseDto> {
    return this.organisations.updateMyProvider(auth, dto);
  }

  @Get('providers/mine/trainers')
  @ApiOperation({ summary: '本机构的讲师' })
  @ApiOkResponse({ type: TrainerListResponseDto })
  listTrainers(@CurrentUser() auth: AuthUser): Promise<TrainerListResponseDto> {
    return this.organisations.listTrainers(auth);
  }

  @Post('providers/mine/invites')
  @ApiOperation({
    summary: '生成讲师邀请码（机构管理员）',
    description: '8位，7天内有效，仅可使用一次。',
  })
  @ApiCreatedResponse({ type: ProviderInviteResponseDto })
  createInvite(@CurrentUser() auth: AuthUser): Promise<ProviderInviteResponseDto> {
    return this.organisations.createInvite(auth);
  }

  @Post('providers/join')
  @HttpCode(200)
  @ApiOperation({ summary: '凭邀请码加入培训机构' })
  @ApiOkResponse({ type: ProviderResponseDto })
  joinProvider(
    @CurrentUser() auth: AuthUser,
    @Body() dto: JoinProviderDto,
  ): Promise<ProviderResponseDto> {
    return this.organisations.joinProvider(auth, dto.code);
  }

  @Get('admin/organisations')
  @ApiTags('admin')
  @ApiOperation({ summary: '辖区内的用人单位和培训机构（审核列表）' })
  @ApiOkResponse({ type: OrganisationListResponseDto })
  list(
    @CurrentUser() auth: AuthUser,
    @Query() query: OrganisationListQueryDto,
  ): Promise<OrganisationListResponseDto> {
    return this.organisations.list(auth, query);
  }

  @Post('admin/employers/:id/verify')
  @HttpCode(200)
  @ApiTags('admin')
  @ApiOperation({ summary: '用人单位审核通过' })
  @ApiOkResponse({ type: EmployerResponseDto })
  verifyEmployer(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<EmployerResponseDto> {
    return this.organisations.verifyEmployer(auth, id, meta);
  }

  @Post('admin/employers/:id/reject')
  @HttpCode(200)
  @ApiTags('admin')
  @ApiOperation({ summary: '用人单位审核驳回' })
  @ApiOkResponse({ type: EmployerResponseDto })
  rejectEmployer(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: RejectDto,
    @Meta() meta: RequestMeta,
  ): Promise<EmployerResponseDto> {
    return this.organisations.rejectEmployer(auth, id, dto.reason, meta);
  }

  @Post('admin/providers/:id/verify')
  @HttpCode(200)
  @ApiTags('admin')
  @ApiOperation({ summary: '培训机构审核通过' })
  @ApiOkResponse({ type: ProviderResponseDto })
  verifyProvider(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<ProviderResponseDto> {
    return this.organisations.verifyProvider(auth, id, meta);
  }

  @Post('admin/providers/:id/reject')
  @HttpCode(200)
  @ApiTags('admin')
  @ApiOperation({ summary: '培训机构审核驳回' })
  @ApiOkResponse({ type: ProviderResponseDto })
  rejectProvider(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: RejectDto,
    @Meta() meta: RequestMeta,
  ): Promise<ProviderResponseDto> {
    return this.organisations.rejectProvider(auth, id, dto.reason, meta);
  }

  @Post('admin/providers/:id/trainers')
  @HttpCode(200)
  @ApiTags('admin')
  @ApiOperation({ summary: '为培训机构添加讲师（按手机号）' })
  @ApiOkResponse({ type: TrainerListResponseDto })
  attachTrainer(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: AttachTrainerDto,
    @Meta() meta: RequestMeta,
  ): Promise<TrainerListResponseDto> {
    return this.organisations.attachTrainer(auth, id, dto.phone, meta);
  }
}
