import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  CERTIFICATE_LEVELS,
  CERTIFICATE_TYPES,
  CERTIFICATION_APPLICANTS,
  CERTIFICATION_STATUSES,
  type CertificateLevel,
  type CertificateType,
  type CertificationApplicant,
  type CertificationStatus,
} from '@app/shared/enums';
import type {
  AssessmentResultRequest,
  CertificateVerifyResponse,
  CertificationApplyRequest,
  CertificationEventView,
  CertificationListResponse,
  CertificationPage,
  CertificationResponse,
  CertificationView,
  ClassCertificationApplyRequest,
  IssueCertificateRequest,
  ScheduleAssessmentRequest,
} from '@app/shared/api';
import { PageQueryDto } from '../../common/page-query.dto';
import { trim, upperTrim } from '../../common/transforms';
import { DATE_MESSAGE, IsCalendarDate, IsDateTimeText } from '../../common/validators';

const LEVEL_MESSAGE = '请选择正确的技能等级（5级初级工到1级高级技师）';
/** Letters, digits and hyphens, as printed on certificates (e.g. S000045090100123). */
const CERTIFICATE_NO = /^[A-Z0-9][A-Z0-9-]{5,39}$/;
const CERTIFICATE_NO_MESSAGE = '证书编号应为6到40位字母、数字或连字符';

export class CertificationApplyDto implements CertificationApplyRequest {
  @ApiProperty({ format: 'uuid', description: '已结业的报名记录' })
  @IsUUID('all', { message: '请选择已结业的培训' })
  enrolmentId: string;

  @ApiPropertyOptional({ enum: CERTIFICATE_LEVELS, description: '默认为课程对应等级' })
  @IsOptional()
  @IsIn(CERTIFICATE_LEVELS, { message: LEVEL_MESSAGE })
  level?: CertificateLevel;
}

export class ClassCertificationApplyDto implements ClassCertificationApplyRequest {
  @ApiPropertyOptional({ enum: CERTIFICATE_LEVELS, description: '默认为课程对应等级' })
  @IsOptional()
  @IsIn(CERTIFICATE_LEVELS, { message: LEVEL_MESSAGE })
  level?: CertificateLevel;
}

export class ScheduleAssessmentDto implements ScheduleAssessmentRequest {
  @ApiProperty({ example: '2026-12-20T09:00:00+08:00' })
  @IsDateTimeText({ message: '考核时间格式不正确' })
  scheduledAt: string;

  @ApiProperty({ example: '玉林市福绵区职业技能鉴定站 201室' })
  @Transform(trim)
  @IsString({ message: '请填写考核地点' })
  @Length(2, 100, { message: '考核地点应为2到100个字' })
  place: string;
}

export class AssessmentResultDto implements AssessmentResultRequest {
  @ApiProperty({ description: '是否通过' })
  @IsBoolean({ message: '请选择是否通过' })
  passed: boolean;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: '成绩应为0到100的整数' })
  @Min(0, { message: '成绩应为0到100的整数' })
  @Max(100, { message: '成绩应为0到100的整数' })
  score: number;
}

export class IssueCertificateDto implements IssueCertificateRequest {
  @ApiProperty({ example: 'S000045090100123' })
  @Transform(upperTrim)
  @IsString({ message: CERTIFICATE_NO_MESSAGE })
  @Matches(CERTIFICATE_NO, { message: CERTIFICATE_NO_MESSAGE })
  certificateNo: string;

  @ApiProperty({ example: '玉林市人力资源和社会保障局' })
  @Transform(trim)
  @IsString({ message: '请填写发证机构' })
  @Length(2, 60, { message: '发证机构应为2到60个字' })
  issuer: string;

  @ApiProperty({ example: '2026-12-28' })
  @IsCalendarDate({ message: DATE_MESSAGE })
  issuedOn: string;
}

export class CertificateVerifyQueryDto {
  @ApiProperty({ description: '证书编号' })
  @Transform(upperTrim)
  @IsString({ message: '请输入证书编号' })
  @Matches(CERTIFICATE_NO, { message: CERTIFICATE_NO_MESSAGE })
  no: string;
}

export class AdminCertificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CERTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(CERTIFICATION_STATUSES, { message: '状态不在允许范围内' })
  status?: CertificationStatus;
}

export class CertificationEventViewDto implements CertificationEventView {
  @ApiProperty({ enum: CERTIFICATION_STATUSES }) status: CertificationStatus;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class CertificationNextDto {
  @ApiProperty({ enum: ['retake', 'next_level'] }) action: 'retake' | 'next_level';
  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true }) level: CertificateLevel | null;
}

export class CertificationViewDto implements CertificationView {
  @ApiProperty() id: string;
  @ApiProperty() workerId: string;
  @ApiProperty() workerName: string;
  @ApiProperty() sessionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty() providerName: string;
  @ApiProperty() brandCode: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty({ enum: CERTIFICATE_TYPES }) certificateType: CertificateType;
  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true }) level: CertificateLevel | null;
  @ApiProperty({ enum: CERTIFICATION_STATUSES }) status: CertificationStatus;
  @ApiProperty({ enum: CERTIFICATION_APPLICANTS }) appliedBy: CertificationApplicant;
  @ApiProperty({ description: '第几次参加该职业该等级的考核' }) attempt: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) scheduledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ type: String, nullable: true }) certificateNo: string | null;
  @ApiProperty({ type: String, nullable: true }) issuer: string | null;
  @ApiProperty({ type: String, nullable: true }) issuedOn: string | null;
  @ApiProperty({ type: () => CertificationEventViewDto, isArray: true })
  timeline: CertificationEventViewDto[];
  @ApiProperty({ type: () => CertificationNextDto, nullable: true })
  next: CertificationNextDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CertificationResponseDto implements CertificationResponse {
  @ApiProperty({ type: () => CertificationViewDto }) certification: CertificationViewDto;
}

export class CertificationListResponseDto implements CertificationListResponse {
  @ApiProperty({ type: () => CertificationViewDto, isArray: true }) items: CertificationViewDto[];
}

export class CertificationPageDto implements CertificationPage {
  @ApiProperty({ type: () => CertificationViewDto, isArray: true }) items: CertificationViewDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CertificateVerifyResponseDto implements CertificateVerifyResponse {
  @ApiProperty() certificateNo: string;
  @ApiProperty({ description: '持证人（脱敏）' }) holderName: string;
  @ApiProperty() occupationName: string;
  @ApiProperty({ enum: CERTIFICATE_TYPES }) certificateType: CertificateType;
  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true }) level: CertificateLevel | null;
  @ApiProperty() issuer: string;
  @ApiProperty() issuedOn: string;
}
