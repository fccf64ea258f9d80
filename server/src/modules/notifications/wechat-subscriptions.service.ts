import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { unique } from '../../common/collections';
import { DomainError } from '../../common/domain-error';
import { isUniqueViolation } from '../../common/db-errors';
import { AppConfig } from '../../config/app-config';
import type { AuthUser } from '../auth/auth-user';
import { WechatSubscriptionEntity } from './wechat-subscription.entity';
import type {
  SubscriptionCreditsResponseDto,
  SubscriptionReportDto,
} from './wechat-subscriptions.dto';

/**
 * One-time subscribe-message credits: the mini-program reports which templates the user accepted
 * in `wx.requestSubscribeMessage` (one credit each), the dispatcher spends one per WeChat send.
 * Every change is a single conditional statement, so concurrent reports and sends never lose a count
 * or spend one twice.
 */
@Injectable()
export class WechatSubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The configured template ids: the only ones a credit may be reported for. */
  private templateIds(): string[] {
    return unique(Object.values(this.config.get('wechat').templates));
  }

  async report(
    auth: AuthUser,
    dto: SubscriptionReportDto,
  ): Promise<SubscriptionCreditsResponseDto> {
    const known = new Set(this.templateIds());
    const accepted = unique(dto.accepted);
    const unknown = accepted.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new DomainError('VALIDATION_FAILED', '订阅的消息模板不存在', [
        { field: 'accepted', messages: [`未配置的模板：${unknown.join('、')}`] },
      ]);
    }
    // WeChat grants one message per accepted template per prompt, so a repeated id counts once.
    for (const templateId of accepted) await this.addCredit(auth.id, templateId);
    return this.credits(auth);
  }

  async credits(auth: AuthUser): Promise<SubscriptionCreditsResponseDto> {
    const ids = this.templateIds();
    const credits: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
    if (ids.length) {
      const rows = await this.dataSource
        .getRepository(WechatSubscriptionEntity)
        .findBy({ userId: auth.id, templateId: In(ids) });
      for (const row of rows) credits[row.templateId] = row.credits;
    }
    return { credits };
  }

  /** One more credit: an UPDATE of the existing row, else an insert (a racing insert → UPDATE again). */
  private async addCredit(userId: string, templateId: string): Promise<void> {
    if (await this.increment(userId, templateId)) return;
    try {
      await this.dataSource
        .getRepository(WechatSubscriptionEntity)
        .insert({ id: randomUUID(), userId, templateId, credits: 1 });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.increment(userId, templateId);
    }
  }

  /** credits + 1 on the user's row for the template, in one statement; false when there is no row. */
  private async increment(userId: string, templateId: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(WechatSubscriptionEntity)
      .createQueryBuilder()
      .update()
      .set({ credits: () => 'credits + 1' })
      .where('user_id = :userId AND template_id = :templateId', { userId, templateId })
      .execute();
    return Boolean(result.affected);
  }

  /** Spends one credit; false when there is none (then nothing may be sent over WeChat). */
  async spend(userId: string, templateId: string): Promise<boolean> {
    const spent = await this.dataSource
      .getRepository(WechatSubscriptionEntity)
      .createQueryBuilder()
      .update()
      .set({ credits: () => 'credits - 1' })
      .where('user_id = :userId AND template_id = :templateId AND credits > 0', {
        userId,
        templateId,
      })
      .execute();
    return spent.affected === 1;
  }

  /** Gives back a credit spent on a message WeChat did not take (it will be tried again). */
  async refund(userId: string, templateId: string): Promise<void> {
    await this.increment(userId, templateId);
  }

  /** WeChat said 43101: whatever we counted, the user has no credit left for this template. */
  async clear(userId: string, templateId: string): Promise<void> {
    await this.dataSource
      .getRepository(WechatSubscriptionEntity)
      .update({ userId, templateId }, { credits: 0 });
  }
}
