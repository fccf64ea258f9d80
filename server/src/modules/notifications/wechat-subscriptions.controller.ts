import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import { SubscriptionCreditsResponseDto, SubscriptionReportDto } from './wechat-subscriptions.dto';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('wechat/subscriptions')
export class WechatSubscriptionsController {
  constructor(private readonly subscriptions: WechatSubscriptionsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: '上报用户同意的订阅消息模板（每个模板增加一次可发送次数）' })
  @ApiOkResponse({ type: SubscriptionCreditsResponseDto })
  report(
    @CurrentUser() auth: AuthUser,
    @Body() dto: SubscriptionReportDto,
  ): Promise<SubscriptionCreditsResponseDto> {
    return this.subscriptions.report(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: '我的订阅消息剩余次数' })
  @ApiOkResponse({ type: SubscriptionCreditsResponseDto })
  credits(@CurrentUser() auth: AuthUser): Promise<SubscriptionCreditsResponseDto> {
    return this.subscriptions.credits(auth);
  }
}
