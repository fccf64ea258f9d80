import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { AuditAction } from '@app/shared/enums';
import { regionName } from '@app/shared/regions';
import { DomainError } from '../../common/domain-error';
import {
  type AccessRule,
  adminCovers,
  authorize,
  requireRole,
  regionPrefixPattern,
} from '../auth/access';
import type { AuthUser, RequestMeta } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { TrainingService } from '../training/training.service';
import { AffiliateEntity } from './affiliate.entity';
import { BrandTargetEntity, ProgrammeTargetEntity } from './brand-target.entity';
import { BrandEntity } from './brand.entity';
import type {
  AffiliateInputDto,
  BrandDetailResponseDto,
  BrandInputDto,
  BrandListItemDto,
  BrandListQueryDto,
  BrandListResponseDto,
  BrandTargetsDto,
  OccupationListQueryDto,
  OccupationInputDto,
  OccupationListResponseDto,
  OccupationResponseDto,
  OccupationViewDto,
  ProgrammeTargetListResponseDto,
} from './brands.dto';
import { BrandOccupationEntity, OccupationEntity } from './occupation.entity';

const ADMIN_EDIT: AccessRule = { roles: ['admin'], adminInScope: true };
const brandScope = (b: BrandEntity) => ({ regionCodes: [b.regionCode] });
const UPCOMING_ON_DETAIL = 5;

/** The first sentence of a story, for cards. */
function summaryOf(story: string): string {
  const end = story.search(/[。！？]/);
  return end >= 0 ? story.slice(0, end + 1) : story.slice(0, 60);
}

