import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { AuthUser } from '../auth/auth-user';
import { type MeResponseDto, type UpdateMeDto, toUserSummary } from './users.dto';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  async me(auth: AuthUser): Promise<MeResponseDto> {
    return { user: toUserSummary(await this.requireActive(auth)) };
  }

  async updateMe(auth: AuthUser, dto: UpdateMeDto): Promise<MeResponseDto> {
    const user = await this.requireActive(auth);
    const displayName = dto.displayName.trim();
    if (!displayName) throw new DomainError('VALIDATION_FAILED', '显示名称不能为空');
    await this.users.update({ id: user.id }, { displayName });
    return { user: toUserSummary({ ...user, displayName }) };
  }

  private async requireActive(auth: AuthUser): Promise<UserEntity> {
    const user = await this.findById(auth.id);
    if (!user) throw new DomainError('TOKEN_INVALID', '账号不存在，请重新登录');
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
    return user;
  }
}
