import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import type { SmsSendResponse } from '@app/shared/api';
import { AppConfig } from '../../config/app-config';
import { chinaDate } from '../../common/china-time';
import { DomainError } from '../../common/domain-error';
import { PiiCipher } from '../../common/pii-cipher';
import { SMS_SENDER, type SmsSender } from '../sms/sms.sender';
import { SmsCodeEntity, SmsThrottleEntity } from './sms-code.entity';

/** The rules of SMS login codes, in one place. */
export const SMS_RULES = {
  codeLifeSeconds: 300,
  cooldownSeconds: 60,
  perPhonePerDay: 10,
  maxAttempts: 5,
} as const;

/**
 * Sends and checks 6-digit login codes. Limits: one code per phone per 60 s and 10 per China day
 * (taken by one conditional UPDATE, so concurrent sends cannot both pass), a per-IP hourly cap, a
 * 5-minute life, and 5 attempts per code (an attempt is reserved before the comparison, so parallel
 * guesses cannot exceed it). Codes are stored as keyed hashes; a new code replaces the old one.
 */
@Injectable()
export class SmsCodeService {
  constructor(
    private readonly config: AppConfig,
    private readonly pii: PiiCipher,
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    @InjectRepository(SmsCodeEntity) private readonly codes: Repository<SmsCodeEntity>,
    @InjectRepository(SmsThrottleEntity) private readonly throttles: Repository<SmsThrottleEntity>,
  ) {}

  async send(phone: string, ip: string | null): Promise<SmsSendResponse> {
    const now = new Date();
    if (ip) {
      const recent = await this.codes.countBy({
        ip,
        createdAt: MoreThan(new Date(now.getTime() - 3600_000)),
      });
      if (recent >= this.config.get('sms').ipHourlyLimit) throw new DomainError('SMS_IP_LIMIT');
    }
    await this.takeSendSlot(phone, now);

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const id = randomUUID();
    await this.codes.update({ phone, consumedAt: IsNull() }, { consumedAt: now });
    await this.codes.insert({
      id,
      phone,
      codeHash: this.hashCode(phone, code),
      expiresAt: new Date(now.getTime() + SMS_RULES.codeLifeSeconds * 1000),
      failedAttempts: 0,
      consumedAt: null,
      ip: ip?.slice(0, 64) ?? null,
    });
    try {
      await this.sender.sendLoginCode(phone, code);
    } catch (error) {
      // Nothing reached the phone: the code is void and the 60-second wait is given back.
      await this.codes.update({ id }, { consumedAt: new Date() });
      await this.throttles.update({ phone }, { lastSentAt: new Date(0) });
      throw error;
    }
    return {
      cooldownSeconds: SMS_RULES.cooldownSeconds,
      expiresInSeconds: SMS_RULES.codeLifeSeconds,
    };
  }

  /** Spends the phone's current code if `code` matches it; otherwise a clear error. */
  async verify(phone: string, code: string): Promise<void> {
    const now = new Date();
    const current = await this.codes.findOne({
      where: { phone, consumedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    if (!current || current.expiresAt.getTime() <= now.getTime()) {
      throw new DomainError('SMS_CODE_EXPIRED');
    }
    const reserved = await this.codes
      .createQueryBuilder()
      .update(SmsCodeEntity)
      .set({ failedAttempts: () => 'failed_attempts + 1' })
      .where('id = :id AND consumed_at IS NULL AND failed_attempts < :max', {
        id: current.id,
        max: SMS_RULES.maxAttempts,
      })
      .execute();
    if (reserved.affected !== 1) throw new DomainError('SMS_CODE_LOCKED');

    const expected = Buffer.from(current.codeHash, 'hex');
    const given = Buffer.from(this.hashCode(phone, code), 'hex');
    if (timingSafeEqual(expected, given)) {
      const spent = await this.codes.update(
        { id: current.id, consumedAt: IsNull() },
        { consumedAt: now },
      );
      if (spent.affected !== 1) throw new DomainError('SMS_CODE_EXPIRED');
      return;
    }
    // Wrong. Burn the code once the attempts are used up (counted in the row, not in this request's
    // stale copy, so parallel guesses burn it too).
    await this.codes
      .createQueryBuilder()
      .update(SmsCodeEntity)
      .set({ consumedAt: now })
      .where('id = :id AND consumed_at IS NULL AND failed_attempts >= :max', {
        id: current.id,
        max: SMS_RULES.maxAttempts,
      })
      .execute();
    const after = await this.codes.findOneByOrFail({ id: current.id });
    const attemptsLeft = SMS_RULES.maxAttempts - after.failedAttempts;
    if (attemptsLeft <= 0) throw new DomainError('SMS_CODE_LOCKED');
    throw new DomainError('SMS_CODE_INVALID', `验证码不正确，还可以再试 ${attemptsLeft} 次`, {
      attemptsLeft,
    });
  }

  private hashCode(phone: string, code: string): string {
    return this.pii.hash('sms-code', `${phone}:${code}`);
  }

  /** One conditional UPDATE takes the phone's send slot; a first send inserts the row instead. */
  private async takeSendSlot(phone: string, now: Date): Promise<void> {
    const today = chinaDate(now);
    const cooledDown = new Date(now.getTime() - SMS_RULES.cooldownSeconds * 1000);
    const taken = await this.throttles
      .createQueryBuilder()
      .update(SmsThrottleEntity)
      // day_count is assigned before day: MySQL evaluates SET left to right with updated values.
      .set({
        lastSentAt: now,
        dayCount: () => 'CASE WHEN day = :today THEN day_count + 1 ELSE 1 END',
        day: today,
      })
      .where(
        'phone = :phone AND last_sent_at <= :cooledDown AND (day <> :today OR day_count < :perDay)',
        {
          phone,
          cooledDown,
          today,
          perDay: SMS_RULES.perPhonePerDay,
        },
      )
      .execute();
    if (taken.affected === 1) return;

    const row = await this.throttles.findOneBy({ phone });
    if (!row) {
      try {
        await this.throttles.insert({ phone, lastSentAt: now, day: today, dayCount: 1 });
        return;
      } catch {
        throw new DomainError('SMS_TOO_FREQUENT'); // a concurrent first send won the insert
      }
    }
    if (row.lastSentAt.getTime() > cooledDown.getTime()) {
      const retryAfter = Math.ceil(
        (row.lastSentAt.getTime() + SMS_RULES.cooldownSeconds * 1000 - now.getTime()) / 1000,
      );
      throw new DomainError('SMS_TOO_FREQUENT', `验证码发送太频繁，请 ${retryAfter} 秒后再试`, {
        retryAfterSeconds: retryAfter,
      });
    }
    throw new DomainError('SMS_DAILY_LIMIT');
  }
}
