import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CERTIFICATE_LEVELS,
  CERTIFICATE_TYPES,
  SESSION_STATUSES,
  type CertificateLevel,
  type CertificateType,
  type SessionStatus,
} from '@app/shared/enums';
import type {
  CourseInput,
  CourseListResponse,
  CourseView,
  LessonInput,
  LessonView,
  SessionDetail,
  SessionDetailResponse,
  SessionInput,
  SessionListItem,
  SessionListQuery,
  SessionListResponse,
} from '@app/shared/api';
import { PageQueryDto } from '../../common/page-query.dto';
import { toBoolean, trim } from '../../common/transforms';
import {
  DATE_MESSAGE,
  IsCalendarDate,
  IsDateTimeText,
  IsCountyCode,
  IsRegionCode,
} from '../../common/validators';

export class SessionListQueryDto extends PageQueryDto implements SessionListQuery {
  @ApiPropertyOptional({ example: 'fumian-caifeng' })
  @IsOptional()
  @IsString()
  @Length(1, 48)
  brandCode?: string;

  @ApiPropertyOptional({ example: 'fengren-gong' })
  @IsOptional()
  @IsString()
  @Length(1, 48)
  occupationCode?: string;

  @ApiPropertyOptional({ example: '450900', description: '地区（含下级）' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: '开班日期不早于' })
  @IsOptional()
  @IsCalendarDate({ message: DATE_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: '开班日期不晚于' })
  @IsOptional()
  @IsCalendarDate({ message: DATE_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ description: '只看还有名额的' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  hasSeats?: boolean;
}

export class CourseInputDto implements CourseInput {
  @ApiProperty({ example: 'fumian-caifeng' })
  @IsString()
  @Length(1, 48)
  brandCode: string;

  @ApiProperty({ example: 'fengren-gong' })
  @IsString()
  @Length(1, 48)
  occupationCode: string;

  @ApiProperty({ example: '福绵裁缝·缝纫工培训班' })
  @Transform(trim)
  @IsString()
  @Length(2, 64, { message: '课程名称应为2到64个字' })
  title: string;

  @ApiProperty({ example: 40 })
  @IsInt()
  @Min(1, { message: '课时至少1学时' })
  @Max(2000)
  hours: number;

  @ApiProperty({ enum: CERTIFICATE_TYPES })
  @IsIn(CERTIFICATE_TYPES)
  certificateType: CertificateType;

  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(CERTIFICATE_LEVELS)
  certificateLevel: CertificateLevel | null;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  description: string;
}

export class LessonInputDto implements LessonInput {
  @ApiProperty({ example: '2026-12-01T09:00:00+08:00' })
  @IsDateTimeText({ message: '上课时间格式不正确' })
  startsAt: string;

  @ApiProperty({ example: '2026-12-01T12:00:00+08:00' })
  @IsDateTimeText({ message: '下课时间格式不正确' })
  endsAt: string;

  @ApiProperty({ example: '裁剪基础' })
  @Transform(trim)
  @IsString()
  @Length(0, 64)
  topic: string;
}

export class SessionInputDto implements SessionInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择课程' })
  courseId: string;

  @ApiProperty({ example: '福绵裁缝冬季班' })
  @Transform(trim)
  @IsString()
  @Length(2, 64, { message: '班次名称应为2到64个字' })
  title: string;

  @ApiProperty({ example: '450903' })
  @IsCountyCode()
  regionCode: string;

  @ApiProperty({ example: '福绵镇服装产业园培训楼201' })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: '请填写上课地址' })
  address: string;

  @ApiProperty({ type: Number, nullable: true, example: 22.58 })
  @ValidateIf((_o, v) => v !== null)
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 110.05 })
  @ValidateIf((_o, v) => v !== null)
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude: number | null;

  @ApiProperty({ example: '2026-12-01' })
  @IsCalendarDate({ message: DATE_MESSAGE })
  startDate: string;

  @ApiProperty({ example: '2026-12-05' })
  @IsCalendarDate({ message: DATE_MESSAGE })
  endDate: string;

  @ApiProperty({ example: '2026-11-20' })
  @IsCalendarDate({ message: DATE_MESSAGE })
  enrolOpensAt: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate({ message: DATE_MESSAGE })
  enrolClosesAt: string;

  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(1, { message: '名额至少为1' })
  @Max(10000)
  capacity: number;

  @ApiProperty()
  @IsBoolean()
  subsidised: boolean;

  @ApiProperty({ example: 0.8 })
  @IsNumber()
  @Min(0)
  @Max(1)
  minAttendanceRate: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 300,
    description: '扫码签到的地理围栏半径（米）',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(50, { message: '围栏半径至少50米' })
  @Max(5000, { message: '围栏半径最多5000米' })
  geofenceRadiusMeters?: number | null;

  @ApiProperty({ type: () => LessonInputDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: '至少安排一次课' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LessonInputDto)
  lessons: LessonInputDto[];
}

export class CourseViewDto implements CourseView {
  @ApiProperty() id: string;
  @ApiProperty() providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty() brandCode: string;
  @ApiProperty() brandName: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty() title: string;
  @ApiProperty() hours: number;
  @ApiProperty({ enum: CERTIFICATE_TYPES }) certificateType: CertificateType;
  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true })
  certificateLevel: CertificateLevel | null;
  @ApiProperty() description: string;
  @ApiProperty() archived: boolean;
}

export class CourseListResponseDto implements CourseListResponse {
  @ApiProperty({ type: () => CourseViewDto, isArray: true }) items: CourseViewDto[];
}

export class SessionListItemDto implements SessionListItem {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() brandCode: string;
  @ApiProperty() brandName: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty() providerName: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() address: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty() enrolOpensAt: string;
  @ApiProperty() enrolClosesAt: string;
  @ApiProperty() capacity: number;
  @ApiProperty() seatsLeft: number;
  @ApiProperty() subsidised: boolean;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
}

export class SessionListResponseDto implements SessionListResponse {
  @ApiProperty({ type: () => SessionListItemDto, isArray: true }) items: SessionListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class LessonViewDto implements LessonView {
  @ApiProperty() id: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() topic: string;
}

export class SessionDetailDto extends SessionListItemDto implements SessionDetail {
  @ApiProperty() courseId: string;
  @ApiProperty() providerId: string;
  @ApiProperty() hours: number;
  @ApiProperty({ enum: CERTIFICATE_TYPES }) certificateType: CertificateType;
  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true })
  certificateLevel: CertificateLevel | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty() minAttendanceRate: number;
  @ApiProperty({ type: Number, nullable: true }) geofenceRadiusMeters: number | null;
  @ApiProperty() description: string;
  @ApiProperty({ type: () => LessonViewDto, isArray: true }) lessons: LessonViewDto[];
}

export class SessionDetailResponseDto implements SessionDetailResponse {
  @ApiProperty({ type: () => SessionDetailDto }) session: SessionDetailDto;
}
