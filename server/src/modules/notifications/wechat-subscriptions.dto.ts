import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import type { SubscriptionCreditsResponse, SubscriptionReport } from '@app/shared/api';

export class SubscriptionReportDto implements SubscriptionReport {
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'wx.requestSubscribeMessage 中用户选择“允许”的模板 id',
  })
  @IsArray({ message: '请提交已同意的消息模板' })
  // wx.requestSubscribeMessage asks for at most 3 templates at once; a little room for repeats.
  @ArrayMaxSize(10, { message: '一次最多提交10个消息模板' })
  @IsString({ each: true, message: '消息模板 id 格式不正确' })
  @Length(1, 64, { each: true, message: '消息模板 id 格式不正确' })
  accepted: string[];
}

export class SubscriptionCreditsResponseDto implements SubscriptionCreditsResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: '每个已配置模板 id 剩余可发送次数',
    example: { tplEnrolment: 1 },
  })
  credits: Record<string, number>;
}
