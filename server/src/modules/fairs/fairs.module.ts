import { Module } from '@nestjs/common';
import { JobViews } from '../jobs/job-views';
import { FairsController } from './fairs.controller';
import { FairsService } from './fairs.service';

/**
 * 专场招聘: admins announce fairs, employers attach open postings, anyone reads them. JobViews is
 * provided here rather than imported, because the jobs module keeps it to itself and it needs only
 * the data source.
 */
@Module({
  controllers: [FairsController],
  providers: [FairsService, JobViews],
})
export class FairsModule {}
