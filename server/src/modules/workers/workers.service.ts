import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { regionName } from '@app/shared/regions';
import { maskPhone } from '@app/shared/validators';
import { DomainError } from '../../common/domain-error';
import { PiiCipher } from '../../common/pii-cipher';
import {
  type AccessRule,
  type ResourceScope,
  adminCovers,
  adminScope,
  authorize,
  hasRole,
  requireRole,
  regionPrefixPattern,
} from '../auth/access';
import type { AuthUser, RequestMeta } from '../auth/auth-user';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { AuditService } from '../audit/audit.service';
import { TrainingProviderEntity } from '../organisations/training-provider.entity';
import { UserEntity } from '../users/user.entity';
import { isUniqueViolation } from '../../common/db-errors';
import { UsersService } from '../users/users.service';
import type {
  AssistedWorkerDto,
  RevealIdNumberResponseDto,
  WorkerDataExportDto,
  WorkerListQueryDto,
  WorkerListResponseDto,
  WorkerProfileInputDto,
  WorkerProfileResponseDto,
  WorkerProfileViewDto,
} from './workers.dto';
import { WorkerProfileEntity } from './worker-profile.entity';
import { idNumberFields } from './id-number-fields';

const ADMIN_READ: AccessRule = { roles: ['admin'], adminInScope: true };

/** A worker belongs to the owner and to the admins of their household and current counties. */
const workerScope = (profile: WorkerProfileEntity): ResourceScope => ({
  ownerId: profile.userId,
  regionCodes: [profile.householdRegionCode, profile.currentRegionCode],
});

