import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  EDUCATION_LEVELS,
  GENDERS,
  PRIORITY_GROUPS,
  type EducationLevel,
  type Gender,
  type PriorityGroup,
} from '@app/shared/enums';
import type {
  AssistedWorkerRequest,
  RevealIdNumberRequest,
  RevealIdNumberResponse,
  WorkerDataExport,
  WorkerListItem,
  WorkerListResponse,
  WorkerProfileInput,
  WorkerProfileResponse,
  WorkerProfileView,
} from '@app/shared/api';
import { IsCountyCode, IsIdNumber, IsMobilePhone, IsRegionCode } from '../../common/validators';
import { toPhone, trim, trimList, upperTrim } from '../../common/transforms';
import { PageQueryDto } from '../../common/page-query.dto';

/** The fields both forms share: the worker's own and the assisted sign-up. */
abstract class WorkerProfileFieldsDto implements Omit<
  WorkerProfileInput,
  'idNumber' | 'consentVersion'
> {
  @ApiProperty({ example: '黄秀梅', description: '真实姓名' })
  @Transform(trim)
  @IsString()
  @Length(2, 32, { message: '真实姓名应为2到32个字' })
  realName: string;

  @ApiProperty({ example: '450903', description: '户籍所在区/县代码' })
  @IsCountyCode()
  householdRegionCode: string;

  @ApiProperty({ example: '450903', description: '现居住区/县代码' })
  @IsCountyCode()
  currentRegionCode: string;

  @ApiProperty({ enum: EDUCATION_LEVELS, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(EDUCATION_LEVELS)
  education: EducationLevel | null;

  @ApiProperty({ type: [String], example: ['缝纫', '熨烫'] })
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 20, { each: true, message: '每项技能不超过20个字' })
  skills: string[];

  @ApiProperty({ type: [String], example: ['福绵裁缝'] })
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 32, { each: true, message: '每个品牌名称不超过32个字' })
  wantedBrands: string[];

  @ApiProperty({ type: [String], example: ['450903', '440100'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsRegionCode({ each: true })
  wantedRegionCodes: string[];

  @ApiProperty({ type: Number, nullable: true, example: 4000 })
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100000)
  minMonthlySalary: number | null;

  @ApiProperty({
    enum: PRIORITY_GROUPS,
    nullable: true,
    description: '重点群体（敏感个人信息，需单独同意）',
  })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(PRIORITY_GROUPS)
  priorityGroup: PriorityGroup | null;

  @ApiProperty({ description: '是否单独同意处理重点群体信息' })
  @IsBoolean()
  priorityGroupConsent: boolean;
}

export class WorkerProfileInputDto extends WorkerProfileFieldsDto implements WorkerProfileInput {
  @ApiPropertyOptional({
    example: '450902199001011234',
    description: '身份证号；修改资料时可不填（保留原号码）',
  })
  @IsOptional()
  @Transform(upperTrim)
  @IsIdNumber()
  idNumber?: string;

  @ApiProperty({ example: '2026-11-v1', description: '已同意的《个人信息保护告知书》版本' })
  @IsString()
  @Length(1, 32)
  consentVersion: string;
}

/** The paper form the worker signed is the consent, so there is no consent version to send. */
export class AssistedWorkerDto extends WorkerProfileFieldsDto implements AssistedWorkerRequest {
  @ApiProperty({ example: '450902199001011234' })
  @Transform(upperTrim)
  @IsIdNumber()
  idNumber: string;

  @ApiProperty({ example: '13800000009', description: '劳动者本人手机号，日后凭此认领账号' })
  @Transform(toPhone)
  @IsMobilePhone()
  phone: string;

  @ApiProperty({ description: '劳动者已签署纸质同意书' })
  @Equals(true, { message: '代为注册需劳动者签署纸质同意书' })
  paperConsentSigned: boolean;

  @ApiProperty({ example: 'YL-2026-0001', description: '纸质同意书编号或档案号' })
  @Transform(trim)
  @IsString()
  @Length(1, 64, { message: '请填写纸质同意书编号' })
  paperConsentReference: string;
}

export class RevealIdNumberDto implements RevealIdNumberRequest {
  @ApiProperty({ example: '核实补贴申领材料', description: '查看原因（记入审计日志）' })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: '请填写查看原因（2到200个字）' })
  reason: string;
}

export class WorkerListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '按姓名搜索' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  q?: string;
}

export class WorkerProfileViewDto implements WorkerProfileView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() realName: string;
  @ApiProperty({ example: '450902**********34' }) idNumberMasked: string;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty({ example: '1990-01-01' }) birthDate: string;
  @ApiProperty() householdRegionCode: string;
  @ApiProperty() householdRegionName: string;
  @ApiProperty() currentRegionCode: string;
  @ApiProperty() currentRegionName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: EDUCATION_LEVELS, nullable: true }) education: EducationLevel | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String] }) wantedBrands: string[];
  @ApiProperty({ type: [String] }) wantedRegionCodes: string[];
  @ApiProperty({ type: Number, nullable: true }) minMonthlySalary: number | null;
  @ApiProperty({ enum: PRIORITY_GROUPS, nullable: true }) priorityGroup: PriorityGroup | null;
  @ApiProperty() consentVersion: string;
  @ApiProperty({ format: 'date-time' }) consentAt: string;
  @ApiProperty() assisted: boolean;
  @ApiProperty() claimed: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class WorkerProfileResponseDto implements WorkerProfileResponse {
  @ApiProperty({ type: () => WorkerProfileViewDto }) profile: WorkerProfileViewDto;
}

export class RevealIdNumberResponseDto implements RevealIdNumberResponse {
  @ApiProperty({ example: '450902199001011234' }) idNumber: string;
}

export class WorkerListItemDto implements WorkerListItem {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() realName: string;
  @ApiProperty() idNumberMasked: string;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty() householdRegionCode: string;
  @ApiProperty() householdRegionName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: PRIORITY_GROUPS, nullable: true }) priorityGroup: PriorityGroup | null;
  @ApiProperty() assisted: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class WorkerListResponseDto implements WorkerListResponse {
  @ApiProperty({ type: () => WorkerListItemDto, isArray: true }) items: WorkerListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Free-form by nature (it is everything we hold); described in @app/shared/api WorkerDataExport. */
export class WorkerDataExportDto implements WorkerDataExport {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: Object }) account: WorkerDataExport['account'];
  @ApiProperty({ type: Object, nullable: true }) profile: WorkerDataExport['profile'];
}
