import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DataSource,
  type EntityManager,
  In,
  IsNull,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import type { FieldError } from '@app/shared/errors';
import { chinaDate } from '../../common/china-time';
import { DomainError } from '../../common/domain-error';
import { invalidFields } from '../../common/validation';
import { authorize, regionPrefixPattern, requireRole } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { BrandEntity } from '../brands/brand.entity';
import { BrandOccupationEntity, OccupationEntity } from '../brands/occupation.entity';
import { EmployerEntity } from '../organisations/employer.entity';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { UserEntity } from '../users/user.entity';
import { JobViews } from './job-views';
import { EMPLOYER_STAFF, employerScope, likeContains } from './job-rules';
import { JobPostingEntity } from './job.entity';
import type {
  JobInputDto,
  JobListQueryDto,
  JobPageDto,
  JobResponseDto,
  JobViewDto,
} from './jobs.dto';
import type { PageQueryDto } from '../../common/page-query.dto';

/** How far ahead a posting may keep taking applications. */
const MAX_DAYS_OPEN = 366;

/**
 * Closes the open postings among `where` whose last day has passed or whose headcount is filled, in
 * one conditional UPDATE (only rows still open and due change, so concurrent readers agree). Postings
 * are closed lazily like this when read or applied to, instead of by a timer.
 */
export async function closeDueJobs(
  em: EntityManager | DataSource,
  where: { id?: string; employerId?: string },
  now = new Date(),
): Promise<void> {
  const qb = em
    .createQueryBuilder()
    .update(JobPostingEntity)
    .set({ status: 'closed', closedAt: now })
    .where('status = :open', { open: 'open' })
    .andWhere('(closes_on < :today OR hires >= headcount)', { today: chinaDate(now) });
  if (where.id) qb.andWhere('id = :id', { id: where.id });
  if (where.employerId) qb.andWhere('employer_id = :employerId', { employerId: where.employerId });
  await qb.execute();
}

/**
 * Postings (alias `j`) the public sees: open, not past their last day, and — 失信惩戒 — not of a
 * blacklisted employer (gone with the next answer; the employer is looked up by its primary key,
 * one row per posting). The job list and the fair pages both show these.
 */
export function whereListed<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  return qb
    .andWhere('j.status = :open', { open: 'open' })
    .andWhere('j.closes_on >= :today', { today: chinaDate(new Date()) })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM employers e WHERE e.id = j.employer_id AND e.blacklisted_at IS NOT NULL)',
    );
}

/**
 * The posting, when it still takes applications: one past its last day or full is closed first
 * (closeDueJobs), then anything but open is 409 JOB_NOT_OPEN (with `message` when given).
 */
export async function openJob(
  em: EntityManager | DataSource,
  id: string,
  message?: string,
): Promise<JobPostingEntity> {
  await closeDueJobs(em, { id });
  const job = await em.getRepository(JobPostingEntity).findOneByOrFail({ id });
  if (job.status !== 'open') throw new DomainError('JOB_NOT_OPEN', message);
  return job;
}

/**
 * The caller's employer, when it may post and invite: verified and not blacklisted (403 otherwise,
 * and for anyone who is not an employer's staff).
 */
export async function requirePostingEmployer(
  em: EntityManager | DataSource,
  auth: AuthUser,
  /** What is refused, for the message: 发布岗位, 邀请求职者 … */
  action = '发布岗位',
): Promise<EmployerEntity> {
  requireRole(auth, 'employer');
  const employer = auth.employerId
    ? await em.getRepository(EmployerEntity).findOneBy({ id: auth.employerId })
    : null;
  if (!employer) throw new DomainError('FORBIDDEN', '请先登记或加入用人单位');
  if (employer.blacklistedAt) {
    throw new DomainError('EMPLOYER_BLACKLISTED', `单位已被列入失信名单，不能${action}`);
  }
  if (employer.status !== 'verified') {
    throw new DomainError('EMPLOYER_NOT_VERIFIED', `单位审核通过后才能${action}`);
  }
  return employer;
}

/**
 * The accounts told of what happens to an employer's postings (a new application, an answered
 * invitation): its staff with the employer role, active and not deleted.
 */
export async function employerStaffIds(em: EntityManager, employerId: string): Promise<string[]> {
  const users = await em.getRepository(UserEntity).find({
    where: { employerId, status: 'active', deletedAt: IsNull() },
    select: { id: true, roles: true },
  });
  return users.filter((u) => u.roles.includes('employer')).map((u) => u.id);
}

