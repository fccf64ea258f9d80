import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import {
  AssistedEnrolDto,
  EnrolDto,
  EnrolmentListResponseDto,
  EnrolmentResponseDto,
} from './enrolment.dto';
import { EnrolmentService } from './enrolment.service';

@ApiTags('enrolment')
@ApiBearerAuth()
@Controller()
export class EnrolmentController {
  constructor(private readonly enrolment: EnrolmentService) {}

  @Post('sessions/:id/enrolments')
  @HttpCode(200)
  @ApiOperation({
    summary: '报名培训班次',
    description:
      '有名额即报名成功，否则进入候补（优先群体优先，同组先到先得）。重复提交返回已有结果。',
  })
  @ApiOkResponse({ type: EnrolmentResponseDto })
  enrol(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: EnrolDto,
  ): Promise<EnrolmentResponseDto> {
    return this.enrolment.enrol(auth, id, dto);
  }

  @Post('sessions/:id/enrolments/assisted')
  @HttpCode(200)
  @ApiOperation({
    summary: '代为报名',
    description: '本班次所属机构的讲师或辖区管理员为劳动者报名，记录操作人和原因。',
  })
  @ApiOkResponse({ type: EnrolmentResponseDto })
  enrolAssisted(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: AssistedEnrolDto,
  ): Promise<EnrolmentResponseDto> {
    return this.enrolment.enrolAssisted(auth, id, dto);
  }

  @Post('enrolments/:id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: '取消报名',
    description: '空出的名额立即递补给候补第一位；重复取消无影响。',
  })
  @ApiOkResponse({ type: EnrolmentResponseDto })
  cancel(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<EnrolmentResponseDto> {
    return this.enrolment.cancel(auth, id);
  }

  @Get('enrolments/mine')
  @ApiOperation({ summary: '我的培训报名' })
  @ApiOkResponse({ type: EnrolmentListResponseDto })
  mine(@CurrentUser() auth: AuthUser): Promise<EnrolmentListResponseDto> {
    return this.enrolment.mine(auth);
  }
}
