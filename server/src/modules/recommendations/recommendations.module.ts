import { Global, Module } from '@nestjs/common';
import { JobViews } from '../jobs/job-views';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsDailyService } from './recommendations-daily.service';
import { RecommendationsService } from './recommendations.service';

/**
 * Job recommendations: the engine, the worker's feed, the employer's candidates, the admin's
 * coverage and the daily pass. Global, because the modules whose events trigger it (jobs,
 * certification, attendance) call it, and it imports none of them back (no module cycle). JobViews
 * only needs the data source, so it is provided here again rather than exported from jobs.
 */
@Global()
@Module({
  controllers: [RecommendationsController],
  providers: [RecommendationsService, RecommendationsDailyService, JobViews],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
