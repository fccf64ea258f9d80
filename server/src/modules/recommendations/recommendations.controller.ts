import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import {
  CandidateRecommendationListResponseDto,
  RecommendationCoverageResponseDto,
  RecommendationListResponseDto,
} from './recommendations.dto';
import { RecommendationsService } from './recommendations.service';

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller()
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get('recommendations/mine')
  @ApiOperation({
    summary: '为你推荐的岗位',
    description: '仅招聘中的岗位；匹配分高的在前；附推荐理由和是否已投递。',
  })
  @ApiOkResponse({ type: RecommendationListResponseDto })
  mine(@CurrentUser() auth: AuthUser): Promise<RecommendationListResponseDto> {
    return this.recommendations.mine(auth);
  }

  @Post('recommendations/:id/seen')
  @HttpCode(204)
  @ApiOperation({ summary: '标记推荐已查看（只记第一次）' })
  @ApiNoContentResponse()
  seen(@CurrentUser() auth: AuthUser, @Param('id', UUID_PARAM) id: string): Promise<void> {
    return this.recommendations.seen(auth, id);
  }

  @Get('employer/jobs/:id/candidates')
  @ApiOperation({
    summary: '岗位的推荐人选（本单位）',
    description: '匹配分高的在前；投递本单位岗位前姓名打码、不显示电话。',
  })
  @ApiOkResponse({ type: CandidateRecommendationListResponseDto })
  candidates(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<CandidateRecommendationListResponseDto> {
    return this.recommendations.candidatesForJob(auth, id);
  }

  @Get('admin/recommendations/coverage')
  @ApiOperation({
    summary: '岗位推荐覆盖情况（辖区）',
    description:
      '近12个月结业学员中已推送至少3个不同岗位的人数，以及不足3个的学员名单（姓名打码）。',
  })
  @ApiOkResponse({ type: RecommendationCoverageResponseDto })
  coverage(@CurrentUser() auth: AuthUser): Promise<RecommendationCoverageResponseDto> {
    return this.recommendations.coverage(auth);
  }
}
