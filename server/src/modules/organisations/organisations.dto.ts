import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import {
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  PROVIDER_KINDS,
  type OrganisationKind,
  type OrganisationStatus,
  type ProviderKind,
} from '@app/shared/enums';
import type {
  AttachTrainerRequest,
  EmployerInput,
  EmployerResponse,
  EmployerView,
  JoinProviderRequest,
  OrganisationListItem,
  OrganisationListResponse,
  ProviderInput,
  ProviderInviteResponse,
  ProviderResponse,
  ProviderView,
  RejectRequest,
  TrainerListResponse,
  TrainerView,
} from '@app/shared/api';
import { IsCountyCode, IsCreditCode, IsMobilePhone } from '../../common/validators';
import { toPhone, trim, upperTrim } from '../../common/transforms';
import { PageQueryDto } from '../../common/page-query.dto';

export class EmployerInputDto implements EmployerInput {
  @ApiProperty({ example: '玉林市福绵区某某服装有限公司' })
  @Transform(trim)
  @IsString()
  @Length(2, 100, { message: '名称应为2到100个字' })
  name: string;

  @ApiProperty({ example: '91450900MA5KXXXXXX', description: '统一社会信用代码（18位）' })
  @Transform(upperTrim)
  @IsCreditCode()
  creditCode: string;

  @ApiProperty({ example: '450903', description: '所在区/县代码' })
  @IsCountyCode()
  regionCode: string;

  @ApiProperty({ example: '福绵镇服装产业园3号' })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: '请填写详细地址' })
  address: string;

  @ApiProperty({ example: '陈经理' })
  @Transform(trim)
  @IsString()
  @Length(2, 32, { message: '联系人应为2到32个字' })
  contactName: string;

  @ApiProperty({ example: '13800000002' })
  @Transform(toPhone)
  @IsMobilePhone()
  contactPhone: string;

  @ApiPropertyOptional({ example: '主营牛仔服装加工' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 1000)
  description?: string;
}

export class ProviderInputDto extends EmployerInputDto implements ProviderInput {
  @ApiProperty({ enum: PROVIDER_KINDS, description: '机构类型' })
  @IsIn(PROVIDER_KINDS)
  kind: ProviderKind;
}

export class RejectDto implements RejectRequest {
  @ApiProperty({ example: '营业执照信息与填写不符' })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: '请填写驳回原因（2到200个字）' })
  reason: string;
}

export class JoinProviderDto implements JoinProviderRequest {
  @ApiProperty({ example: 'K7P2Q9XM' })
  @Transform(upperTrim)
  @IsString()
  @Length(8, 8, { message: '邀请码为8位' })
  code: string;
}

export class AttachTrainerDto implements AttachTrainerRequest {
  @ApiProperty({ example: '13800000003' })
  @Transform(toPhone)
  @IsMobilePhone()
  phone: string;
}

export class OrganisationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;
}

export class EmployerViewDto implements EmployerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() creditCode: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() address: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status: OrganisationStatus;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) reviewedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProviderViewDto extends EmployerViewDto implements ProviderView {
  @ApiProperty({ enum: PROVIDER_KINDS }) kind: ProviderKind;
}

export class EmployerResponseDto implements EmployerResponse {
  @ApiProperty({ type: () => EmployerViewDto }) employer: EmployerViewDto;
}

export class ProviderResponseDto implements ProviderResponse {
  @ApiProperty({ type: () => ProviderViewDto }) provider: ProviderViewDto;
}

export class OrganisationListItemDto implements OrganisationListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty() name: string;
  @ApiProperty() creditCode: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ enum: PROVIDER_KINDS, nullable: true }) providerKind: ProviderKind | null;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status: OrganisationStatus;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) reviewedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OrganisationListResponseDto implements OrganisationListResponse {
  @ApiProperty({ type: () => OrganisationListItemDto, isArray: true })
  items: OrganisationListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class ProviderInviteResponseDto implements ProviderInviteResponse {
  @ApiProperty({ example: 'K7P2Q9XM' }) code: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class TrainerViewDto implements TrainerView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: ['admin', 'trainer'] }) providerRole: 'admin' | 'trainer';
}

export class TrainerListResponseDto implements TrainerListResponse {
  @ApiProperty({ type: () => TrainerViewDto, isArray: true }) items: TrainerViewDto[];
}
