import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import { NotificationListResponseDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('mine')
  @ApiOperation({ summary: '我的消息（最近50条）和未读数' })
  @ApiOkResponse({ type: NotificationListResponseDto })
  inbox(@CurrentUser() auth: AuthUser): Promise<NotificationListResponseDto> {
    return this.notifications.inbox(auth);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: '标记为已读' })
  @ApiOkResponse({ type: NotificationListResponseDto })
  markRead(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<NotificationListResponseDto> {
    return this.notifications.markRead(auth, id);
  }
}
