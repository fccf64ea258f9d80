import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, Like, MoreThan } from 'typeorm';
import type { OrganisationKind, Role } from '@app/shared/enums';
import { regionName } from '@app/shared/regions';
import { maskPhone } from '@app/shared/validators';
import { DomainError } from '../../common/domain-error';
import {
  type AccessRule,
  type ResourceScope,
  adminScope,
  authorize,
  hasRole,
  requireRole,
  regionPrefixPattern,
} from '../auth/access';
import type { AuthUser, RequestMeta } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { isUniqueViolation } from '../../common/db-errors';
import { EmployerEntity } from './employer.entity';
import type { OrganisationColumns } from './organisation.columns';
import type {
  EmployerInputDto,
  EmployerResponseDto,
  EmployerViewDto,
  OrganisationListItemDto,
  OrganisationListQueryDto,
  OrganisationListResponseDto,
  ProviderInputDto,
  ProviderInviteResponseDto,
  ProviderResponseDto,
  ProviderViewDto,
  TrainerListResponseDto,
} from './organisations.dto';
import { ProviderInviteEntity } from './provider-invite.entity';
import { TrainingProviderEntity } from './training-provider.entity';

const ENTITY = { employer: EmployerEntity, provider: TrainingProviderEntity } as const;
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L
const INVITE_DAYS = 7;
const ADMIN_REVIEW: AccessRule = { roles: ['admin'], adminInScope: true };
type Decision = { status: 'verified' | 'rejected'; rejectReason: string | null };
const VERIFIED: Decision = { status: 'verified', rejectReason: null };
const rejected = (reason: string): Decision => ({ status: 'rejected', rejectReason: reason });
const orgScope = (org: OrganisationColumns): ResourceScope => ({ regionCodes: [org.regionCode] });

