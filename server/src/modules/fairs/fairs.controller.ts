import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PublicCached } from '../../common/public-cache';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import { JobFairInputDto, JobFairListResponseDto, JobFairResponseDto } from './fairs.dto';
import { FairsService } from './fairs.service';

@ApiTags('fairs')
@ApiBearerAuth()
@Controller()
export class FairsController {
  constructor(private readonly fairs: FairsService) {}

  @Post('admin/fairs')
  @ApiOperation({
    summary: '发布专场招聘会（辖区管理员）',
    description: '地区须在本人管辖范围内；同时通知辖区内想去这些品牌或参加过其职业培训的劳动者。',
  })
  @ApiCreatedResponse({ type: JobFairResponseDto })
  create(@CurrentUser() auth: AuthUser, @Body() dto: JobFairInputDto): Promise<JobFairResponseDto> {
    return this.fairs.create(auth, dto);
  }

  @Get('fairs')
  @PublicCached()
  @ApiOperation({
    summary: '即将举办的专场招聘会（公开）',
    description: '按日期先后，含参会的招聘中岗位。',
  })
  @ApiOkResponse({ type: JobFairListResponseDto })
  list(): Promise<JobFairListResponseDto> {
    return this.fairs.list();
  }

  @Get('fairs/:id')
  @PublicCached()
  @ApiOperation({ summary: '专场招聘会详情（公开）' })
  @ApiOkResponse({ type: JobFairResponseDto })
  detail(@Param('id', UUID_PARAM) id: string): Promise<JobFairResponseDto> {
    return this.fairs.detail(id);
  }

  @Post('employer/fairs/:id/jobs/:jobId')
  @HttpCode(200)
  @ApiOperation({
    summary: '本单位岗位参加专场招聘会',
    description: '仅限招聘中的本单位岗位；重复提交不会重复添加。',
  })
  @ApiOkResponse({ type: JobFairResponseDto })
  attach(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Param('jobId', UUID_PARAM) jobId: string,
  ): Promise<JobFairResponseDto> {
    return this.fairs.attach(auth, id, jobId);
  }
}
