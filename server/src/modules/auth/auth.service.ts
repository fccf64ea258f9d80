import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import type { Role } from '@app/shared/enums';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';
import { isUniqueViolation } from '../../common/db-errors';
import { UsersService } from '../users/users.service';

import { UserEntity } from '../users/user.entity';
import { WechatClient } from '../wechat/wechat.client';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import type { LoginResponseDto, WechatPhoneResponseDto } from './auth.dto';
import { RefreshTokenEntity } from './refresh-token.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { SmsCodeService } from './sms-code.service';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly sms: SmsCodeService,
    private readonly wechat: WechatClient,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Logs in as the seeded demo account of a role. Exists only in demo mode (404 otherwise). */
  async demoLogin(role: Role): Promise<LoginResponseDto> {
    if (!this.config.get('demo')) throw new DomainError('ROUTE_NOT_FOUND');
    const user = await this.users.findById(DEMO_ACCOUNTS[role].id);
    if (!user) throw new DomainError('DEMO_ACCOUNT_MISSING');
    return this.login(user, false);
  }

  /**
   * WeChat login: the code is exchanged first, so when WeChat fails or is down nothing is written.
   * A new openid becomes a worker account; two concurrent first logins meet at the unique key.
   */
  async wechatLogin(code: string): Promise<LoginResponseDto> {
    const session = await this.wechat.code2Session(code);
    const existing = await this.users.findByOpenId(session.openId);
    if (existing) {
      if (session.unionId && existing.wechatUnionId !== session.unionId) {
        await this.dataSource
          .getRepository(UserEntity)
          .update({ id: existing.id }, { wechatUnionId: session.unionId });
      }
      return this.login(existing, false);
    }
    try {
      const created = await this.users.createWorker({
        displayName: '微信用户',
        wechatOpenId: session.openId,
        wechatUnionId: session.unionId,
      });
      return this.login(created, true);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.users.findByOpenId(session.openId);
      if (!winner) throw error;
      return this.login(winner, false);
    }
  }

  /**
   * Binds the phone WeChat vouches for (getPhoneNumber button). A phone held by another account is
   * refused — except the one case the worker is meant to take over: an assisted sign-up nobody has
   * claimed yet, reached from a WeChat account that is still empty. Then the WeChat login moves to
   * the registered account (claiming it) and the empty one is closed.
   */
  async bindWechatPhone(userId: string, code: string): Promise<WechatPhoneResponseDto> {
    const current = await this.users.requireActive(userId);
    const { phone, countryCode } = await this.wechat.getPhoneNumber(code);
    if (countryCode !== '86' || !/^1[3-9]\d{9}$/.test(phone)) {
      throw new DomainError('PHONE_CODE_INVALID', '仅支持中国大陆手机号');
    }
    const holder = await this.users.findByPhone(phone);
    if (!holder || holder.id === current.id) {
      return { ...(await this.users.bindPhone(userId, phone)), login: null };
    }
    if (!(await this.mayClaim(holder, current))) throw new DomainError('PHONE_TAKEN');
    await this.dataSource.transaction(async (em) => {
      const now = new Date();
      const users = em.getRepository(UserEntity);
      await users.update(
        { id: current.id },
        {
          wechatOpenId: null,
          wechatUnionId: null,
          status: 'deleted',
          deletedAt: now,
          displayName: '已合并账号',
        },
      );
      await users.update(
        { id: holder.id },
        { wechatOpenId: current.wechatOpenId, wechatUnionId: current.wechatUnionId },
      );
      const claimed = await em
        .getRepository(WorkerProfileEntity)
        .update({ userId: holder.id, claimedAt: IsNull() }, { claimedAt: now });
      if (claimed.affected !== 1) throw new DomainError('PHONE_TAKEN');
      await em
        .getRepository(RefreshTokenEntity)
        .update({ userId: current.id, revokedAt: IsNull() }, { revokedAt: now });
    });
    const moved = await this.users.requireActive(holder.id);
    const login = await this.login(moved, false);
    return { user: login.user, login };
  }

  /** An unclaimed assisted sign-up without WeChat, and a caller account with nothing in it yet. */
  private async mayClaim(holder: UserEntity, current: UserEntity): Promise<boolean> {
    const profiles = this.dataSource.getRepository(WorkerProfileEntity);
    const holderProfile = await profiles.findOneBy({ userId: holder.id, erasedAt: IsNull() });
    const currentIsEmpty =
      current.roles.length === 1 &&
      current.roles[0] === 'worker' &&
      !current.employerId &&
      !current.providerId &&
      !(await profiles.existsBy({ userId: current.id }));
    return (
      holder.status === 'active' &&
      holder.wechatOpenId === null &&
      holderProfile?.assistedBy != null &&
      holderProfile.claimedAt === null &&
      currentIsEmpty
    );
  }

  sendSmsCode(phone: string, ip: string | null) {
    return this.sms.send(phone, ip);
  }

  /**
   * SMS login: a new phone becomes a worker account; the phone of an assisted sign-up logs the worker
   * into the account registered for them, which claims it.
   */
  async smsLogin(phone: string, code: string): Promise<LoginResponseDto> {
    await this.sms.verify(phone, code);
    const existing = await this.users.findByPhone(phone);
    if (existing) {
      await this.dataSource
        .getRepository(WorkerProfileEntity)
        .update(
          { userId: existing.id, claimedAt: IsNull(), erasedAt: IsNull() },
          { claimedAt: new Date() },
        );
      return this.login(existing, false);
    }
    try {
      const created = await this.users.createWorker({
        displayName: `用户${phone.slice(-4)}`,
        phone,
      });
      return this.login(created, true);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.users.findByPhone(phone);
      if (!winner) throw error;
      return this.login(winner, false);
    }
  }

  async refresh(refreshToken: string): Promise<LoginResponseDto> {
    const { userId, tokens } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findById(userId);
    if (!user || user.status === 'deleted') throw new DomainError('REFRESH_TOKEN_INVALID');
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
    return { ...tokens, user: await this.users.summary(user), isNewUser: false };
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }

  private async login(user: UserEntity, isNewUser: boolean): Promise<LoginResponseDto> {
    if (user.status === 'deleted') throw new DomainError('TOKEN_INVALID', '账号已注销');
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
    const tokens = await this.tokens.issue(user.id);
    return { ...tokens, user: await this.users.summary(user), isNewUser };
  }
}
