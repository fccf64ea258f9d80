import { Global, Module } from '@nestjs/common';
import { WechatModule } from '../wechat/wechat.module';
import { LessonRemindersService } from './lesson-reminders.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxDispatcher } from './outbox-dispatcher.service';
import { PushSmsSender } from './push-sms.sender';
import { WechatSubscriptionsController } from './wechat-subscriptions.controller';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';

/**
 * Global: any module writes outbox rows through it, inside its own transaction. The lesson
 * reminders live here too: they only read sessions and write the outbox. So do the pushes: the
 * dispatcher that delivers the outbox over WeChat and SMS, and the subscription credits it spends.
 */
@Global()
@Module({
  imports: [WechatModule],
  controllers: [NotificationsController, WechatSubscriptionsController],
  providers: [
    NotificationsService,
    LessonRemindersService,
    PushSmsSender,
    WechatSubscriptionsService,
    OutboxDispatcher,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
