import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import { InvitationsService } from './invitations.service';
import {
  JobInvitationInputDto,
  JobInvitationListResponseDto,
  JobInvitationResponseDto,
} from './jobs.dto';

/** 邀请投递: employers invite, workers answer. */
@ApiTags('jobs')
@ApiBearerAuth()
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('employer/jobs/:id/invitations')
  @ApiOperation({
    summary: '邀请求职者投递岗位',
    description:
      '仅限本单位招聘中的岗位（单位审核通过且未列入失信名单）；求职者需已填写个人信息、尚未投递该岗位；同一岗位同一求职者只能邀请一次。',
  })
  @ApiCreatedResponse({ type: JobInvitationResponseDto })
  invite(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: JobInvitationInputDto,
  ): Promise<JobInvitationResponseDto> {
    return this.invitations.invite(auth, id, dto);
  }

  @Get('invitations/mine')
  @ApiOperation({ summary: '我收到的岗位邀请（待回复在前，再按时间从新到旧）' })
  @ApiOkResponse({ type: JobInvitationListResponseDto })
  mine(@CurrentUser() auth: AuthUser): Promise<JobInvitationListResponseDto> {
    return this.invitations.mine(auth);
  }

  @Post('invitations/:id/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: '接受邀请（待回复 → 已接受）',
    description: '接受后该单位可看到你的姓名和电话；接受不等于投递，仍需在岗位页投递。',
  })
  @ApiOkResponse({ type: JobInvitationResponseDto })
  accept(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<JobInvitationResponseDto> {
    return this.invitations.accept(auth, id);
  }

  @Post('invitations/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: '婉拒邀请（待回复 → 已婉拒）' })
  @ApiOkResponse({ type: JobInvitationResponseDto })
  decline(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<JobInvitationResponseDto> {
    return this.invitations.decline(auth, id);
  }
}
