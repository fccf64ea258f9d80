import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicCached } from '../../common/public-cache';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../auth/auth-user';
import {
  AffiliateInputDto,
  BrandDetailResponseDto,
  BrandInputDto,
  BrandListQueryDto,
  BrandListResponseDto,
  BrandTargetsDto,
  OccupationInputDto,
  OccupationListQueryDto,
  OccupationListResponseDto,
  OccupationResponseDto,
  ProgrammeTargetListResponseDto,
} from './brands.dto';
import { BrandsService } from './brands.service';

@ApiTags('brands')
@Controller()
export class BrandsController {
  constructor(private readonly brands: BrandsService) {}

  @Get('brands')
  @PublicCached()
  @ApiOperation({ summary: '劳务品牌列表（公开）', description: '地区筛选包含下级地区。' })
  @ApiOkResponse({ type: BrandListResponseDto })
  list(@Query() query: BrandListQueryDto): Promise<BrandListResponseDto> {
    return this.brands.list(query);
  }

  @Get('brands/:code')
  @PublicCached()
  @ApiOperation({ summary: '劳务品牌详情（公开）' })
  @ApiOkResponse({ type: BrandDetailResponseDto })
  detail(@Param('code') code: string): Promise<BrandDetailResponseDto> {
    return this.brands.detail(code);
  }

  @Get('occupations')
  @PublicCached()
  @ApiOperation({ summary: '培训清单（公开）' })
  @ApiOkResponse({ type: OccupationListResponseDto })
  occupations(@Query() query: OccupationListQueryDto): Promise<OccupationListResponseDto> {
    return this.brands.occupations(query);
  }

  @Get('programme-targets')
  @PublicCached()
  @ApiOperation({ summary: '规划目标（培训基地、专家工作室等数量）' })
  @ApiOkResponse({ type: ProgrammeTargetListResponseDto })
  programmeTargets(): Promise<ProgrammeTargetListResponseDto> {
    return this.brands.programmeTargets();
  }

  @Post('admin/affiliates/:id/archive')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({ summary: '移除品牌依托单位（归档，不删除）' })
  @ApiOkResponse({ type: BrandDetailResponseDto })
  archiveAffiliate(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    return this.brands.archiveAffiliate(auth, id, meta);
  }

  @Post('admin/occupations')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({
    summary: '新增培训清单职业',
    description: '关联的品牌须在管辖范围内；记入审计日志。',
  })
  @ApiOkResponse({ type: OccupationResponseDto })
  createOccupation(
    @CurrentUser() auth: AuthUser,
    @Body() dto: OccupationInputDto,
    @Meta() meta: RequestMeta,
  ): Promise<OccupationResponseDto> {
    return this.brands.saveOccupation(auth, dto, null, meta);
  }

  @Put('admin/occupations/:code')
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({ summary: '修改培训清单职业（补贴、有效期、关联品牌）' })
  @ApiOkResponse({ type: OccupationResponseDto })
  updateOccupation(
    @CurrentUser() auth: AuthUser,
    @Param('code') code: string,
    @Body() dto: OccupationInputDto,
    @Meta() meta: RequestMeta,
  ): Promise<OccupationResponseDto> {
    return this.brands.saveOccupation(auth, dto, code, meta);
  }

  @Post('admin/brands')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({ summary: '新建劳务品牌（管辖范围内）' })
  @ApiOkResponse({ type: BrandDetailResponseDto })
  create(
    @CurrentUser() auth: AuthUser,
    @Body() dto: BrandInputDto,
    @Meta() meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    return this.brands.create(auth, dto, meta);
  }

  @Put('admin/brands/:code')
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({ summary: '修改劳务品牌' })
  @ApiOkResponse({ type: BrandDetailResponseDto })
  update(
    @CurrentUser() auth: AuthUser,
    @Param('code') code: string,
    @Body() dto: BrandInputDto,
    @Meta() meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    return this.brands.update(auth, code, dto, meta);
  }

  @Post('admin/brands/:code/archive')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({ summary: '归档劳务品牌（不删除历史）' })
  @ApiOkResponse({ type: BrandDetailResponseDto })
  archive(
    @CurrentUser() auth: AuthUser,
    @Param('code') code: string,
    @Meta() meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    return this.brands.archive(auth, code, meta);
  }

  @Put('admin/brands/:code/targets')
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({ summary: '设置品牌目标' })
  @ApiOkResponse({ type: BrandDetailResponseDto })
  setTargets(
    @CurrentUser() auth: AuthUser,
    @Param('code') code: string,
    @Body() dto: BrandTargetsDto,
    @Meta() meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    return this.brands.setTargets(auth, code, dto, meta);
  }

  @Post('admin/brands/:code/affiliates')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiTags('admin')
  @ApiOperation({ summary: '添加品牌依托单位' })
  @ApiOkResponse({ type: BrandDetailResponseDto })
  addAffiliate(
    @CurrentUser() auth: AuthUser,
    @Param('code') code: string,
    @Body() dto: AffiliateInputDto,
    @Meta() meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    return this.brands.addAffiliate(auth, code, dto, meta);
  }
}
