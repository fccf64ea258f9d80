import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '@app/shared/enums';
import type { NotificationListResponse, NotificationView } from '@app/shared/api';

export class NotificationViewDto implements NotificationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true }) link: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readAt: string | null;
}

export class NotificationListResponseDto implements NotificationListResponse {
  @ApiProperty({ type: () => NotificationViewDto, isArray: true }) items: NotificationViewDto[];
  @ApiProperty({ description: '未读条数' }) unread: number;
}
