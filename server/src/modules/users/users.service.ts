import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { DomainError } from '../../common/domain-error';
import type { AuthUser } from '../auth/auth-user';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import {
  type MeResponseDto,
  type UpdateMeDto,
  type UserSummaryDto,
  toUserSummary,
} from './users.dto';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByPhone(phone: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ phone });
  }

  findByOpenId(openId: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ wechatOpenId: openId });
  }

  /** A new worker account (the default role of anyone who signs in). */
  async createWorker(
    fields: Pick<UserEntity, 'displayName'> &
      Partial<Pick<UserEntity, 'phone' | 'wechatOpenId' | 'wechatUnionId'>>,
    em: EntityManager = this.users.manager,
  ): Promise<UserEntity> {
    const user: UserEntity = {
      id: randomUUID(),
      displayName: fields.displayName,
      phone: fields.phone ?? null,
      wechatOpenId: fields.wechatOpenId ?? null,
      wechatUnionId: fields.wechatUnionId ?? null,
      roles: ['worker'],
      status: 'active',
      regionCode: null,
      employerId: null,
      providerId: null,
      providerRole: null,
      deletedAt: null,
      isDemo: false,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await em.getRepository(UserEntity).insert(user);
    return user;
  }

  async summary(user: UserEntity): Promise<UserSummaryDto> {
    const hasProfile = await this.users.manager
      .getRepository(WorkerProfileEntity)
      .existsBy({ userId: user.id });
    return toUserSummary(user, hasProfile);
  }

  async me(auth: AuthUser): Promise<MeResponseDto> {
    return { user: await this.summary(await this.requireActive(auth.id)) };
  }

  async updateMe(auth: AuthUser, dto: UpdateMeDto): Promise<MeResponseDto> {
    const user = await this.requireActive(auth.id);
    const displayName = dto.displayName.trim();
    if (!displayName) throw new DomainError('VALIDATION_FAILED', '显示名称不能为空');
    await this.users.update({ id: user.id }, { displayName });
    return { user: await this.summary({ ...user, displayName }) };
  }

  /** Binds a phone to the account; one phone, one account. */
  async bindPhone(userId: string, phone: string): Promise<MeResponseDto> {
    const user = await this.requireActive(userId);
    if (user.phone === phone) return { user: await this.summary(user) };
    const holder = await this.findByPhone(phone);
    if (holder && holder.id !== user.id) throw new DomainError('PHONE_TAKEN');
    try {
      await this.users.update({ id: user.id }, { phone });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('PHONE_TAKEN');
      throw error;
    }
    return { user: await this.summary({ ...user, phone }) };
  }

  async requireActive(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user || user.status === 'deleted')
      throw new DomainError('TOKEN_INVALID', '账号不存在，请重新登录');
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
    return user;
  }
}
