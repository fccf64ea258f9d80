import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { HttpSmsSender, LogSmsSender, SMS_SENDER, type SmsSender } from './sms.sender';

/** Provides SMS_SENDER: the HTTP provider when SMS_PROVIDER=http, otherwise the log (development). */
@Module({
  providers: [
    {
      provide: SMS_SENDER,
      inject: [AppConfig],
      useFactory: (config: AppConfig): SmsSender =>
        config.get('sms').provider === 'http' ? new HttpSmsSender(config) : new LogSmsSender(),
    },
  ],
  exports: [SMS_SENDER],
})
export class SmsModule {}
