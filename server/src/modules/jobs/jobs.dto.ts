import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  APPLICATION_STATUSES,
  CERTIFICATE_LEVELS,
  CERTIFICATE_TYPES,
  CONTRACT_KINDS,
  INVITATION_STATUSES,
  JOB_STATUSES,
  type ApplicationStatus,
  type CertificateLevel,
  type CertificateType,
  type ContractKind,
  type InvitationStatus,
  type JobStatus,
} from '@app/shared/enums';
import type {
  ApplicationEventView,
  ApplicationListResponse,
  ApplicationResponse,
  ApplicationStepRequest,
  ApplicationView,
  CandidateView,
  EmploymentRecordView,
  HireRequest,
  HireResponse,
  JobInput,
  JobInvitationInput,
  JobInvitationListResponse,
  JobInvitationResponse,
  JobInvitationView,
  JobListQuery,
  JobPage,
  JobResponse,
  JobView,
  RequiredCertificate,
} from '@app/shared/api';
import { PageQueryDto } from '../../common/page-query.dto';
import { trim } from '../../common/transforms';
import {
  DATE_MESSAGE,
  IsCalendarDate,
  IsCountyCode,
  IsDateTimeText,
  IsRegionCode,
} from '../../common/validators';

/** Yuan per month: below any real monthly wage, above any the platform's trades pay. */
export const SALARY_MIN = 500;
export const SALARY_MAX = 100_000;
const SALARY_MESSAGE = `月薪应为${SALARY_MIN}到${SALARY_MAX}元之间的整数`;
const HEADCOUNT_MESSAGE = '招聘人数应为1到1000之间的整数';
const CODE_MESSAGE = '请选择培训清单中的职业';

export class RequiredCertificateDto implements RequiredCertificate {
  @ApiProperty({ enum: CERTIFICATE_TYPES })
  @IsIn(CERTIFICATE_TYPES, { message: '请选择证书类型（职业技能等级认定或专项职业能力考核）' })
  type: CertificateType;

  @ApiProperty({
    enum: CERTIFICATE_LEVELS,
    nullable: true,
    description: '最低等级（5初级工…1高级技师）；不限等级或专项职业能力考核为 null',
  })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(CERTIFICATE_LEVELS, { message: '请选择正确的技能等级（5级初级工到1级高级技师）' })
  minLevel: CertificateLevel | null;
}

export class JobInputDto implements JobInput {
  @ApiProperty({ example: '牛仔服装车位工' })
  @Transform(trim)
  @IsString({ message: '请填写岗位名称' })
  @Length(2, 64, { message: '岗位名称应为2到64个字' })
  title: string;

  @ApiProperty({ type: String, nullable: true, example: 'fumian-caifeng' })
  @ValidateIf((_o, v) => v !== null)
  @IsString({ message: '请选择劳务品牌' })
  @Length(1, 48, { message: '请选择劳务品牌' })
  brandCode: string | null;

  @ApiProperty({ example: 'fengrengong' })
  @IsString({ message: CODE_MESSAGE })
  @Length(1, 48, { message: CODE_MESSAGE })
  occupationCode: string;

  @ApiProperty({ example: '450903', description: '工作地点所在区/县' })
  @IsCountyCode()
  regionCode: string;

  @ApiProperty({ example: '福绵镇服装产业园8号' })
  @Transform(trim)
  @IsString({ message: '请填写工作地址' })
  @Length(2, 200, { message: '工作地址应为2到200个字' })
  address: string;

  @ApiProperty({ minimum: SALARY_MIN, maximum: SALARY_MAX, description: '元/月' })
  @IsInt({ message: SALARY_MESSAGE })
  @Min(SALARY_MIN, { message: SALARY_MESSAGE })
  @Max(SALARY_MAX, { message: SALARY_MESSAGE })
  salaryMin: number;

  @ApiProperty({ minimum: SALARY_MIN, maximum: SALARY_MAX, description: '元/月，不低于最低月薪' })
  @IsInt({ message: SALARY_MESSAGE })
  @Min(SALARY_MIN, { message: SALARY_MESSAGE })
  @Max(SALARY_MAX, { message: SALARY_MESSAGE })
  salaryMax: number;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt({ message: HEADCOUNT_MESSAGE })
  @Min(1, { message: HEADCOUNT_MESSAGE })
  @Max(1000, { message: HEADCOUNT_MESSAGE })
  headcount: number;

