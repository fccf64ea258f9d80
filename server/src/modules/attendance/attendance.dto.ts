import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
  ValidateIf,
} from 'class-validator';
import {
  ATTENDANCE_METHODS,
  ATTENDANCE_STATUSES,
  ENROLMENT_STATUSES,
  type AttendanceMethod,
  type AttendanceStatus,
  type EnrolmentStatus,
} from '@app/shared/enums';
import type {
  AttendanceMarkInput,
  CompletionEntry,
  CompletionResponse,
  AttendanceSyncRequest,
  AttendanceSyncResponse,
  AttendanceSyncResult,
  LessonQrResponse,
  QrCheckInRequest,
  QrCheckInResponse,
  RosterEntry,
  RosterMark,
  RosterResponse,
} from '@app/shared/api';
import { IsDateTimeText } from '../../common/validators';
import { LessonViewDto } from '../training/training.dto';

export class AttendanceMarkDto implements AttendanceMarkInput {
  @ApiProperty({ example: 'm-2f0c1e7a9b' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '记录编号格式不正确' })
  mutationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '课次编号格式不正确' })
  lessonId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '学员编号格式不正确' })
  workerId: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus;

  @ApiProperty({ example: '2026-12-01T09:05:00+08:00' })
  @IsDateTimeText({ message: '点名时间格式不正确' })
  markedAt: string;

  @ApiProperty({
    enum: ['roll_call', 'offline', 'import'],
    description: 'import: typed in afterwards from a paper sign-in sheet or another system',
  })
  @IsIn(['roll_call', 'offline', 'import'], { message: '点名方式只能是现场点名、离线点名或导入' })
  method: 'roll_call' | 'offline' | 'import';
}

export class AttendanceSyncDto implements AttendanceSyncRequest {
  @ApiProperty({ type: () => AttendanceMarkDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: '没有要同步的点名记录' })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkDto)
  marks: AttendanceMarkDto[];
}

export class QrCheckInDto implements QrCheckInRequest {
  @ApiPropertyOptional({ description: '扫描到的签到二维码内容（与 code 二选一）' })
  @ValidateIf((o: QrCheckInDto) => o.code === undefined)
  @IsString({ message: '请扫描签到二维码或输入6位签到码' })
  @Length(10, 200, { message: '签到码无效' })
  token?: string;

  @ApiPropertyOptional({
    example: '042917',
    description: '老师屏幕上的6位签到码（无法扫码时输入）',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '签到码为6位数字' })
  code?: string;

  @ApiPropertyOptional({ example: '2026-12-01T09:03:00+08:00' })
  @IsOptional()
  @IsDateTimeText({ message: '扫码时间格式不正确' })
  scannedAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number;
}

export class AttendanceSyncResultDto implements AttendanceSyncResult {
  @ApiProperty() mutationId: string;
  @ApiProperty({ enum: ['applied', 'duplicate', 'stale'] }) outcome:
    'applied' | 'duplicate' | 'stale';
}

export class AttendanceSyncResponseDto implements AttendanceSyncResponse {
  @ApiProperty({ type: () => AttendanceSyncResultDto, isArray: true })
  results: AttendanceSyncResultDto[];
}

export class RosterMarkDto implements RosterMark {
  @ApiProperty() lessonId: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status: AttendanceStatus;
  @ApiProperty({ enum: ATTENDANCE_METHODS }) method: AttendanceMethod;
  @ApiProperty() markedAt: string;
}

export class RosterEntryDto implements RosterEntry {
  @ApiProperty() enrolmentId: string;
  @ApiProperty() workerId: string;
  @ApiProperty() realName: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) enrolmentStatus: EnrolmentStatus;
  @ApiProperty({ type: () => RosterMarkDto, isArray: true }) marks: RosterMarkDto[];
  @ApiProperty({ type: Number, nullable: true }) attendanceRate: number | null;
  @ApiProperty({ description: '目前出勤率低于结业要求' }) atRisk: boolean;
}

export class RosterResponseDto implements RosterResponse {
  @ApiProperty() sessionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ description: '结业所需最低出勤率（0–1）' }) minAttendanceRate: number;
  @ApiProperty({ type: () => LessonViewDto, isArray: true }) lessons: LessonViewDto[];
  @ApiProperty({ type: () => RosterEntryDto, isArray: true }) entries: RosterEntryDto[];
}

export class LessonQrResponseDto implements LessonQrResponse {
  @ApiProperty() token: string;
  @ApiProperty({ description: '同一时段的6位数字签到码' }) code: string;
  @ApiProperty() slotSeconds: number;
  @ApiProperty() expiresInSeconds: number;
}

export class QrCheckInResponseDto implements QrCheckInResponse {
  @ApiProperty() lessonId: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status: AttendanceStatus;
  @ApiProperty() markedAt: string;
}

export class CompletionEntryDto implements CompletionEntry {
  @ApiProperty() enrolmentId: string;
  @ApiProperty() workerId: string;
  @ApiProperty() realName: string;
  @ApiProperty() attendanceRate: number;
  @ApiProperty({ enum: ['completed', 'dropped'] }) outcome: 'completed' | 'dropped';
}

export class CompletionResponseDto implements CompletionResponse {
  @ApiProperty() sessionId: string;
  @ApiProperty() minAttendanceRate: number;
  @ApiProperty({ description: '是否已确认（确认后报名状态变为已结业 / 未结业）' }) final: boolean;
  @ApiProperty({ type: () => CompletionEntryDto, isArray: true }) entries: CompletionEntryDto[];
}
