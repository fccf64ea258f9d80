import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager, In, MoreThanOrEqual } from 'typeorm';
import type { FieldError } from '@app/shared/errors';
import { isWithin, regionName } from '@app/shared/regions';
import { chinaDate } from '../../common/china-time';
import { chunks } from '../../common/collections';
import { DomainError } from '../../common/domain-error';
import { invalidFields } from '../../common/validation';
import { adminScope, authorize, regionPrefixPattern } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { BrandEntity } from '../brands/brand.entity';
import { BrandOccupationEntity } from '../brands/occupation.entity';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { JobViews } from '../jobs/job-views';
import { EMPLOYER_STAFF, employerScope, likeContains, TRAINING_STATUSES } from '../jobs/job-rules';
import { FairJobEntity, JobFairEntity, JobPostingEntity } from '../jobs/job.entity';
import { openJob, whereListed } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { EmployerEntity } from '../organisations/employer.entity';
import { TrainingSessionEntity } from '../training/training-session.entity';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import { fairDedupeKey, fairLink, fairMessage } from './fair-rules';
import type {
  JobFairInputDto,
  JobFairListResponseDto,
  JobFairResponseDto,
  JobFairViewDto,
} from './fairs.dto';

/** How far ahead a fair may be announced (a year, like a posting's last day). */
const MAX_DAYS_AHEAD = 366;
/** The public list is short by nature (a few fairs a month per city); this only caps a runaway. */
const LIST_LIMIT = 50;
/** Announcements written per INSERT. */
const NOTIFY_BATCH = 500;

/**
 * 专场招聘: an admin announces a fair in their region for some brands, and in the same transaction
 * the workers of those brands living there are told; employers attach their open postings; anyone
 * reads upcoming fairs with the postings still open.
 */
