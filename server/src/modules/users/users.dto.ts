import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trim } from '../../common/transforms';
import {
  PROVIDER_MEMBER_ROLES,
  ROLES,
  USER_STATUSES,
  type ProviderMemberRole,
  type Role,
  type UserStatus,
} from '@app/shared/enums';
import type { MeResponse, UserSummary } from '@app/shared/api';
import { maskPhone } from '@app/shared/validators';
import type { UserEntity } from './user.entity';

export class UserSummaryDto implements UserSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '黄秀梅' })
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty({ enum: USER_STATUSES })
  status: UserStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '138****0001',
    description: '已脱敏的手机号',
  })
  phoneMasked: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '450900',
    description: '管理员的管辖区划代码',
  })
  regionCode: string | null;

  @ApiProperty({ description: '是否已绑定微信' })
  wechatBound: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '所属用人单位' })
  employerId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '所属培训机构' })
  providerId: string | null;

  @ApiProperty({ enum: PROVIDER_MEMBER_ROLES, nullable: true, description: '在培训机构中的身份' })
  providerRole: ProviderMemberRole | null;

  @ApiProperty({ description: '是否已填写劳动者个人信息' })
  hasWorkerProfile: boolean;
}

export class MeResponseDto implements MeResponse {
  @ApiProperty({ type: () => UserSummaryDto })
  user: UserSummaryDto;
}

export class UpdateMeDto {
  @ApiProperty({ minLength: 1, maxLength: 32, example: '黄秀梅', description: '显示名称' })
  @Transform(trim)
  @IsString()
  @Length(1, 32, { message: '显示名称应为1到32个字' })
  displayName: string;
}

/** The only way a user leaves the server: masked, no internal columns. */
export function toUserSummary(user: UserEntity, hasWorkerProfile: boolean): UserSummaryDto {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.roles,
    status: user.status,
    phoneMasked: user.phone ? maskPhone(user.phone) : null,
    regionCode: user.regionCode,
    wechatBound: user.wechatOpenId !== null,
    employerId: user.employerId,
    providerId: user.providerId,
    providerRole: user.providerRole,
    hasWorkerProfile,
  };
}
