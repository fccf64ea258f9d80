import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import type { StaffGrantRequest, StaffListResponse, StaffView } from '@app/shared/api';
import { toPhone } from '../../common/transforms';
import { IsMobilePhone, IsRegionCode } from '../../common/validators';

export class StaffGrantDto implements StaffGrantRequest {
  @ApiProperty({ example: '13800000005', description: '该账号的手机号（需已登录过平台）' })
  @Transform(toPhone)
  @IsMobilePhone()
  phone: string;

  @ApiProperty({ example: '450903', description: '管辖区划代码，须在本人管辖范围内' })
  @IsRegionCode()
  regionCode: string;
}

export class StaffViewDto implements StaffView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
}

export class StaffListResponseDto implements StaffListResponse {
  @ApiProperty({ type: () => StaffViewDto, isArray: true }) items: StaffViewDto[];
}
