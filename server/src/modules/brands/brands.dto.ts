import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  AFFILIATE_KINDS,
  BRAND_LEVELS,
  BRAND_STAGES,
  BRAND_TYPES,
  CERTIFICATE_LEVELS,
  CERTIFICATE_TYPES,
  type AffiliateKind,
  type BrandLevel,
  type BrandStage,
  type BrandType,
  type CertificateLevel,
  type CertificateType,
} from '@app/shared/enums';
import type {
  AffiliateInput,
  AffiliateView,
  BrandDetail,
  BrandDetailResponse,
  BrandInput,
  BrandListItem,
  BrandListQuery,
  BrandListResponse,
  BrandTargetInput,
  BrandTargetsRequest,
  BrandTargetView,
  OccupationInput,
  OccupationListQuery,
  OccupationListResponse,
  OccupationResponse,
  OccupationView,
  ProgrammeTargetListResponse,
  ProgrammeTargetView,
} from '@app/shared/api';
import { PageQueryDto } from '../../common/page-query.dto';
import { trim, trimList } from '../../common/transforms';
import { DATE_MESSAGE, IsCalendarDate, IsRegionCode } from '../../common/validators';
import { SessionListItemDto } from '../training/training.dto';

export class BrandListQueryDto extends PageQueryDto implements BrandListQuery {
  @ApiPropertyOptional({ example: '450900', description: '地区（含下级）' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ example: '八桂系列' })
  @IsOptional()
  @IsString()
  @Length(1, 24)
  series?: string;

  @ApiPropertyOptional({ example: '家政服务' })
  @IsOptional()
  @IsString()
  @Length(1, 24)
  industry?: string;

  @ApiPropertyOptional({ enum: BRAND_TYPES })
  @IsOptional()
  @IsIn(BRAND_TYPES)
  type?: BrandType;

  @ApiPropertyOptional({ enum: BRAND_STAGES })
  @IsOptional()
  @IsIn(BRAND_STAGES)
  stage?: BrandStage;

  @ApiPropertyOptional({ enum: BRAND_LEVELS })
  @IsOptional()
  @IsIn(BRAND_LEVELS)
  level?: BrandLevel;

  @ApiPropertyOptional({ description: '按名称搜索' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 24)
  q?: string;

  @ApiPropertyOptional({ enum: ['default', 'name'] })
  @IsOptional()
  @IsIn(['default', 'name'])
  sort?: 'default' | 'name';
}

export class OccupationListQueryDto implements OccupationListQuery {
  @ApiPropertyOptional({ example: 'fumian-caifeng' })
  @IsOptional()
  @IsString()
  @Length(1, 48)
  brandCode?: string;

  @ApiPropertyOptional({ example: '2026-11-26', description: '只列出这一天有效的' })
  @IsOptional()
  @IsCalendarDate({ message: DATE_MESSAGE })
  effectiveOn?: string;
}

export class BrandInputDto implements BrandInput {
  @ApiProperty({ example: 'fumian-caifeng' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: '品牌代码只能用小写字母、数字和连字符' })
  @Length(2, 48)
  code: string;

  @ApiProperty({ example: '福绵裁缝' })
  @Transform(trim)
  @IsString()
  @Length(2, 48, { message: '品牌名称应为2到48个字' })
  name: string;

  @ApiProperty({ type: [String] })
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  aliases: string[];

  @ApiProperty({ example: '450903' })
  @IsRegionCode()
  regionCode: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsRegionCode({ each: true })
  extraRegionCodes: string[];

  @ApiProperty({ enum: BRAND_LEVELS })
  @IsIn(BRAND_LEVELS)
  level: BrandLevel;

  @ApiProperty({ example: '八桂系列' })
  @Transform(trim)
  @IsString()
  @Length(1, 24)
  series: string;

  @ApiProperty({ example: '服装缝制' })
  @Transform(trim)
  @IsString()
  @Length(1, 24)
  industry: string;

  @ApiProperty({ enum: BRAND_TYPES })
  @IsIn(BRAND_TYPES)
  type: BrandType;

  @ApiProperty({ enum: BRAND_STAGES })
  @IsIn(BRAND_STAGES)
  stage: BrandStage;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(10, 2000, { message: '品牌故事应为10到2000个字' })
  story: string;

  @ApiProperty({ type: String, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^https:\/\/\S{1,290}$/, { message: '封面图片应为 https 地址' })
  coverUrl: string | null;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  occupationCodes: string[];
}

export class BrandTargetInputDto implements BrandTargetInput {
  @ApiProperty({ example: '2025' })
  @Matches(/^\d{4}$/, { message: '目标年份应为4位数字' })
  periodEnd: string;

