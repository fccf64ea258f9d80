import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsString,
  Length,
  ValidateIf,
} from 'class-validator';
import type {
  JobFairInput,
  JobFairListResponse,
  JobFairResponse,
  JobFairView,
} from '@app/shared/api';
import { trim } from '../../common/transforms';
import { DATE_MESSAGE, IsCalendarDate, IsRegionCode } from '../../common/validators';
import { JobViewDto } from '../jobs/jobs.dto';

const BRANDS_MESSAGE = '请选择1到10个劳务品牌';

export class JobFairInputDto implements JobFairInput {
  @ApiProperty({ example: '福绵裁缝专场招聘会' })
  @Transform(trim)
  @IsString({ message: '请填写招聘会名称' })
  @Length(2, 64, { message: '招聘会名称应为2到64个字' })
  title: string;

  @ApiProperty({ example: '450900', description: '本人管辖地区或其下级地区' })
  @IsRegionCode({ message: '请选择正确的举办地区' })
  regionCode: string;

  @ApiProperty({ example: '2026-12-20', description: '举办日期，不能早于今天' })
  @IsCalendarDate({ message: `举办日期${DATE_MESSAGE}` })
  date: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '玉林市人力资源市场一楼大厅',
    description: '线上招聘会填 null',
  })
  @Transform(trim)
  @ValidateIf((_o, v) => v !== null)
  @IsString({ message: '请填写举办地点（线上招聘会可不填地点）' })
  @Length(2, 200, { message: '举办地点应为2到200个字' })
  place: string | null;

  @ApiProperty({ type: [String], example: ['fumian-caifeng', 'bagui-jiazheng'] })
  @IsArray({ message: BRANDS_MESSAGE })
  @ArrayMinSize(1, { message: BRANDS_MESSAGE })
  @ArrayMaxSize(10, { message: BRANDS_MESSAGE })
  @ArrayUnique({ message: '劳务品牌不能重复' })
  @IsString({ each: true, message: '请选择劳务品牌' })
  @Length(1, 48, { each: true, message: '请选择劳务品牌' })
  brandCodes: string[];
}

export class JobFairViewDto implements JobFairView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() date: string;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty({ type: [String] }) brandCodes: string[];
  @ApiProperty({ type: [String] }) brandNames: string[];
  @ApiProperty({ type: () => JobViewDto, isArray: true, description: '参会的招聘中岗位' })
  jobs: JobViewDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class JobFairResponseDto implements JobFairResponse {
  @ApiProperty({ type: () => JobFairViewDto }) fair: JobFairViewDto;
}

export class JobFairListResponseDto implements JobFairListResponse {
  @ApiProperty({ type: () => JobFairViewDto, isArray: true }) items: JobFairViewDto[];
}