/** Worker profiles under PIPL: consent, encrypted ID numbers, masked answers, audited reveals. */
@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  async getOwn(auth: AuthUser): Promise<WorkerProfileResponseDto> {
    requireRole(auth, 'worker');
    const { profile, user } = await this.load(auth.id);
    if (!profile || !user) throw new DomainError('PROFILE_NOT_FOUND');
    return { profile: this.view(profile, user) };
  }

  /** Creates or edits the caller's own profile. */
  async upsertOwn(auth: AuthUser, dto: WorkerProfileInputDto): Promise<WorkerProfileResponseDto> {
    requireRole(auth, 'worker');
    this.checkConsent(dto);
    return this.dataSource.transaction(async (em) => {
      const user = await em.getRepository(UserEntity).findOneByOrFail({ id: auth.id });
      const existing = await em
        .getRepository(WorkerProfileEntity)
        .findOneBy({ userId: auth.id, erasedAt: IsNull() });
      if (!existing && !dto.idNumber) {
        throw new DomainError('VALIDATION_FAILED', '提交的内容有误：身份证号 为必填项', [
          { field: 'idNumber', messages: ['身份证号 为必填项'] },
        ]);
      }
      const now = new Date();
      const profile: WorkerProfileEntity = {
        ...(existing ?? this.blankProfile(auth.id, now)),
        ...this.personalFields(dto, existing, now),
        ...(dto.idNumber ? idNumberFields(this.pii, dto.idNumber) : {}),
        consentVersion: dto.consentVersion,
        consentAt: existing?.consentVersion === dto.consentVersion ? existing.consentAt : now,
        updatedAt: now,
      };
      await this.saveUnique(em, profile, auth.id);
      if (!existing) {
        await em
          .getRepository(UserEntity)
          .update({ id: auth.id }, { displayName: profile.realName ?? user.displayName });
      }
      return { profile: this.view(profile, user) };
    });
  }

  /** The owner reads their own full ID number (recorded like any reveal). */
  async revealOwn(auth: AuthUser, meta: RequestMeta): Promise<RevealIdNumberResponseDto> {
    requireRole(auth, 'worker');
    const { profile } = await this.load(auth.id);
    if (!profile) throw new DomainError('PROFILE_NOT_FOUND');
    return this.reveal(auth, profile, '本人查看', meta);
  }

  /** A trainer of a verified provider, or an admin in scope, registers a worker without a smartphone. */
  async registerAssisted(
    auth: AuthUser,
    dto: AssistedWorkerDto,
    meta: RequestMeta,
  ): Promise<WorkerProfileResponseDto> {
    requireRole(auth, 'trainer', 'admin');
    const asAdmin =
      adminCovers(auth, dto.householdRegionCode) || adminCovers(auth, dto.currentRegionCode);
    if (!asAdmin) {
      if (hasRole(auth, 'admin') && !hasRole(auth, 'trainer')) {
        throw new DomainError('FORBIDDEN', '只能代为注册管辖区域内的劳动者');
      }
      const provider = auth.providerId
        ? await this.dataSource
            .getRepository(TrainingProviderEntity)
            .findOneBy({ id: auth.providerId })
        : null;
      if (provider?.status !== 'verified') {
        throw new DomainError('FORBIDDEN', '所在培训机构通过审核后才能代为注册劳动者');
      }
    }
    if (dto.priorityGroup !== null && !dto.priorityGroupConsent) {
      throw new DomainError('SENSITIVE_CONSENT_REQUIRED');
    }
    return this.dataSource.transaction(async (em) => {
      const users = em.getRepository(UserEntity);
      if (await users.existsBy({ phone: dto.phone })) throw new DomainError('PHONE_TAKEN');
      const now = new Date();
      let user: UserEntity;
      try {
        user = await this.users.createWorker({ displayName: dto.realName, phone: dto.phone }, em);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('PHONE_TAKEN');
        throw error;
      }
      const userId = user.id;
      const profile: WorkerProfileEntity = {
        ...this.blankProfile(userId, now),
        ...this.personalFields(dto, null, now),
        ...idNumberFields(this.pii, dto.idNumber),
        consentVersion: PRIVACY_NOTICE_VERSION,
        consentAt: now,
        assistedBy: auth.id,
        paperConsentReference: dto.paperConsentReference,
      };
      await this.saveUnique(em, profile, userId);
      await this.audit.record(em, {
        actorId: auth.id,
        action: 'worker.assisted_register',
        targetType: 'worker',
        targetId: userId,
        regionCode: profile.householdRegionCode,
        reason: `纸质同意书 ${dto.paperConsentReference}`,
        meta,
      });
      return { profile: this.view(profile, user) };
    });
  }

  /** Workers whose household or current county lies in the admin's region. */
  async list(auth: AuthUser, query: WorkerListQueryDto): Promise<WorkerListResponseDto> {
    const pattern = regionPrefixPattern(adminScope(auth));
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.dataSource
      .getRepository(WorkerProfileEntity)
      .createQueryBuilder('p')
      .innerJoin(UserEntity, 'u', 'u.id = p.user_id')
      .select(['p', 'u.phone'])
      .where('p.erased_at IS NULL')
      .andWhere('(p.household_region_code LIKE :pattern OR p.current_region_code LIKE :pattern)', {
        pattern,
      })
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.user_id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize);
    if (query.q)
      qb.andWhere('p.real_name LIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const [{ entities, raw }, total] = await Promise.all([qb.getRawAndEntities(), qb.getCount()]);
    const phones = new Map(
      (raw as { p_user_id: string; u_phone: string | null }[]).map((r) => [r.p_user_id, r.u_phone]),
    );
    return {
      items: entities.map((p) => {
        const phone = phones.get(p.userId) ?? null;
        return {
          userId: p.userId,
          realName: p.realName ?? '',
          idNumberMasked: p.idNumberMasked ?? '',
          gender: p.gender,
          householdRegionCode: p.householdRegionCode,
          householdRegionName: regionName(p.householdRegionCode) ?? '',
          phoneMasked: phone ? maskPhone(phone) : null,
          priorityGroup: p.priorityGroup,
          assisted: p.assistedBy !== null,
          createdAt: p.createdAt.toISOString(),
        };
      }),
      total,
      page,
      pageSize,
    };
  }

  async getForAdmin(auth: AuthUser, userId: string): Promise<WorkerProfileResponseDto> {
    const { profile, user } = await this.load(userId);
    authorize(auth, ADMIN_READ, profile, workerScope);
    if (!user) throw new DomainError('NOT_FOUND');
    return { profile: this.view(profile, user) };
  }

  async revealForAdmin(
    auth: AuthUser,
    userId: string,
    reason: string,
    meta: RequestMeta,
  ): Promise<RevealIdNumberResponseDto> {
    const { profile } = await this.load(userId);
    authorize(auth, ADMIN_READ, profile, workerScope);
    return this.reveal(auth, profile, reason, meta);
  }

  /** Everything held about the caller, unmasked (their right of access). */
  async exportOwn(auth: AuthUser): Promise<WorkerDataExportDto> {
    const { profile, user } = await this.load(auth.id);
    if (!user) throw new DomainError('TOKEN_INVALID');
    let exported: WorkerDataExportDto['profile'] = null;
    if (profile) {
      const { idNumberMasked: _masked, phoneMasked: _phone, ...rest } = this.view(profile, user);
      exported = { ...rest, idNumber: this.openId(profile) };
    }
    return {
      exportedAt: new Date().toISOString(),
      account: {
        id: user.id,
        displayName: user.displayName,
        phone: user.phone,
        roles: user.roles,
        wechatBound: user.wechatOpenId !== null,
        createdAt: user.createdAt.toISOString(),
      },
      profile: exported,
    };
  }

  /**
   * Deletes the account: personal fields are erased and every login revoked; what statistics need
   * (gender, birth year, regions, education) stays, no longer linked to a person.
   */
  async deleteOwn(auth: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const now = new Date();
      await em.getRepository(UserEntity).update(
        { id: auth.id },
        {
          displayName: '已注销用户',
          phone: null,
          wechatOpenId: null,
          wechatUnionId: null,
          status: 'deleted',
          deletedAt: now,
        },
      );
      const profile = await em.getRepository(WorkerProfileEntity).findOneBy({ userId: auth.id });
      if (profile) {
        await em.getRepository(WorkerProfileEntity).update(
          { userId: auth.id },
          {
            realName: null,
            idNumberCipher: null,
            idNumberKeyId: null,
            idNumberHash: null,
            idNumberMasked: null,
            birthDate: `${profile.birthDate.slice(0, 4)}-01-01`,
            skills: [],
            wantedBrands: [],
            wantedRegionCodes: [],
            priorityGroup: null,
            priorityConsentAt: null,
            paperConsentReference: null,
            erasedAt: now,
          },
        );
      }
      await em
        .getRepository(RefreshTokenEntity)
        .update({ userId: auth.id, revokedAt: IsNull() }, { revokedAt: now });
    });
  }

  private async load(
    userId: string,
  ): Promise<{ profile: WorkerProfileEntity | null; user: UserEntity | null }> {
    const [profile, user] = await Promise.all([
      this.dataSource.getRepository(WorkerProfileEntity).findOneBy({ userId, erasedAt: IsNull() }),
      this.dataSource.getRepository(UserEntity).findOneBy({ id: userId }),
    ]);
    return { profile, user };
  }

  private async reveal(
    auth: AuthUser,
    profile: WorkerProfileEntity,
    reason: string,
    meta: RequestMeta,
  ): Promise<RevealIdNumberResponseDto> {
    const idNumber = this.openId(profile);
    await this.dataSource.transaction((em) =>
      this.audit.record(em, {
        actorId: auth.id,
        action: 'worker.reveal_id_number',
        targetType: 'worker',
        targetId: profile.userId,
        regionCode: profile.householdRegionCode,
        reason,
        meta,
      }),
    );
    return { idNumber };
  }

  private openId(profile: WorkerProfileEntity): string {
    if (!profile.idNumberCipher || !profile.idNumberKeyId)
      throw new DomainError('PROFILE_NOT_FOUND');
    return this.pii.open({ ciphertext: profile.idNumberCipher, keyId: profile.idNumberKeyId });
  }

  private checkConsent(dto: WorkerProfileInputDto): void {
    if (dto.consentVersion !== PRIVACY_NOTICE_VERSION) throw new DomainError('CONSENT_REQUIRED');
    if (dto.priorityGroup !== null && !dto.priorityGroupConsent) {
      throw new DomainError('SENSITIVE_CONSENT_REQUIRED');
    }
  }

  private blankProfile(userId: string, now: Date): WorkerProfileEntity {
    return {
      userId,
      realName: null,
      idNumberCipher: null,
      idNumberKeyId: null,
      idNumberHash: null,
      idNumberMasked: null,
      gender: 'female',
      birthDate: '',
      householdRegionCode: '',
      currentRegionCode: '',
      education: null,
      skills: [],
      wantedBrands: [],
      wantedRegionCodes: [],
      minMonthlySalary: null,
      priorityGroup: null,
      priorityConsentAt: null,
      consentVersion: PRIVACY_NOTICE_VERSION,
      consentAt: now,
      assistedBy: null,
      paperConsentReference: null,
      claimedAt: null,
      erasedAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  private personalFields(
    dto: Omit<WorkerProfileInputDto, 'idNumber' | 'consentVersion'>,
    existing: WorkerProfileEntity | null,
    now: Date,
  ): Partial<WorkerProfileEntity> {
    const keepConsentTime =
      existing?.priorityGroup === dto.priorityGroup && existing.priorityConsentAt !== null;
    return {
      realName: dto.realName,
      householdRegionCode: dto.householdRegionCode,
      currentRegionCode: dto.currentRegionCode,
      education: dto.education,
      skills: [...new Set(dto.skills)],
      wantedBrands: [...new Set(dto.wantedBrands)],
      wantedRegionCodes: [...new Set(dto.wantedRegionCodes)],
      minMonthlySalary: dto.minMonthlySalary,
      priorityGroup: dto.priorityGroup,
      priorityConsentAt:
        dto.priorityGroup === null ? null : keepConsentTime ? existing.priorityConsentAt : now,
    };
  }

  /** One ID number, one worker: checked first for a clear answer, and by the unique key for races. */
  private async saveUnique(
    em: EntityManager,
    profile: WorkerProfileEntity,
    userId: string,
  ): Promise<void> {
    const repo = em.getRepository(WorkerProfileEntity);
    const holder = profile.idNumberHash
      ? await repo.findOneBy({ idNumberHash: profile.idNumberHash })
      : null;
    if (holder && holder.userId !== userId) throw new DomainError('ID_NUMBER_TAKEN');
    try {
      await repo.save(profile);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('ID_NUMBER_TAKEN');
      throw error;
    }
  }

  private view(profile: WorkerProfileEntity, user: UserEntity): WorkerProfileViewDto {
    return {
      userId: profile.userId,
      realName: profile.realName ?? '',
      idNumberMasked: profile.idNumberMasked ?? '',
      gender: profile.gender,
      birthDate: profile.birthDate,
      householdRegionCode: profile.householdRegionCode,
      householdRegionName: regionName(profile.householdRegionCode) ?? '',
      currentRegionCode: profile.currentRegionCode,
      currentRegionName: regionName(profile.currentRegionCode) ?? '',
      phoneMasked: user.phone ? maskPhone(user.phone) : null,
      education: profile.education,
      skills: profile.skills,
      wantedBrands: profile.wantedBrands,
      wantedRegionCodes: profile.wantedRegionCodes,
      minMonthlySalary: profile.minMonthlySalary,
      priorityGroup: profile.priorityGroup,
      consentVersion: profile.consentVersion,
      consentAt: profile.consentAt.toISOString(),
      assisted: profile.assistedBy !== null,
      claimed: profile.assistedBy === null || profile.claimedAt !== null,
      createdAt: profile.createdAt.toISOString(),
      updatedAt: profile.updatedAt.toISOString(),
    };
  }
}