  @ApiProperty({ type: () => RequiredCertificateDto, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsObject({ message: '证书要求格式不正确' })
  @ValidateNested()
  @Type(() => RequiredCertificateDto)
  requiredCertificate: RequiredCertificateDto | null;

  @ApiProperty({ description: '接受正在培训或已结业、尚未取得证书的学员' })
  @IsBoolean({ message: '请选择是否接受培训学员' })
  acceptsTrainees: boolean;

  @ApiProperty()
  @IsBoolean({ message: '请选择是否包住' })
  accommodation: boolean;

  @ApiProperty()
  @IsBoolean({ message: '请选择是否包吃' })
  meals: boolean;

  @ApiProperty({ example: '8:00–17:30，月休4天' })
  @Transform(trim)
  @IsString({ message: '请填写工作时间' })
  @Length(2, 64, { message: '工作时间应为2到64个字' })
  workingHours: string;

  @ApiProperty({ example: '计件工资，熟手月入6000以上' })
  @Transform(trim)
  @IsString({ message: '岗位介绍必须是文字' })
  @MaxLength(2000, { message: '岗位介绍最多2000个字' })
  description: string;

  @ApiProperty({ example: '2026-12-31', description: '最后一天接受投递（北京时间）' })
  @IsCalendarDate({ message: `截止日期${DATE_MESSAGE}` })
  closesOn: string;
}

export class JobListQueryDto extends PageQueryDto implements JobListQuery {
  @ApiPropertyOptional({ description: '按岗位名称搜索' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '搜索词必须是文字' })
  @Length(1, 32, { message: '搜索词应为1到32个字' })
  keyword?: string;

  @ApiPropertyOptional({ example: 'fumian-caifeng' })
  @IsOptional()
  @IsString({ message: '请选择劳务品牌' })
  @Length(1, 48, { message: '请选择劳务品牌' })
  brandCode?: string;

  @ApiPropertyOptional({ example: 'fengrengong' })
  @IsOptional()
  @IsString({ message: CODE_MESSAGE })
  @Length(1, 48, { message: CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ example: '450900', description: '地区（含下级）' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ description: '最高月薪不低于此数（元/月）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '期望月薪应为整数' })
  @Min(0, { message: '期望月薪不能为负数' })
  @Max(SALARY_MAX, { message: `期望月薪不能超过${SALARY_MAX}元` })
  salaryAtLeast?: number;
}

export class ApplicationStepDto implements ApplicationStepRequest {
  @ApiProperty({ enum: ['view', 'interview', 'offer', 'reject'] })
  @IsIn(['view', 'interview', 'offer', 'reject'], { message: '请选择要进行的操作' })
  action: 'view' | 'interview' | 'offer' | 'reject';

  @ApiPropertyOptional({ example: '2026-12-20T09:00:00+08:00', description: '面试时必填' })
  @ValidateIf((o: ApplicationStepDto) => o.action === 'interview' || o.interviewAt !== undefined)
  @IsDateTimeText({ message: '请填写正确的面试时间' })
  interviewAt?: string;

  @ApiPropertyOptional({ example: '福绵镇服装产业园8号 人事部', description: '面试时必填' })
  @ValidateIf((o: ApplicationStepDto) => o.action === 'interview' || o.interviewPlace !== undefined)
  @Transform(trim)
  @IsString({ message: '请填写面试地点' })
  @Length(2, 100, { message: '面试地点应为2到100个字' })
  interviewPlace?: string;

  @ApiPropertyOptional({ description: '给求职者的说明' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '备注必须是文字' })
  @MaxLength(200, { message: '备注最多200个字' })
  note?: string;
}

export class HireDto implements HireRequest {
  @ApiProperty({ example: '2027-01-02' })
  @IsCalendarDate({ message: `入职日期${DATE_MESSAGE}` })
  startDate: string;

  @ApiProperty({ enum: CONTRACT_KINDS })
  @IsIn(CONTRACT_KINDS, { message: '请选择劳动合同签订情况' })
  contract: ContractKind;

  @ApiProperty({ description: '是否缴纳社会保险' })
  @IsBoolean({ message: '请选择是否缴纳社会保险' })
  socialInsurance: boolean;
}

export class JobInvitationInputDto implements JobInvitationInput {
  @ApiProperty({ format: 'uuid', description: '被邀请的求职者（推荐人选中的一位）' })
  @IsUUID('all', { message: '请选择要邀请的求职者' })
  workerId: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    example: '看了你的缝纫工证书，欢迎来厂里看看',
    description: '给求职者的一句话',
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '邀请留言必须是文字' })
  @MaxLength(100, { message: '邀请留言最多100个字' })
  message?: string | null;
}

// ——— answers ———

export class JobViewDto implements JobView {
  @ApiProperty() id: string;
  @ApiProperty() employerId: string;
  @ApiProperty() employerName: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) brandCode: string | null;
  @ApiProperty({ type: String, nullable: true }) brandName: string | null;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() address: string;
  @ApiProperty() salaryMin: number;
  @ApiProperty() salaryMax: number;
  @ApiProperty() headcount: number;
  @ApiProperty() hires: number;
  @ApiProperty({ type: () => RequiredCertificateDto, nullable: true })
  requiredCertificate: RequiredCertificateDto | null;
  @ApiProperty() acceptsTrainees: boolean;
  @ApiProperty() accommodation: boolean;
  @ApiProperty() meals: boolean;
  @ApiProperty() workingHours: string;
  @ApiProperty() description: string;
  @ApiProperty() closesOn: string;
  @ApiProperty({ enum: JOB_STATUSES }) status: JobStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) openedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class JobResponseDto implements JobResponse {
  @ApiProperty({ type: () => JobViewDto }) job: JobViewDto;
}

export class JobPageDto implements JobPage {
  @ApiProperty({ type: () => JobViewDto, isArray: true }) items: JobViewDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class HeldCertificateDto {
  @ApiProperty() occupationName: string;
  @ApiProperty({ enum: CERTIFICATE_TYPES }) type: CertificateType;
  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true }) level: CertificateLevel | null;
}