/** Employer and training-provider sign-up, review by admins in scope, and provider membership. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async createEmployer(auth: AuthUser, dto: EmployerInputDto): Promise<EmployerResponseDto> {
    const employer = await this.create(auth, 'employer', dto, {});
    return { employer: this.view(employer) };
  }

  async createProvider(auth: AuthUser, dto: ProviderInputDto): Promise<ProviderResponseDto> {
    const provider = await this.create(auth, 'provider', dto, { kind: dto.kind });
    return { provider: this.providerView(provider as TrainingProviderEntity) };
  }

  async getMyEmployer(auth: AuthUser): Promise<EmployerResponseDto> {
    return { employer: this.view(await this.mine(auth, 'employer')) };
  }

  async getMyProvider(auth: AuthUser): Promise<ProviderResponseDto> {
    return { provider: this.providerView(await this.mine(auth, 'provider')) };
  }

  async updateMyEmployer(auth: AuthUser, dto: EmployerInputDto): Promise<EmployerResponseDto> {
    const current = await this.mine(auth, 'employer');
    return { employer: this.view(await this.update('employer', current, dto, {})) };
  }

  async updateMyProvider(auth: AuthUser, dto: ProviderInputDto): Promise<ProviderResponseDto> {
    const current = await this.mine(auth, 'provider');
    if (auth.providerRole !== 'admin')
      throw new DomainError('FORBIDDEN', '只有机构管理员可以修改机构信息');
    const updated = await this.update('provider', current, dto, { kind: dto.kind });
    return { provider: this.providerView(updated) };
  }

  async createInvite(auth: AuthUser): Promise<ProviderInviteResponseDto> {
    const provider = await this.mine(auth, 'provider');
    if (auth.providerRole !== 'admin')
      throw new DomainError('FORBIDDEN', '只有机构管理员可以邀请讲师');
    const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
    for (let attempt = 0; ; attempt++) {
      const code = Array.from(
        { length: 8 },
        () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)],
      ).join('');
      try {
        await this.dataSource.getRepository(ProviderInviteEntity).insert({
          code,
          providerId: provider.id,
          createdBy: auth.id,
          expiresAt,
          usedBy: null,
          usedAt: null,
        });
        return { code, expiresAt: expiresAt.toISOString() };
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  /** A trainer joins with an invite code; the code is spent by one conditional UPDATE. */
  async joinProvider(auth: AuthUser, code: string): Promise<ProviderResponseDto> {
    this.requireNoOrganisation(auth);
    return this.dataSource.transaction(async (em) => {
      const now = new Date();
      const spent = await em
        .getRepository(ProviderInviteEntity)
        .update(
          { code, usedBy: IsNull(), expiresAt: MoreThan(now) },
          { usedBy: auth.id, usedAt: now },
        );
      if (spent.affected !== 1) throw new DomainError('INVITE_CODE_INVALID');
      const invite = await em.getRepository(ProviderInviteEntity).findOneByOrFail({ code });
      const provider = await em
        .getRepository(TrainingProviderEntity)
        .findOneByOrFail({ id: invite.providerId });
      await this.joinAs(em, auth.id, 'trainer', {
        providerId: provider.id,
        providerRole: 'trainer',
      });
      return { provider: this.providerView(provider) };
    });
  }

  async listTrainers(auth: AuthUser): Promise<TrainerListResponseDto> {
    const provider = await this.mine(auth, 'provider');
    return this.trainersOf(provider.id);
  }

  /** The review queue of an admin: organisations registered inside their region. */
  async list(
    auth: AuthUser,
    query: OrganisationListQueryDto,
  ): Promise<OrganisationListResponseDto> {
    const pattern = regionPrefixPattern(adminScope(auth));
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const kinds: OrganisationKind[] = query.kind ? [query.kind] : ['employer', 'provider'];
    const where = { regionCode: Like(pattern), ...(query.status ? { status: query.status } : {}) };
    const results = await Promise.all(
      kinds.map(async (kind) => {
        const [rows, count] = await this.dataSource.getRepository(ENTITY[kind]).findAndCount({
          where,
          order: { createdAt: 'DESC', id: 'ASC' },
          take: page * pageSize,
        });
        return { count, items: rows.map((row) => this.listItem(kind, row)) };
      }),
    );
    const merged = results
      .flatMap((r) => r.items)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    return {
      items: merged.slice((page - 1) * pageSize, page * pageSize),
      total: results.reduce((sum, r) => sum + r.count, 0),
      page,
      pageSize,
    };
  }

  async verifyEmployer(
    auth: AuthUser,
    id: string,
    meta: RequestMeta,
  ): Promise<EmployerResponseDto> {
    return { employer: this.view(await this.review(auth, 'employer', id, VERIFIED, meta)) };
  }

  async rejectEmployer(
    auth: AuthUser,
    id: string,
    reason: string,
    meta: RequestMeta,
  ): Promise<EmployerResponseDto> {
    return { employer: this.view(await this.review(auth, 'employer', id, rejected(reason), meta)) };
  }

  async verifyProvider(
    auth: AuthUser,
    id: string,
    meta: RequestMeta,
  ): Promise<ProviderResponseDto> {
    return { provider: this.providerView(await this.review(auth, 'provider', id, VERIFIED, meta)) };
  }

  async rejectProvider(
    auth: AuthUser,
    id: string,
    reason: string,
    meta: RequestMeta,
  ): Promise<ProviderResponseDto> {
    return {
      provider: this.providerView(await this.review(auth, 'provider', id, rejected(reason), meta)),
    };
  }

  /** An admin in scope attaches an existing account (by phone) to a provider as a trainer. */
  async attachTrainer(
    auth: AuthUser,
    providerId: string,
    phone: string,
    meta: RequestMeta,
  ): Promise<TrainerListResponseDto> {
    const provider = await this.dataSource
      .getRepository(TrainingProviderEntity)
      .findOneBy({ id: providerId });
    authorize(auth, ADMIN_REVIEW, provider, orgScope);
    await this.dataSource.transaction(async (em) => {
      const user = await em.getRepository(UserEntity).findOneBy({ phone });
      if (!user || user.status !== 'active') throw new DomainError('USER_NOT_FOUND');
      if (user.providerId === provider.id) return;
      if (user.employerId || user.providerId) throw new DomainError('ALREADY_IN_ORGANISATION');
      await this.joinAs(em, user.id, 'trainer', {
        providerId: provider.id,
        providerRole: 'trainer',
      });
      await this.audit.record(em, {
        actorId: auth.id,
        action: 'provider.attach_trainer',
        targetType: 'user',
        targetId: user.id,
        regionCode: provider.regionCode,
        reason: `加入 ${provider.name}`,
        meta,
      });
    });
    return this.trainersOf(provider.id);
  }

  // ——— internals ———

  /** Bureau staff review organisations, so they cannot also be one (or verify their own). */
  private requireNoOrganisation(auth: AuthUser): void {
    if (hasRole(auth, 'admin'))
      throw new DomainError('FORBIDDEN', '管理员账号不能入驻或加入单位、机构');
    if (auth.employerId || auth.providerId) throw new DomainError('ALREADY_IN_ORGANISATION');
  }

  private async create(
    auth: AuthUser,
    kind: OrganisationKind,
    dto: EmployerInputDto,
    extra: Partial<TrainingProviderEntity>,
  ): Promise<OrganisationColumns> {
    this.requireNoOrganisation(auth);
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(ENTITY[kind]);
      if (await repo.existsBy({ creditCode: dto.creditCode }))
        throw new DomainError('CREDIT_CODE_TAKEN');
      const now = new Date();
      const org = {
        id: randomUUID(),
        name: dto.name,
        creditCode: dto.creditCode,
        regionCode: dto.regionCode,
        address: dto.address,
        contactName: dto.contactName,
        contactPhone: dto.contactPhone,
        description: dto.description ?? '',
        status: 'pending' as const,
        rejectReason: null,
        reviewedBy: null,
        reviewedAt: null,
        createdBy: auth.id,
        isDemo: false,
        createdAt: now,
        updatedAt: now,
        ...extra,
      };
      try {
        await repo.insert(org);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('CREDIT_CODE_TAKEN');
        throw error;
      }
      if (kind === 'employer') {
        await this.joinAs(em, auth.id, 'employer', { employerId: org.id });
      } else {
        await this.joinAs(em, auth.id, 'trainer', { providerId: org.id, providerRole: 'admin' });
      }
      return org;
    });
  }

  /** Gives the user the role and the organisation, once, unless they already belong somewhere. */
  private async joinAs(
    em: EntityManager,
    userId: string,
    role: Role,
    link: Partial<Pick<UserEntity, 'employerId' | 'providerId' | 'providerRole'>>,
  ): Promise<void> {
    const users = em.getRepository(UserEntity);
    const user = await users.findOneByOrFail({ id: userId });
    if (user.employerId || user.providerId) throw new DomainError('ALREADY_IN_ORGANISATION');
    const roles = user.roles.includes(role) ? user.roles : [...user.roles, role];
    const joined = await users.update(
      { id: userId, employerId: IsNull(), providerId: IsNull() },
      { ...link, roles },
    );
    if (joined.affected !== 1) throw new DomainError('ALREADY_IN_ORGANISATION');
  }

  private async mine<K extends OrganisationKind>(
    auth: AuthUser,
    kind: K,
  ): Promise<K extends 'provider' ? TrainingProviderEntity : EmployerEntity> {
    requireRole(auth, kind === 'employer' ? 'employer' : 'trainer');
    const id = kind === 'employer' ? auth.employerId : auth.providerId;
    const org = id ? await this.dataSource.getRepository(ENTITY[kind]).findOneBy({ id }) : null;
    if (!org)
      throw new DomainError(
        'NOT_FOUND',
        kind === 'employer' ? '尚未登记用人单位' : '尚未加入培训机构',
      );
    return org as K extends 'provider' ? TrainingProviderEntity : EmployerEntity;
  }

  /**
   * Edits by the organisation itself. Changing who it is (name, 信用代码, region) sends a verified one
   * back to review; a rejected one goes back to pending whatever changed.
   */
  private async update<T extends OrganisationColumns>(
    kind: OrganisationKind,
    current: T,
    dto: EmployerInputDto,
    extra: Partial<TrainingProviderEntity>,
  ): Promise<T> {
    const identityChanged =
      dto.name !== current.name ||
      dto.creditCode !== current.creditCode ||
      dto.regionCode !== current.regionCode;
    const backToReview =
      current.status === 'rejected' || (current.status === 'verified' && identityChanged);
    const changes = {
      name: dto.name,
      creditCode: dto.creditCode,
      regionCode: dto.regionCode,
      address: dto.address,
      contactName: dto.contactName,
      contactPhone: dto.contactPhone,
      description: dto.description ?? current.description,
      ...extra,
      ...(backToReview
        ? { status: 'pending' as const, rejectReason: null, reviewedBy: null, reviewedAt: null }
        : {}),
    };
    const repo = this.dataSource.getRepository(ENTITY[kind]);
    if (
      dto.creditCode !== current.creditCode &&
      (await repo.existsBy({ creditCode: dto.creditCode }))
    ) {
      throw new DomainError('CREDIT_CODE_TAKEN');
    }
    try {
      await repo.update({ id: current.id }, changes);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('CREDIT_CODE_TAKEN');
      throw error;
    }
    return { ...current, ...changes, updatedAt: new Date() };
  }

  /** pending → verified / rejected, once: the conditional UPDATE makes a second decision fail cleanly. */
  private async review<K extends OrganisationKind>(
    auth: AuthUser,
    kind: K,
    id: string,
    decision: Decision,
    meta: RequestMeta,
  ): Promise<K extends 'provider' ? TrainingProviderEntity : EmployerEntity> {
    const org = (await this.dataSource.getRepository(ENTITY[kind]).findOneBy({ id })) as
      (K extends 'provider' ? TrainingProviderEntity : EmployerEntity) | null;
    authorize(auth, ADMIN_REVIEW, org, orgScope);
    if (org.createdBy === auth.id) throw new DomainError('FORBIDDEN', '不能审核自己提交的申请');
    const reviewedAt = new Date();
    await this.dataSource.transaction(async (em) => {
      const changed = await em
        .getRepository(ENTITY[kind])
        .update({ id, status: 'pending' }, { ...decision, reviewedBy: auth.id, reviewedAt });
      if (changed.affected !== 1) throw new DomainError('ORGANISATION_NOT_PENDING');
      await this.audit.record(em, {
        actorId: auth.id,
        action: decision.status === 'verified' ? 'organisation.verify' : 'organisation.reject',
        targetType: kind,
        targetId: id,
        regionCode: org.regionCode,
        reason: decision.rejectReason,
        meta,
      });
    });
    return { ...org, ...decision, reviewedBy: auth.id, reviewedAt };
  }

  private async trainersOf(providerId: string): Promise<TrainerListResponseDto> {
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { providerId }, order: { createdAt: 'ASC' } });
    return {
      items: users.map((u) => ({
        userId: u.id,
        displayName: u.displayName,
        phoneMasked: u.phone ? maskPhone(u.phone) : null,
        providerRole: u.providerRole ?? 'trainer',
      })),
    };
  }

  private view(org: OrganisationColumns): EmployerViewDto {
    return {
      id: org.id,
      name: org.name,
      creditCode: org.creditCode,
      regionCode: org.regionCode,
      regionName: regionName(org.regionCode) ?? '',
      address: org.address,
      contactName: org.contactName,
      contactPhone: org.contactPhone,
      description: org.description,
      status: org.status,
      rejectReason: org.rejectReason,
      reviewedAt: org.reviewedAt?.toISOString() ?? null,
      createdAt: org.createdAt.toISOString(),
    };
  }

  private providerView(org: TrainingProviderEntity): ProviderViewDto {
    return { ...this.view(org), kind: org.kind };
  }

  private listItem(kind: OrganisationKind, org: OrganisationColumns): OrganisationListItemDto {
    return {
      id: org.id,
      kind,
      name: org.name,
      creditCode: org.creditCode,
      regionCode: org.regionCode,
      regionName: regionName(org.regionCode) ?? '',
      contactName: org.contactName,
      contactPhone: org.contactPhone,
      providerKind: kind === 'provider' ? (org as TrainingProviderEntity).kind : null,
      status: org.status,
      rejectReason: org.rejectReason,
      reviewedAt: org.reviewedAt?.toISOString() ?? null,
      createdAt: org.createdAt.toISOString(),
    };
  }
}
