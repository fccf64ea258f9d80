import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { trim } from '../../common/transforms';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@app/shared/enums';
import type {
  AssistedEnrolRequest,
  EnrolRequest,
  EnrolmentAttendance,
  EnrolmentListResponse,
  EnrolmentResponse,
  EnrolmentView,
} from '@app/shared/api';
import { LessonViewDto, SessionListItemDto } from '../training/training.dto';

export class EnrolDto implements EnrolRequest {
  @ApiPropertyOptional({ description: '每次点击生成一次；重复提交返回第一次的结果' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号格式不正确' })
  idempotencyKey?: string;
}

export class AssistedEnrolDto implements AssistedEnrolRequest {
  @ApiProperty({ format: 'uuid', description: '劳动者账号' })
  @IsUUID('all', { message: '请选择劳动者' })
  workerId: string;

  @ApiProperty({ example: '劳动者无智能手机，现场代为报名' })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: '请填写代为报名的原因（2到200个字）' })
  reason: string;
}

export class EnrolmentAttendanceDto implements EnrolmentAttendance {
  @ApiProperty({ description: '出勤（含迟到）次数' }) attended: number;
  @ApiProperty({ description: '已计入的课次' }) counted: number;
}

export class EnrolmentViewDto implements EnrolmentView {
  @ApiProperty() id: string;
  @ApiProperty() sessionId: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ type: Number, nullable: true, description: '候补位次（1为第一位）' })
  waitlistPosition: number | null;
  @ApiProperty({ description: '是否优先群体（候补优先）' }) priority: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: () => SessionListItemDto }) session: SessionListItemDto;
  @ApiProperty({ type: () => LessonViewDto, nullable: true, description: '下一次（或正在上的）课' })
  nextLesson: LessonViewDto | null;
  @ApiProperty({ type: () => EnrolmentAttendanceDto, nullable: true, description: '目前出勤' })
  attendance: EnrolmentAttendanceDto | null;
}

export class EnrolmentResponseDto implements EnrolmentResponse {
  @ApiProperty({ type: () => EnrolmentViewDto }) enrolment: EnrolmentViewDto;
}

export class EnrolmentListResponseDto implements EnrolmentListResponse {
  @ApiProperty({ type: () => EnrolmentViewDto, isArray: true }) items: EnrolmentViewDto[];
}
