import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { attachmentDisposition } from '../../common/attachment';
import { UUID_PARAM } from '../../common/uuid-param';
import { XLSX_CONTENT_TYPE } from '../../common/xlsx';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import {
  AttendanceSyncDto,
  AttendanceSyncResponseDto,
  CompletionResponseDto,
  LessonQrResponseDto,
  QrCheckInDto,
  QrCheckInResponseDto,
  RosterResponseDto,
} from './attendance.dto';
import { AttendanceService } from './attendance.service';

@ApiTags('attendance')
@ApiBearerAuth()
@Controller()
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Get('provider/sessions/:id/roster')
  @ApiOperation({ summary: '班次花名册与出勤（本机构讲师、辖区管理员）' })
  @ApiOkResponse({ type: RosterResponseDto })
  roster(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<RosterResponseDto> {
    return this.attendance.roster(auth, id);
  }

  @Get('provider/sessions/:id/attendance.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: '导出出勤表（Excel）',
    description: '两张工作表：出勤表（每次课一列、出勤次数与出勤率）和花名册（手机号已打码）。',
  })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'xlsx 文件', schema: { type: 'string', format: 'binary' } })
  async exportXlsx(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<StreamableFile> {
    const file = await this.attendance.exportXlsx(auth, id);
    return new StreamableFile(file.content, {
      type: XLSX_CONTENT_TYPE,
      disposition: attachmentDisposition(file.fileName, 'attendance.xlsx'),
      length: file.content.byteLength,
    });
  }

  @Post('provider/sessions/:id/attendance')
  @HttpCode(200)
  @ApiOperation({
    summary: '提交点名（可离线后批量同步）',
    description: '每条记录按 mutationId 只生效一次；同一学员同一节课以点名时间最新者为准。',
  })
  @ApiOkResponse({ type: AttendanceSyncResponseDto })
  sync(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: AttendanceSyncDto,
  ): Promise<AttendanceSyncResponseDto> {
    return this.attendance.sync(auth, id, dto);
  }

  @Get('provider/sessions/:id/completion')
  @ApiOperation({ summary: '结业预览（出勤率与结业结果）' })
  @ApiOkResponse({ type: CompletionResponseDto })
  completion(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<CompletionResponseDto> {
    return this.attendance.completion(auth, id);
  }

  @Post('provider/sessions/:id/completion')
  @HttpCode(200)
  @ApiOperation({
    summary: '确认结业',
    description: '最后一节课结束后由本机构讲师确认；达到最低出勤率的为已结业，其余为未结业。',
  })
  @ApiOkResponse({ type: CompletionResponseDto })
  confirmCompletion(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<CompletionResponseDto> {
    return this.attendance.confirmCompletion(auth, id);
  }

  @Get('provider/lessons/:id/qr')
  @ApiOperation({ summary: '签到二维码（每30秒更换）' })
  @ApiOkResponse({ type: LessonQrResponseDto })
  qr(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<LessonQrResponseDto> {
    return this.attendance.qr(auth, id);
  }

  @Post('attendance/check-in')
  @HttpCode(200)
  @ApiOperation({
    summary: '扫码签到',
    description: '二维码在扫码时须为当前或前后一个时段；离线扫码可稍后提交并带上扫码时间。',
  })
  @ApiOkResponse({ type: QrCheckInResponseDto })
  checkIn(@CurrentUser() auth: AuthUser, @Body() dto: QrCheckInDto): Promise<QrCheckInResponseDto> {
    return this.attendance.checkIn(auth, dto);
  }
}
