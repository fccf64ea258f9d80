import { Module } from '@nestjs/common';
import { WechatClient } from './wechat.client';

/** WeChat's server API for the modules that log people in and send them messages. */
@Module({
  providers: [WechatClient],
  exports: [WechatClient],
})
export class WechatModule {}
