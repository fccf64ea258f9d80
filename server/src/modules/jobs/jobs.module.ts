import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { ApplicationsService } from './applications.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { JobViews } from './job-views';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { OptionalUserGuard } from './optional-user';

/** Postings, the public job list, invitations (邀请投递), applications and hires (employment records). */
@Module({
  // the token and user look-up for the public job page that shows drafts to their employer
  imports: [AuthModule, UsersModule],
  controllers: [JobsController, InvitationsController],
  providers: [JobsService, ApplicationsService, InvitationsService, JobViews, OptionalUserGuard],
  exports: [JobsService, ApplicationsService],
})
export class JobsModule {}
