import { ApiProperty } from '@nestjs/swagger';
import type {
  CandidateRecommendationListResponse,
  CandidateRecommendationView,
  RecommendationCoverageResponse,
  RecommendationListResponse,
  RecommendationView,
} from '@app/shared/api';
import { INVITATION_STATUSES, type InvitationStatus } from '@app/shared/enums';
import { CandidateViewDto, JobViewDto } from '../jobs/jobs.dto';

// ——— answers (nothing is posted to these routes but a path id) ———

export class RecommendationViewDto implements RecommendationView {
  @ApiProperty() id: string;
  @ApiProperty({ type: () => JobViewDto }) job: JobViewDto;
  @ApiProperty({ description: '匹配分（越高越合适）' }) score: number;
  @ApiProperty({ type: String, isArray: true, description: '推荐理由（给求职者看）' })
  reasons: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) pushedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) seenAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: '已投递的时间' })
  appliedAt: string | null;
}

export class RecommendationListResponseDto implements RecommendationListResponse {
  @ApiProperty({ type: () => RecommendationViewDto, isArray: true })
  items: RecommendationViewDto[];
}

export class CandidateRecommendationViewDto implements CandidateRecommendationView {
  @ApiProperty({
    type: () => CandidateViewDto,
    description: '投递本单位岗位前姓名打码、不显示电话',
  })
  candidate: CandidateViewDto;
  @ApiProperty() score: number;
  @ApiProperty({ type: String, isArray: true, description: '推荐理由（第三人称）' })
  reasons: string[];
  @ApiProperty({ description: '已投递本岗位' }) applied: boolean;
  @ApiProperty({
    enum: INVITATION_STATUSES,
    nullable: true,
    type: String,
    description: '本岗位发给该求职者的邀请（未邀请为 null）',
  })
  invitation: InvitationStatus | null;
}

export class CandidateRecommendationListResponseDto implements CandidateRecommendationListResponse {
  @ApiProperty({ type: () => CandidateRecommendationViewDto, isArray: true })
  items: CandidateRecommendationViewDto[];
}

export class CoverageShortfallDto {
  @ApiProperty() workerId: string;
  @ApiProperty({ description: '打码的姓名' }) name: string;
  @ApiProperty() countyName: string;
  @ApiProperty({ type: String, isArray: true, description: '近12个月结业的培训职业' })
  occupationNames: string[];
  @ApiProperty({ description: '近12个月推送过的不同岗位数' }) pushed: number;
}

export class RecommendationCoverageResponseDto implements RecommendationCoverageResponse {
  @ApiProperty({ description: '辖区内近12个月结业的学员数' }) trainees: number;
  @ApiProperty({ description: '其中已推送至少3个不同岗位的人数' }) covered: number;
  @ApiProperty({ type: () => CoverageShortfallDto, isArray: true })
  shortfall: CoverageShortfallDto[];
}
