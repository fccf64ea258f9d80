import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../../common/public.decorator';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../auth/auth-user';
import {
  AdminCertificationQueryDto,
  AssessmentResultDto,
  CertificateVerifyQueryDto,
  CertificateVerifyResponseDto,
  CertificationApplyDto,
  CertificationListResponseDto,
  CertificationPageDto,
  CertificationResponseDto,
  ClassCertificationApplyDto,
  IssueCertificateDto,
  ScheduleAssessmentDto,
} from './certification.dto';
import { CertificationService } from './certification.service';

@ApiTags('certification')
@ApiBearerAuth()
@Controller()
export class CertificationController {
  constructor(private readonly certification: CertificationService) {}

  @Post('certifications')
  @ApiOperation({
    summary: '申请技能评价',
    description: '结业后申请；等级为课程对应等级，或已取得等级的上一级；未通过可重考。',
  })
  @ApiCreatedResponse({ type: CertificationResponseDto })
  apply(
    @CurrentUser() auth: AuthUser,
    @Body() dto: CertificationApplyDto,
  ): Promise<CertificationResponseDto> {
    return this.certification.apply(auth, dto);
  }

  @Get('certifications/mine')
  @ApiOperation({ summary: '我的证书与评价申请（含进度）' })
  @ApiOkResponse({ type: CertificationListResponseDto })
  mine(@CurrentUser() auth: AuthUser): Promise<CertificationListResponseDto> {
    return this.certification.mine(auth);
  }

  @Post('provider/sessions/:id/certifications')
  @HttpCode(200)
  @ApiOperation({ summary: '为本班结业学员申请技能评价（本机构讲师）' })
  @ApiOkResponse({ type: CertificationListResponseDto })
  applyForClass(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: ClassCertificationApplyDto,
  ): Promise<CertificationListResponseDto> {
    return this.certification.applyForClass(auth, id, dto);
  }

  @Get('provider/sessions/:id/certifications')
  @ApiOperation({ summary: '本班次的技能评价申请（本机构讲师、辖区管理员）' })
  @ApiOkResponse({ type: CertificationListResponseDto })
  forSession(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<CertificationListResponseDto> {
    return this.certification.forSession(auth, id);
  }

  @Post('certifications/:id/schedule')
  @HttpCode(200)
  @ApiOperation({ summary: '安排考核（时间、地点；可改期）' })
  @ApiOkResponse({ type: CertificationResponseDto })
  schedule(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: ScheduleAssessmentDto,
  ): Promise<CertificationResponseDto> {
    return this.certification.schedule(auth, id, dto);
  }

  @Post('certifications/:id/result')
  @HttpCode(200)
  @ApiOperation({ summary: '录入考核成绩（通过/未通过）' })
  @ApiOkResponse({ type: CertificationResponseDto })
  result(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: AssessmentResultDto,
  ): Promise<CertificationResponseDto> {
    return this.certification.recordResult(auth, id, dto);
  }

  @Post('certifications/:id/issue')
  @HttpCode(200)
  @ApiOperation({ summary: '发放证书（辖区管理员）' })
  @ApiOkResponse({ type: CertificationResponseDto })
  issue(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: IssueCertificateDto,
  ): Promise<CertificationResponseDto> {
    return this.certification.issue(auth, id, dto);
  }

  @Get('admin/certifications')
  @ApiOperation({ summary: '辖区内的技能评价申请' })
  @ApiOkResponse({ type: CertificationPageDto })
  adminList(
    @CurrentUser() auth: AuthUser,
    @Query() query: AdminCertificationQueryDto,
  ): Promise<CertificationPageDto> {
    return this.certification.adminList(auth, query);
  }

  @Public()
  @Get('certificates/verify')
  @ApiOperation({
    summary: '证书真伪查询（公开）',
    description: '返回脱敏的持证人姓名、职业、等级、发证机构和日期；每个地址每分钟最多20次。',
  })
  @ApiOkResponse({ type: CertificateVerifyResponseDto })
  verify(
    @Query() query: CertificateVerifyQueryDto,
    @Meta() meta: RequestMeta,
  ): Promise<CertificateVerifyResponseDto> {
    return this.certification.verify(query.no, meta.ip ?? 'unknown');
  }
}
