import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQueryDto } from '../../common/page-query.dto';
import { Public } from '../../common/public.decorator';
import { PublicCached } from '../../common/public-cache';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import { ApplicationsService } from './applications.service';
import {
  ApplicationListResponseDto,
  ApplicationResponseDto,
  ApplicationStepDto,
  HireDto,
  HireResponseDto,
  JobInputDto,
  JobListQueryDto,
  JobPageDto,
  JobResponseDto,
} from './jobs.dto';
import { JobsService } from './jobs.service';
import { OptionalUser, OptionalUserGuard } from './optional-user';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller()
export class JobsController {
  constructor(
    private readonly jobs: JobsService,
    private readonly applications: ApplicationsService,
  ) {}

  // ——— employers' postings ———

  @Post('employer/jobs')
  @ApiOperation({
    summary: '新建岗位（草稿）',
    description: '仅限审核通过且未列入失信名单的用人单位。',
  })
  @ApiCreatedResponse({ type: JobResponseDto })
  create(@CurrentUser() auth: AuthUser, @Body() dto: JobInputDto): Promise<JobResponseDto> {
    return this.jobs.create(auth, dto);
  }

  @Put('employer/jobs/:id')
  @ApiOperation({ summary: '修改岗位（草稿或招聘中）' })
  @ApiOkResponse({ type: JobResponseDto })
  update(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: JobInputDto,
  ): Promise<JobResponseDto> {
    return this.jobs.update(auth, id, dto);
  }

  @Post('employer/jobs/:id/open')
  @HttpCode(200)
  @ApiOperation({ summary: '发布岗位（草稿 → 招聘中）' })
  @ApiOkResponse({ type: JobResponseDto })
  open(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<JobResponseDto> {
    return this.jobs.open(auth, id);
  }

  @Post('employer/jobs/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '结束招聘（再次结束不变）' })
  @ApiOkResponse({ type: JobResponseDto })
  close(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<JobResponseDto> {
    return this.jobs.close(auth, id);
  }

  @Get('employer/jobs')
  @ApiOperation({ summary: '本单位的岗位（全部状态，最新在前）' })
  @ApiOkResponse({ type: JobPageDto })
  mine(@CurrentUser() auth: AuthUser, @Query() query: PageQueryDto): Promise<JobPageDto> {
    return this.jobs.mine(auth, query);
  }

  @Get('employer/jobs/:id/applications')
  @ApiOperation({ summary: '岗位的投递者（含姓名、电话、证书）' })
  @ApiOkResponse({ type: ApplicationListResponseDto })
  applicants(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<ApplicationListResponseDto> {
    return this.applications.forJob(auth, id);
  }

  // ——— public ———

  @Get('jobs')
  @PublicCached()
  @ApiOperation({
    summary: '招聘中的岗位（公开）',
    description: '地区筛选包含下级地区；月薪筛选为最高月薪不低于所填数；最新发布在前。',
  })
  @ApiOkResponse({ type: JobPageDto })
  list(@Query() query: JobListQueryDto): Promise<JobPageDto> {
    return this.jobs.list(query);
  }

  @Get('jobs/:id')
  @Public()
  @UseGuards(OptionalUserGuard)
  @ApiOperation({ summary: '岗位详情（公开；草稿仅本单位可见）' })
  @ApiOkResponse({ type: JobResponseDto })
  detail(
    @OptionalUser() auth: AuthUser | null,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<JobResponseDto> {
    return this.jobs.detail(auth, id);
  }

  // ——— workers ———

  @Post('jobs/:id/applications')
  @ApiOperation({
    summary: '投递岗位',
    description:
      '需先完善个人信息；岗位要求证书时需持有相应证书（接受学员的岗位：在训或已结业亦可）；重复投递返回原投递。',
  })
  @ApiCreatedResponse({ type: ApplicationResponseDto })
  apply(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<ApplicationResponseDto> {
    return this.applications.apply(auth, id);
  }

  @Get('applications/mine')
  @ApiOperation({ summary: '我的投递（含进度）' })
  @ApiOkResponse({ type: ApplicationListResponseDto })
  myApplications(@CurrentUser() auth: AuthUser): Promise<ApplicationListResponseDto> {
    return this.applications.mine(auth);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '撤回投递（录用通知发出前）' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  withdraw(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<ApplicationResponseDto> {
    return this.applications.withdraw(auth, id);
  }

  // ——— the employer's pipeline ———

  @Post('applications/:id/step')
  @HttpCode(200)
  @ApiOperation({ summary: '处理投递：查看、约面试、发录用、不合适' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  step(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: ApplicationStepDto,
  ): Promise<ApplicationResponseDto> {
    return this.applications.step(auth, id, dto);
  }

  @Post('applications/:id/hire')
  @HttpCode(200)
  @ApiOperation({
    summary: '登记入职（已发录用 → 已入职）',
    description: '生成就业记录；录满招聘人数时岗位自动结束。',
  })
  @ApiOkResponse({ type: HireResponseDto })
  hire(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: HireDto,
  ): Promise<HireResponseDto> {
    return this.applications.hire(auth, id, dto);
  }
}