/** The brand directory: public lists and details, and the admins' edits (audited). */
@Injectable()
export class BrandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly training: TrainingService,
    private readonly audit: AuditService,
  ) {}

  async list(query: BrandListQueryDto): Promise<BrandListResponseDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.dataSource
      .getRepository(BrandEntity)
      .createQueryBuilder('b')
      .where('b.archived_at IS NULL');
    if (query.regionCode)
      qb.andWhere('b.region_code LIKE :region', { region: regionPrefixPattern(query.regionCode) });
    if (query.series) qb.andWhere('b.series = :series', { series: query.series });
    if (query.industry) qb.andWhere('b.industry = :industry', { industry: query.industry });
    if (query.type) qb.andWhere('b.type = :type', { type: query.type });
    if (query.stage) qb.andWhere('b.stage = :stage', { stage: query.stage });
    if (query.level) qb.andWhere('b.level = :level', { level: query.level });
    if (query.q) {
      const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
      qb.andWhere('(b.name LIKE :q OR b.aliases LIKE :q)', { q: like });
    }
    if (query.sort === 'name') qb.orderBy('b.name', 'ASC').addOrderBy('b.code', 'ASC');
    else qb.orderBy('b.sort_order', 'ASC').addOrderBy('b.code', 'ASC');
    const [rows, total] = await qb
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map((b) => this.listItem(b)), total, page, pageSize };
  }

  async detail(code: string): Promise<BrandDetailResponseDto> {
    const brand = await this.dataSource
      .getRepository(BrandEntity)
      .findOneBy({ code, archivedAt: IsNull() });
    if (!brand) throw new DomainError('NOT_FOUND', '没有找到这个劳务品牌');
    return this.detailOf(brand);
  }

  async occupations(query: OccupationListQueryDto): Promise<OccupationListResponseDto> {
    const qb = this.dataSource.getRepository(OccupationEntity).createQueryBuilder('o');
    if (query.brandCode) {
      qb.innerJoin(
        BrandOccupationEntity,
        'bo',
        'bo.occupation_code = o.code AND bo.brand_code = :brand',
        {
          brand: query.brandCode,
        },
      );
    }
    if (query.effectiveOn) {
      qb.andWhere('o.effective_from <= :day', { day: query.effectiveOn }).andWhere(
        '(o.effective_to IS NULL OR o.effective_to >= :day)',
      );
    }
    const rows = await qb.orderBy('o.code', 'ASC').getMany();
    return { items: await this.occupationViews(rows) };
  }

  async programmeTargets(): Promise<ProgrammeTargetListResponseDto> {
    const rows = await this.dataSource
      .getRepository(ProgrammeTargetEntity)
      .find({ order: { plan: 'DESC', metric: 'ASC' } });
    return { items: rows.map((r) => ({ ...r })) };
  }

  // ——— admin ———

  async create(
    auth: AuthUser,
    dto: BrandInputDto,
    meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    requireRole(auth, 'admin');
    if (!adminCovers(auth, dto.regionCode)) {
      throw new DomainError('FORBIDDEN', '只能新建管辖范围内的劳务品牌');
    }
    await this.checkOccupations(dto.occupationCodes);
    await this.dataSource.transaction(async (em) => {
      const brands = em.getRepository(BrandEntity);
      if (await brands.existsBy({ code: dto.code })) {
        throw new DomainError('CONFLICT', '品牌代码已被使用');
      }
      const { occupationCodes: _codes, ...fields } = dto;
      await brands.insert({ ...fields, sortOrder: 1000, archivedAt: null });
      await this.linkOccupations(em, dto.code, dto.occupationCodes);
      await this.record(em, auth, 'brand.create', dto.code, dto.regionCode, meta);
    });
    return this.detail(dto.code);
  }

  async update(
    auth: AuthUser,
    code: string,
    dto: BrandInputDto,
    meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    const brand = await this.dataSource.getRepository(BrandEntity).findOneBy({ code });
    authorize(auth, ADMIN_EDIT, brand, brandScope);
    if (dto.code !== code) throw new DomainError('VALIDATION_FAILED', '品牌代码创建后不能修改');
    if (!adminCovers(auth, dto.regionCode)) {
      throw new DomainError('FORBIDDEN', '不能把品牌移到管辖范围以外');
    }
    await this.checkOccupations(dto.occupationCodes);
    await this.dataSource.transaction(async (em) => {
      const { occupationCodes: _codes, code: _code, ...fields } = dto;
      await em.getRepository(BrandEntity).update({ code }, fields);
      await em.getRepository(BrandOccupationEntity).delete({ brandCode: code });
      await this.linkOccupations(em, code, dto.occupationCodes);
      await this.record(em, auth, 'brand.update', code, dto.regionCode, meta);
    });
    return this.detailOf({ ...brand, ...dto });
  }

  async archive(auth: AuthUser, code: string, meta: RequestMeta): Promise<BrandDetailResponseDto> {
    const brand = await this.dataSource.getRepository(BrandEntity).findOneBy({ code });
    authorize(auth, ADMIN_EDIT, brand, brandScope);
    const archivedAt = brand.archivedAt ?? new Date();
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(BrandEntity).update({ code }, { archivedAt });
      await this.record(em, auth, 'brand.archive', code, brand.regionCode, meta);
    });
    return this.detailOf({ ...brand, archivedAt });
  }

  async setTargets(
    auth: AuthUser,
    code: string,
    dto: BrandTargetsDto,
    meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    const brand = await this.dataSource.getRepository(BrandEntity).findOneBy({ code });
    authorize(auth, ADMIN_EDIT, brand, brandScope);
    const periods = dto.targets.map((t) => t.periodEnd);
    if (new Set(periods).size !== periods.length) {
      throw new DomainError('VALIDATION_FAILED', '同一年份只能有一个目标');
    }
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(BrandTargetEntity).delete({ brandCode: code });
      if (dto.targets.length) {
        await em
          .getRepository(BrandTargetEntity)
          .insert(dto.targets.map((t) => ({ ...t, brandCode: code })));
      }
      await this.record(em, auth, 'brand.targets', code, brand.regionCode, meta);
    });
    return this.detailOf(brand);
  }

  async addAffiliate(
    auth: AuthUser,
    code: string,
    dto: AffiliateInputDto,
    meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    const brand = await this.dataSource.getRepository(BrandEntity).findOneBy({ code });
    authorize(auth, ADMIN_EDIT, brand, brandScope);
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(AffiliateEntity).insert({
        id: randomUUID(),
        brandCode: code,
        ...dto,
        isDemo: false,
        archivedAt: null,
      });
      await this.record(em, auth, 'brand.affiliate_add', code, brand.regionCode, meta);
    });
    return this.detailOf(brand);
  }

  /** Takes an affiliate off the brand page (kept in the database, like everything archived). */
  async archiveAffiliate(
    auth: AuthUser,
    id: string,
    meta: RequestMeta,
  ): Promise<BrandDetailResponseDto> {
    const affiliate = await this.dataSource.getRepository(AffiliateEntity).findOneBy({ id });
    const brand = affiliate
      ? await this.dataSource.getRepository(BrandEntity).findOneBy({ code: affiliate.brandCode })
      : null;
    authorize(auth, ADMIN_EDIT, brand, brandScope);
    await this.dataSource.transaction(async (em) => {
      await em
        .getRepository(AffiliateEntity)
        .update({ id, archivedAt: IsNull() }, { archivedAt: new Date() });
      await this.record(em, auth, 'brand.affiliate_archive', brand.code, brand.regionCode, meta);
    });
    return this.detailOf(brand);
  }

  /**
   * Adds a training-list entry (or edits one). The chosen brands must all lie inside the admin's
   * region; unticking one removes its link, and links to brands elsewhere are kept as they are.
   */
  async saveOccupation(
    auth: AuthUser,
    dto: OccupationInputDto,
    existingCode: string | null,
    meta: RequestMeta,
  ): Promise<OccupationResponseDto> {
    requireRole(auth, 'admin');
    if (existingCode !== null && dto.code !== existingCode) {
      throw new DomainError('VALIDATION_FAILED', '职业代码创建后不能修改');
    }
    if (dto.effectiveTo !== null && dto.effectiveTo < dto.effectiveFrom) {
      throw new DomainError('VALIDATION_FAILED', '提交的内容有误：失效日期不能早于生效日期', [
        { field: 'effectiveTo', messages: ['失效日期不能早于生效日期'] },
      ]);
    }
    const brands = dto.brandCodes.length
      ? await this.dataSource.getRepository(BrandEntity).findBy({ code: In(dto.brandCodes) })
      : [];
    if (brands.length !== new Set(dto.brandCodes).size) {
      throw new DomainError('VALIDATION_FAILED', '提交的内容有误：劳务品牌不存在', [
        { field: 'brandCodes', messages: ['劳务品牌不存在'] },
      ]);
    }
    if (brands.some((b) => !adminCovers(auth, b.regionCode))) {
      throw new DomainError('FORBIDDEN', '只能关联管辖范围内的劳务品牌');
    }
    await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(OccupationEntity);
      const exists = await repo.existsBy({ code: dto.code });
      if (existingCode === null && exists) throw new DomainError('CONFLICT', '职业代码已被使用');
      if (existingCode !== null && !exists)
        throw new DomainError('NOT_FOUND', '没有找到这个培训职业');
      const { brandCodes: _brands, ...fields } = dto;
      await repo.save(fields);
      // The links inside the admin's region become exactly the chosen brands; links to brands
      // elsewhere belong to other admins and stay as they are.
      const links = em.getRepository(BrandOccupationEntity);
      const current = await links.findBy({ occupationCode: dto.code });
      const currentBrands = current.length
        ? await em.getRepository(BrandEntity).findBy({ code: In(current.map((l) => l.brandCode)) })
        : [];
      const removable = currentBrands
        .filter((b) => adminCovers(auth, b.regionCode) && !dto.brandCodes.includes(b.code))
        .map((b) => b.code);
      if (removable.length) {
        await links.delete({ occupationCode: dto.code, brandCode: In(removable) });
      }
      const missing = [...new Set(dto.brandCodes)].filter(
        (code) => !current.some((l) => l.brandCode === code),
      );
      if (missing.length) {
        await links.insert(missing.map((brandCode) => ({ brandCode, occupationCode: dto.code })));
      }
      await this.audit.record(em, {
        actorId: auth.id,
        action: existingCode === null ? 'occupation.create' : 'occupation.update',
        targetType: 'occupation',
        targetId: dto.code,
        regionCode: auth.regionCode,
        meta,
      });
    });
    const [view] = await this.occupationViews([
      await this.dataSource.getRepository(OccupationEntity).findOneByOrFail({ code: dto.code }),
    ]);
    return { occupation: view };
  }

  // ——— internals ———

  private record(
    em: EntityManager,
    auth: AuthUser,
    action: AuditAction,
    code: string,
    regionCode: string,
    meta: RequestMeta,
  ) {
    return this.audit.record(em, {
      actorId: auth.id,
      action,
      targetType: 'brand',
      targetId: code,
      regionCode,
      meta,
    });
  }

  private async checkOccupations(codes: string[]): Promise<void> {
    const unique = [...new Set(codes)];
    if (!unique.length) return;
    const found = await this.dataSource
      .getRepository(OccupationEntity)
      .countBy({ code: In(unique) });
    if (found !== unique.length) {
      throw new DomainError('VALIDATION_FAILED', '提交的内容有误：培训职业不在培训清单中', [
        { field: 'occupationCodes', messages: ['培训职业不在培训清单中'] },
      ]);
    }
  }

  private async linkOccupations(em: EntityManager, brandCode: string, codes: string[]) {
    const unique = [...new Set(codes)];
    if (unique.length) {
      await em
        .getRepository(BrandOccupationEntity)
        .insert(unique.map((occupationCode) => ({ brandCode, occupationCode })));
    }
  }

  private listItem(b: BrandEntity): BrandListItemDto {
    return {
      code: b.code,
      name: b.name,
      regionCode: b.regionCode,
      regionName: regionName(b.regionCode) ?? '',
      level: b.level,
      series: b.series,
      industry: b.industry,
      type: b.type,
      stage: b.stage,
      summary: summaryOf(b.story),
      coverUrl: b.coverUrl,
      archived: b.archivedAt !== null,
    };
  }

  private async occupationViews(rows: OccupationEntity[]): Promise<OccupationViewDto[]> {
    if (!rows.length) return [];
    const links = await this.dataSource
      .getRepository(BrandOccupationEntity)
      .findBy({ occupationCode: In(rows.map((r) => r.code)) });
    return rows.map((o) => ({
      ...o,
      brandCodes: links.filter((l) => l.occupationCode === o.code).map((l) => l.brandCode),
    }));
  }

  private async detailOf(brand: BrandEntity): Promise<BrandDetailResponseDto> {
    const [occupations, targets, affiliates, upcomingSessions] = await Promise.all([
      this.occupations({ brandCode: brand.code }),
      this.dataSource
        .getRepository(BrandTargetEntity)
        .find({ where: { brandCode: brand.code }, order: { periodEnd: 'ASC' } }),
      this.dataSource.getRepository(AffiliateEntity).find({
        where: { brandCode: brand.code, archivedAt: IsNull() },
        order: { kind: 'ASC', createdAt: 'ASC' },
      }),
      this.training.upcomingForBrand(brand.code, UPCOMING_ON_DETAIL),
    ]);
    return {
      brand: {
        ...this.listItem(brand),
        aliases: brand.aliases,
        extraRegionCodes: brand.extraRegionCodes,
        story: brand.story,
        occupations: occupations.items,
        // Progress comes from enrolment and employment rows, which later issues add: zero until then.
        targets: targets.map((t) => ({
          periodEnd: t.periodEnd,
          trainingTarget: t.trainingTarget,
          employmentTarget: t.employmentTarget,
          trainingDone: 0,
          employmentDone: 0,
        })),
        affiliates: affiliates.map((a) => ({
          id: a.id,
          kind: a.kind,
          name: a.name,
          regionCode: a.regionCode,
          regionName: regionName(a.regionCode) ?? '',
          description: a.description,
          isDemo: a.isDemo,
        })),
        upcomingSessions,
      },
    };
  }
}