  @ApiProperty({ example: 10000 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  trainingTarget: number;

  @ApiProperty({ example: 15000 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employmentTarget: number;
}

export class BrandTargetsDto implements BrandTargetsRequest {
  @ApiProperty({ type: () => BrandTargetInputDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => BrandTargetInputDto)
  targets: BrandTargetInputDto[];
}

export class AffiliateInputDto implements AffiliateInput {
  @ApiProperty({ enum: AFFILIATE_KINDS })
  @IsIn(AFFILIATE_KINDS)
  kind: AffiliateKind;

  @ApiProperty({ example: '福绵服装产业培训基地' })
  @Transform(trim)
  @IsString()
  @Length(2, 64, { message: '名称应为2到64个字' })
  name: string;

  @ApiProperty({ example: '450903' })
  @IsRegionCode()
  regionCode: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  description: string;
}

export class OccupationInputDto implements OccupationInput {
  @ApiProperty({ example: 'fengrengong' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: '职业代码只能用小写字母、数字和连字符' })
  @Length(2, 48)
  code: string;

  @ApiProperty({ example: '缝纫工' })
  @Transform(trim)
  @IsString()
  @Length(2, 32, { message: '职业名称应为2到32个字' })
  name: string;

  @ApiProperty({ enum: CERTIFICATE_TYPES })
  @IsIn(CERTIFICATE_TYPES)
  certificateType: CertificateType;

  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(CERTIFICATE_LEVELS)
  maxLevel: CertificateLevel | null;

  @ApiProperty()
  @IsBoolean()
  subsidised: boolean;

  @ApiProperty({ type: Number, nullable: true, example: 1500 })
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100_000)
  subsidyAmount: number | null;

  @ApiProperty({ example: '2022-01-01' })
  @IsCalendarDate({ message: DATE_MESSAGE })
  effectiveFrom: string;

  @ApiProperty({ type: String, nullable: true, example: '2025-12-31' })
  @ValidateIf((_o, v) => v !== null)
  @IsCalendarDate({ message: DATE_MESSAGE })
  effectiveTo: string | null;

  @ApiProperty({ type: [String], description: '所属品牌（须在管辖范围内）' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  brandCodes: string[];
}

export class OccupationViewDto implements OccupationView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CERTIFICATE_TYPES }) certificateType: CertificateType;
  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true }) maxLevel: CertificateLevel | null;
  @ApiProperty() subsidised: boolean;
  @ApiProperty({ type: Number, nullable: true }) subsidyAmount: number | null;
  @ApiProperty() effectiveFrom: string;
  @ApiProperty({ type: String, nullable: true }) effectiveTo: string | null;
  @ApiProperty({ type: [String] }) brandCodes: string[];
}

export class OccupationResponseDto implements OccupationResponse {
  @ApiProperty({ type: () => OccupationViewDto }) occupation: OccupationViewDto;
}

export class OccupationListResponseDto implements OccupationListResponse {
  @ApiProperty({ type: () => OccupationViewDto, isArray: true }) items: OccupationViewDto[];
}

export class BrandListItemDto implements BrandListItem {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ enum: BRAND_LEVELS }) level: BrandLevel;
  @ApiProperty() series: string;
  @ApiProperty() industry: string;
  @ApiProperty({ enum: BRAND_TYPES }) type: BrandType;
  @ApiProperty({ enum: BRAND_STAGES }) stage: BrandStage;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, nullable: true }) coverUrl: string | null;
  @ApiProperty() archived: boolean;
}

export class BrandListResponseDto implements BrandListResponse {
  @ApiProperty({ type: () => BrandListItemDto, isArray: true }) items: BrandListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class BrandTargetViewDto implements BrandTargetView {
  @ApiProperty() periodEnd: string;
  @ApiProperty() trainingTarget: number;
  @ApiProperty() employmentTarget: number;
  @ApiProperty({ description: '已培训人次（来自真实报名记录）' }) trainingDone: number;
  @ApiProperty({ description: '已带动就业人数（来自真实就业记录）' }) employmentDone: number;
}

export class AffiliateViewDto implements AffiliateView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: AFFILIATE_KINDS }) kind: AffiliateKind;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() description: string;
  @ApiProperty() isDemo: boolean;
}

export class BrandDetailDto extends BrandListItemDto implements BrandDetail {
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiProperty({ type: [String] }) extraRegionCodes: string[];
  @ApiProperty() story: string;
  @ApiProperty({ type: () => OccupationViewDto, isArray: true }) occupations: OccupationViewDto[];
  @ApiProperty({ type: () => BrandTargetViewDto, isArray: true }) targets: BrandTargetViewDto[];
  @ApiProperty({ type: () => AffiliateViewDto, isArray: true }) affiliates: AffiliateViewDto[];
  @ApiProperty({ type: () => SessionListItemDto, isArray: true })
  upcomingSessions: SessionListItemDto[];
}

export class BrandDetailResponseDto implements BrandDetailResponse {
  @ApiProperty({ type: () => BrandDetailDto }) brand: BrandDetailDto;
}

export class ProgrammeTargetViewDto implements ProgrammeTargetView {
  @ApiProperty() plan: string;
  @ApiProperty() metric: string;
  @ApiProperty() label: string;
  @ApiProperty() value: number;
  @ApiProperty() periodEnd: string;
}

export class ProgrammeTargetListResponseDto implements ProgrammeTargetListResponse {
  @ApiProperty({ type: () => ProgrammeTargetViewDto, isArray: true })
  items: ProgrammeTargetViewDto[];
}