@Injectable()
export class FairsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly views: JobViews,
  ) {}

  async create(auth: AuthUser, dto: JobFairInputDto): Promise<JobFairResponseDto> {
    const scope = adminScope(auth);
    // the same answer as the other admin creations outside the scope (brands, staff): 403
    if (!isWithin(dto.regionCode, scope)) {
      throw new DomainError('FORBIDDEN', '只能在本人管辖范围内举办专场招聘会');
    }
    const brands = await this.check(dto);
    const id = randomUUID();
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(JobFairEntity).insert({
        id,
        title: dto.title,
        regionCode: dto.regionCode,
        date: dto.date,
        place: dto.place,
        brandCodes: dto.brandCodes,
        createdBy: auth.id,
      });
      const message = fairMessage(dto);
      // a few hundred rows to an INSERT: a city-wide audience is a handful of statements
      for (const part of chunks(await this.audience(em, dto.regionCode, brands), NOTIFY_BATCH)) {
        await this.notifications.notifyMany(
          em,
          part.map((workerId) => ({
            userId: workerId,
            kind: 'fair.announced' as const,
            dedupeKey: fairDedupeKey(id, workerId),
            ...message,
            link: fairLink(id),
          })),
        );
      }
    });
    return this.detail(id);
  }

  /** Fairs from today on, soonest first, each with its postings that are still open. */
  async list(): Promise<JobFairListResponseDto> {
    const rows = await this.dataSource.getRepository(JobFairEntity).find({
      where: { date: MoreThanOrEqual(chinaDate(new Date())) },
      order: { date: 'ASC', id: 'ASC' },
      take: LIST_LIMIT,
    });
    return { items: await this.fairViews(rows) };
  }

  /** Any fair by id, past ones too (a pushed link may be opened late). */
  async detail(id: string): Promise<JobFairResponseDto> {
    const fair = await this.dataSource.getRepository(JobFairEntity).findOneBy({ id });
    if (!fair) throw new DomainError('NOT_FOUND', '没有找到这场招聘会');
    return { fair: (await this.fairViews([fair]))[0] };
  }

  /** The job's own employer attaches an open posting to an upcoming fair; a second time is a no-op. */
  async attach(auth: AuthUser, fairId: string, jobId: string): Promise<JobFairResponseDto> {
    const job = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id: jobId });
    authorize(auth, EMPLOYER_STAFF, job, employerScope);
    const fair = await this.dataSource.getRepository(JobFairEntity).findOneBy({ id: fairId });
    if (!fair) throw new DomainError('NOT_FOUND', '没有找到这场招聘会');
    const employer = await this.dataSource
      .getRepository(EmployerEntity)
      .findOneBy({ id: job.employerId });
    if (employer?.blacklistedAt) throw new DomainError('EMPLOYER_BLACKLISTED');
    if (fair.date < chinaDate(new Date())) {
      throw new DomainError('CONFLICT', '招聘会已经结束，不能再添加岗位');
    }
    // a posting past its last day counts as closed, whether or not its row says so yet
    await openJob(this.dataSource, jobId, '只有招聘中的岗位可以参加招聘会');
    // the composite primary key makes a repeat (even a concurrent one) insert nothing
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(FairJobEntity)
      .values({ fairId, jobId })
      .orIgnore()
      .execute();
    return this.detail(fairId);
  }

  // ——— internals ———

  /** Rules the DTO cannot check alone: the date against today, brands that exist. */
  private async check(dto: JobFairInputDto): Promise<BrandEntity[]> {
    const details: FieldError[] = [];
    const today = chinaDate(new Date());
    if (dto.date < today) {
      details.push({ field: 'date', messages: ['举办日期不能早于今天'] });
    } else if (dto.date > chinaDate(new Date(), MAX_DAYS_AHEAD)) {
      details.push({ field: 'date', messages: ['举办日期不能超过一年'] });
    }
    const brands = await this.dataSource
      .getRepository(BrandEntity)
      .findBy({ code: In(dto.brandCodes) });
    const live = brands.filter((b) => b.archivedAt === null);
    if (live.length !== dto.brandCodes.length) {
      details.push({ field: 'brandCodes', messages: ['劳务品牌不存在'] });
    }
    if (details.length) throw invalidFields(details);
    return live;
  }

  /**
   * Workers living in the fair's region (current county inside it) who want one of its brands (the
   * profile keeps brand names) or trained in one of its brands' occupations (a course completed or
   * under way). Erased profiles are left out.
   */
  private async audience(
    em: EntityManager,
    regionCode: string,
    brands: readonly BrandEntity[],
  ): Promise<string[]> {
    const region = regionPrefixPattern(regionCode);
    const names = brands.map((b) => b.name);
    // simple-json keeps the list as JSON text, so a quoted name is a whole entry, not part of one;
    // the parsed list is checked again below
    const wanters = await em
      .getRepository(WorkerProfileEntity)
      .createQueryBuilder('p')
      .select(['p.userId', 'p.wantedBrands'])
      .where('p.current_region_code LIKE :region', { region })
      .andWhere('p.erased_at IS NULL')
      .andWhere(
        new Brackets((qb) => {
          names.forEach((name, i) =>
            qb.orWhere(`p.wanted_brands LIKE :brand${i} ESCAPE '!'`, {
              [`brand${i}`]: likeContains(JSON.stringify(name)),
            }),
          );
        }),
      )
      .getMany();
    const ids = new Set(
      wanters.filter((p) => p.wantedBrands.some((b) => names.includes(b))).map((p) => p.userId),
    );
    const occupations = await em.getRepository(BrandOccupationEntity).find({
      where: { brandCode: In(brands.map((b) => b.code)) },
      select: { occupationCode: true },
    });
    if (occupations.length) {
      const trainees = await em
        .getRepository(EnrolmentEntity)
        .createQueryBuilder('e')
        .select('e.worker_id', 'workerId')
        .distinct(true)
        .innerJoin(TrainingSessionEntity, 's', 's.id = e.session_id')
        .innerJoin(WorkerProfileEntity, 'p', 'p.user_id = e.worker_id')
        .where('s.occupation_code IN (:...occupations)', {
          occupations: [...new Set(occupations.map((o) => o.occupationCode))],
        })
        .andWhere('e.status IN (:...statuses)', { statuses: [...TRAINING_STATUSES] })
        .andWhere('p.current_region_code LIKE :region', { region })
        .andWhere('p.erased_at IS NULL')
        .getRawMany<{ workerId: string }>();
      for (const t of trainees) ids.add(t.workerId);
    }
    // a stable order, so concurrent announcements insert rows in the same order
    return [...ids].sort();
  }

  /** Fairs with region and brand names and their open postings, in a fixed number of queries. */
  private async fairViews(rows: readonly JobFairEntity[]): Promise<JobFairViewDto[]> {
    if (!rows.length) return [];
    const links = await this.dataSource
      .getRepository(FairJobEntity)
      .findBy({ fairId: In(rows.map((r) => r.id)) });
    const jobIds = [...new Set(links.map((l) => l.jobId))];
    const brandCodes = [...new Set(rows.flatMap((r) => r.brandCodes))];
    const [jobs, brands] = await Promise.all([
      jobIds.length
        ? // what a worker at the fair could still apply to: as the public job list shows
          whereListed(
            this.dataSource
              .getRepository(JobPostingEntity)
              .createQueryBuilder('j')
              .where('j.id IN (:...jobIds)', { jobIds }),
          )
            .orderBy('j.openedAt', 'DESC')
            .addOrderBy('j.id', 'DESC')
            .getMany()
        : Promise.resolve([]),
      brandCodes.length
        ? this.dataSource
            .getRepository(BrandEntity)
            .find({ where: { code: In(brandCodes) }, select: { code: true, name: true } })
        : Promise.resolve([]),
    ]);
    const jobViews = await this.views.jobs(jobs);
    const brandName = new Map(brands.map((b) => [b.code, b.name]));
    return rows.map((r) => {
      const attached = new Set(links.filter((l) => l.fairId === r.id).map((l) => l.jobId));
      return {
        id: r.id,
        title: r.title,
        regionCode: r.regionCode,
        regionName: regionName(r.regionCode) ?? r.regionCode,
        date: r.date,
        place: r.place,
        brandCodes: r.brandCodes,
        brandNames: r.brandCodes.map((c) => brandName.get(c) ?? c),
        jobs: jobViews.filter((j) => attached.has(j.id)),
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
}
