import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One-time subscribe-message credits (一次性订阅消息): each time a user accepts a template in
 * `wx.requestSubscribeMessage`, WeChat allows one message of it. A send spends one credit; WeChat's
 * 43101 means the credit is gone (the count goes to 0).
 */
@Entity({ name: 'wechat_subscriptions' })
@Index('uq_wechat_subscriptions_user_template', ['userId', 'templateId'], { unique: true })
export class WechatSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'template_id', type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'int', default: 0 })
  credits: number;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