/** Employers' postings (draft → open → closed) and the public job list. */
@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: JobViews,
    private readonly recommendations: RecommendationsService,
  ) {}

  /** A new draft. Only staff of a verified employer that is not blacklisted may post. */
  async create(auth: AuthUser, dto: JobInputDto): Promise<JobResponseDto> {
    const { id: employerId } = await requirePostingEmployer(this.dataSource, auth);
    await this.check(dto, null);
    const id = randomUUID();
    await this.dataSource.getRepository(JobPostingEntity).insert({
      id,
      employerId,
      ...this.columns(dto),
      hires: 0,
      status: 'draft',
      openedAt: null,
      closedAt: null,
      isDemo: false,
      createdBy: auth.id,
    });
    return this.answer(id);
  }

  /** Edits a draft or an open posting; a closed one stays as it ended. */
  async update(auth: AuthUser, id: string, dto: JobInputDto): Promise<JobResponseDto> {
    const job = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id });
    authorize(auth, EMPLOYER_STAFF, job, employerScope);
    // a posting whose last day has passed is closed first, so an edit cannot quietly revive it
    await closeDueJobs(this.dataSource, { id });
    await this.check(dto, job);
    // the hires guard keeps a concurrent hire from being undercut by a smaller headcount
    const changed = await this.dataSource
      .createQueryBuilder()
      .update(JobPostingEntity)
      .set(this.columns(dto))
      .where('id = :id', { id })
      .andWhere('status IN (:...statuses)', { statuses: ['draft', 'open'] })
      .andWhere('hires <= :headcount', { headcount: dto.headcount })
      .execute();
    if (changed.affected !== 1) {
      throw new DomainError('JOB_NOT_OPEN', '岗位已结束，不能再修改');
    }
    // a headcount lowered to the hires already made fills the posting
    await closeDueJobs(this.dataSource, { id });
    return this.answer(id);
  }

  /** draft → open. Opening again changes nothing; a closed posting is not reopened. */
  async open(auth: AuthUser, id: string): Promise<JobResponseDto> {
    const job = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id });
    authorize(auth, EMPLOYER_STAFF, job, employerScope);
    await requirePostingEmployer(this.dataSource, auth);
    if (job.status === 'draft') {
      if (job.closesOn < chinaDate(new Date())) {
        throw invalidFields([{ field: 'closesOn', messages: ['截止日期已过，请先修改截止日期'] }]);
      }
      await this.dataSource
        .getRepository(JobPostingEntity)
        .update({ id, status: 'draft' }, { status: 'open', openedAt: new Date() });
      // recommends the job to matching workers; never fails the opening (it logs instead)
      await this.recommendations.onJobOpened(id);
    }
    const after = await this.dataSource.getRepository(JobPostingEntity).findOneByOrFail({ id });
    if (after.status !== 'open') throw new DomainError('JOB_NOT_OPEN', '岗位已结束，不能重新发布');
    return this.answer(id);
  }

  /** open (or a draft given up) → closed; closing again changes nothing. */
  async close(auth: AuthUser, id: string): Promise<JobResponseDto> {
    const job = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id });
    authorize(auth, EMPLOYER_STAFF, job, employerScope);
    await this.dataSource
      .getRepository(JobPostingEntity)
      .update({ id, status: In(['draft', 'open']) }, { status: 'closed', closedAt: new Date() });
    return this.answer(id);
  }

  /** The employer's postings in every status, newest first. */
  async mine(auth: AuthUser, query: PageQueryDto): Promise<JobPageDto> {
    requireRole(auth, 'employer');
    const employerId = auth.employerId;
    if (!employerId) throw new DomainError('FORBIDDEN', '请先登记或加入用人单位');
    await closeDueJobs(this.dataSource, { employerId });
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.dataSource.getRepository(JobPostingEntity).findAndCount({
      where: { employerId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: await this.views.jobs(rows), total, page, pageSize };
  }

  /**
   * Open postings, newest opened first. A posting past its last day counts as closed here even before
   * something closes its row, so the list never needs to write.
   */
  async list(query: JobListQueryDto): Promise<JobPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.dataSource.getRepository(JobPostingEntity).createQueryBuilder('j');
    whereListed(qb);
    if (query.regionCode) {
      qb.andWhere('j.region_code LIKE :region', { region: regionPrefixPattern(query.regionCode) });
    }
    if (query.occupationCode) {
      qb.andWhere('j.occupation_code = :occupation', { occupation: query.occupationCode });
    }
    if (query.brandCode) qb.andWhere('j.brand_code = :brand', { brand: query.brandCode });
    if (query.salaryAtLeast !== undefined) {
      qb.andWhere('j.salary_max >= :salary', { salary: query.salaryAtLeast });
    }
    if (query.keyword) {
      qb.andWhere("j.title LIKE :keyword ESCAPE '!'", { keyword: likeContains(query.keyword) });
    }
    const [rows, total] = await qb
      // (opened_at, id) is the tail of both status indexes (InnoDB appends the key), so with an
      // occupation filter the rows come in index order with no sort
      .orderBy('j.opened_at', 'DESC')
      .addOrderBy('j.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.views.jobs(rows), total, page, pageSize };
  }

  /** An open or closed posting to anyone; a draft only to its employer's staff (else 404). */
  async detail(auth: AuthUser | null, id: string): Promise<JobResponseDto> {
    await closeDueJobs(this.dataSource, { id });
    const job = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id });
    const own = job !== null && auth !== null && auth.employerId === job.employerId;
    if (!job || (job.status === 'draft' && !own)) throw new DomainError('NOT_FOUND');
    return { job: (await this.views.jobs([job]))[0] };
  }

  // ——— internals ———

  private async answer(id: string): Promise<JobResponseDto> {
    const job = await this.dataSource.getRepository(JobPostingEntity).findOneByOrFail({ id });
    const [view]: JobViewDto[] = await this.views.jobs([job]);
    return { job: view };
  }

  /** The rules a DTO cannot check alone: ranges between fields, codes that must exist, dates. */
  private async check(dto: JobInputDto, job: JobPostingEntity | null): Promise<void> {
    const details: FieldError[] = [];
    if (dto.salaryMin > dto.salaryMax) {
      details.push({ field: 'salaryMax', messages: ['最高月薪不能低于最低月薪'] });
    }
    const certificate = dto.requiredCertificate;
    if (certificate?.type === '专项职业能力考核' && certificate.minLevel !== null) {
      details.push({
        field: 'requiredCertificate.minLevel',
        messages: ['专项职业能力证书不分等级，请不要选择等级'],
      });
    }
    const today = chinaDate(new Date());
    // an unchanged last day of an open posting may stay as it is; a new one must lie ahead
    if (dto.closesOn < today && dto.closesOn !== job?.closesOn) {
      details.push({ field: 'closesOn', messages: ['截止日期不能早于今天'] });
    } else if (dto.closesOn > chinaDate(new Date(), MAX_DAYS_OPEN)) {
      details.push({ field: 'closesOn', messages: ['截止日期不能超过一年'] });
    }
    if (job && dto.headcount < job.hires) {
      details.push({ field: 'headcount', messages: [`已录用${job.hires}人，招聘人数不能更少`] });
    }
    const [occupation, brand, linked] = await Promise.all([
      this.dataSource.getRepository(OccupationEntity).existsBy({ code: dto.occupationCode }),
      dto.brandCode
        ? this.dataSource.getRepository(BrandEntity).findOneBy({ code: dto.brandCode })
        : Promise.resolve(null),
      dto.brandCode
        ? this.dataSource
            .getRepository(BrandOccupationEntity)
            .existsBy({ brandCode: dto.brandCode, occupationCode: dto.occupationCode })
        : Promise.resolve(true),
    ]);
    if (!occupation) {
      details.push({ field: 'occupationCode', messages: ['该职业不在培训清单中'] });
    }
    if (dto.brandCode && (!brand || brand.archivedAt)) {
      details.push({ field: 'brandCode', messages: ['劳务品牌不存在'] });
    } else if (occupation && !linked) {
      details.push({ field: 'occupationCode', messages: ['该职业不属于所选劳务品牌'] });
    }
    if (details.length) throw invalidFields(details);
  }

  private columns(dto: JobInputDto) {
    return {
      title: dto.title,
      brandCode: dto.brandCode,
      occupationCode: dto.occupationCode,
      regionCode: dto.regionCode,
      address: dto.address,
      salaryMin: dto.salaryMin,
      salaryMax: dto.salaryMax,
      headcount: dto.headcount,
      requiredCertificateType: dto.requiredCertificate?.type ?? null,
      requiredCertificateLevel: dto.requiredCertificate?.minLevel ?? null,
      acceptsTrainees: dto.acceptsTrainees,
      accommodation: dto.accommodation,
      meals: dto.meals,
      workingHours: dto.workingHours,
      description: dto.description,
      closesOn: dto.closesOn,
    };
  }
}