export class CandidateViewDto implements CandidateView {
  @ApiProperty() workerId: string;
  @ApiProperty({ description: '求职者已投递本单位岗位，显示全名' }) name: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty() countyName: string;
  @ApiProperty({ type: () => HeldCertificateDto, isArray: true })
  certificates: HeldCertificateDto[];
  @ApiProperty({ type: String, isArray: true }) skills: string[];
}

export class ApplicationEventViewDto implements ApplicationEventView {
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ApplicationViewDto implements ApplicationView {
  @ApiProperty() id: string;
  @ApiProperty() jobId: string;
  @ApiProperty({ type: () => JobViewDto }) job: JobViewDto;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) interviewAt: string | null;
  @ApiProperty({ type: String, nullable: true }) interviewPlace: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: () => CandidateViewDto }) candidate: CandidateViewDto;
  @ApiProperty({ type: () => ApplicationEventViewDto, isArray: true })
  timeline: ApplicationEventViewDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ApplicationResponseDto implements ApplicationResponse {
  @ApiProperty({ type: () => ApplicationViewDto }) application: ApplicationViewDto;
}

export class ApplicationListResponseDto implements ApplicationListResponse {
  @ApiProperty({ type: () => ApplicationViewDto, isArray: true }) items: ApplicationViewDto[];
}

export class EmploymentRecordViewDto implements EmploymentRecordView {
  @ApiProperty() id: string;
  @ApiProperty() applicationId: string;
  @ApiProperty() workerId: string;
  @ApiProperty() jobId: string;
  @ApiProperty() startDate: string;
  @ApiProperty({ enum: CONTRACT_KINDS }) contract: ContractKind;
  @ApiProperty() socialInsurance: boolean;
  @ApiProperty() householdRegionCode: string;
  @ApiProperty() jobRegionCode: string;
  @ApiProperty({ description: '户籍地与工作地不在同一个市' }) crossRegion: boolean;
}

export class HireResponseDto implements HireResponse {
  @ApiProperty({ type: () => ApplicationViewDto }) application: ApplicationViewDto;
  @ApiProperty({ type: () => EmploymentRecordViewDto }) employment: EmploymentRecordViewDto;
}

export class JobInvitationViewDto implements JobInvitationView {
  @ApiProperty() id: string;
  @ApiProperty() jobId: string;
  @ApiProperty() workerId: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) respondedAt: string | null;
  @ApiProperty({ type: () => JobViewDto }) job: JobViewDto;
}

export class JobInvitationResponseDto implements JobInvitationResponse {
  @ApiProperty({ type: () => JobInvitationViewDto }) invitation: JobInvitationViewDto;
}

export class JobInvitationListResponseDto implements JobInvitationListResponse {
  @ApiProperty({ type: () => JobInvitationViewDto, isArray: true }) items: JobInvitationViewDto[];
}
