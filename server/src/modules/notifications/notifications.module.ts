import { Global, Module } from '@nestjs/common';
import { LessonRemindersService } from './lesson-reminders.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/**
 * Global: any module writes outbox rows through it, inside its own transaction. The lesson
 * reminders live here too: they only read sessions and write the outbox.
 */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, LessonRemindersService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
