import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, Like } from 'typeorm';
import { isWithin, regionName } from '@app/shared/regions';
import { maskPhone } from '@app/shared/validators';
import { DomainError } from '../../common/domain-error';
import { adminScope, authorize, regionPrefixPattern } from '../auth/access';
import type { AuthUser, RequestMeta } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import type { StaffGrantDto, StaffListResponseDto } from './staff.dto';

/**
 * Bureau staff accounts: an admin makes another account an admin of a region inside their own (a
 * city admin appoints county admins), moves one, or takes the role back. Every change is audited.
 */
@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthUser): Promise<StaffListResponseDto> {
    const scope = adminScope(auth);
    const users = await this.dataSource.getRepository(UserEntity).find({
      where: { regionCode: Like(regionPrefixPattern(scope)), status: 'active' },
      order: { regionCode: 'ASC', createdAt: 'ASC' },
    });
    return {
      items: users
        .filter((u) => u.roles.includes('admin') && u.regionCode && isWithin(u.regionCode, scope))
        .map((u) => ({
          userId: u.id,
          displayName: u.displayName,
          phoneMasked: u.phone ? maskPhone(u.phone) : null,
          regionCode: u.regionCode ?? '',
          regionName: regionName(u.regionCode ?? '') ?? '',
        })),
    };
  }

  async grant(
    auth: AuthUser,
    dto: StaffGrantDto,
    meta: RequestMeta,
  ): Promise<StaffListResponseDto> {
    const scope = adminScope(auth);
    if (!isWithin(dto.regionCode, scope)) {
      throw new DomainError('FORBIDDEN', '只能任命本人管辖范围内的管理员');
    }
    await this.dataSource.transaction(async (em) => {
      const users = em.getRepository(UserEntity);
      const user = await users.findOneBy({ phone: dto.phone });
      if (!user || user.status !== 'active') throw new DomainError('USER_NOT_FOUND');
      if (user.id === auth.id) throw new DomainError('FORBIDDEN', '不能修改自己的管理员权限');
      if (user.employerId || user.providerId) throw new DomainError('ALREADY_IN_ORGANISATION');
      // Moving an existing admin is only for one already inside this admin's region.
      if (user.roles.includes('admin') && !(user.regionCode && isWithin(user.regionCode, scope))) {
        throw new DomainError('FORBIDDEN', '该账号已是其他地区的管理员');
      }
      const roles = user.roles.includes('admin') ? user.roles : [...user.roles, 'admin' as const];
      await users.update({ id: user.id }, { roles, regionCode: dto.regionCode });
      await this.audit.record(em, {
        actorId: auth.id,
        action: 'user.role_change',
        targetType: 'user',
        targetId: user.id,
        regionCode: dto.regionCode,
        reason: `设为管理员（${regionName(dto.regionCode) ?? dto.regionCode}）`,
        meta,
      });
    });
    return this.list(auth);
  }

  async revoke(auth: AuthUser, userId: string, meta: RequestMeta): Promise<StaffListResponseDto> {
    const users = this.dataSource.getRepository(UserEntity);
    const found = await users.findOneBy({ id: userId });
    const target = found?.roles.includes('admin') ? found : null;
    authorize(auth, { roles: ['admin'], adminInScope: true }, target, (u) => ({
      regionCodes: [u.regionCode],
    }));
    if (target.id === auth.id) throw new DomainError('FORBIDDEN', '不能修改自己的管理员权限');
    await this.dataSource.transaction(async (em) => {
      await em
        .getRepository(UserEntity)
        .update(
          { id: target.id },
          { roles: target.roles.filter((r) => r !== 'admin'), regionCode: null },
        );
      await this.audit.record(em, {
        actorId: auth.id,
        action: 'user.role_change',
        targetType: 'user',
        targetId: target.id,
        regionCode: target.regionCode,
        reason: '取消管理员',
        meta,
      });
    });
    return this.list(auth);
  }
}
