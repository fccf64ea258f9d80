import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, IsNull } from 'typeorm';
import { HOLDING_STATUSES } from '@app/shared/enums';
import { maskName } from '@app/shared/validators';
import { regionName } from '@app/shared/regions';
import { chunks, groupBy, unique } from '../../common/collections';
import { chinaDate } from '../../common/china-time';
import {
  type AccessRule,
  adminScope,
  authorize,
  regionPrefixPattern,
  requireRole,
} from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { BrandEntity } from '../brands/brand.entity';
import { OccupationEntity } from '../brands/occupation.entity';
import { CertificationEntity } from '../certification/certification.entity';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import {
  EMPLOYER_STAFF,
  employerScope,
  jobLink,
  likeContains,
  TRAINING_STATUSES,
} from '../jobs/job-rules';
import { JobViews } from '../jobs/job-views';
import { JobApplicationEntity, JobInvitationEntity, JobPostingEntity } from '../jobs/job.entity';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service';
import { EmployerEntity } from '../organisations/employer.entity';
import { TrainingSessionEntity } from '../training/training-session.entity';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import { RecommendationEntity } from './recommendation.entity';
import type {
  CandidateRecommendationListResponseDto,
  RecommendationCoverageResponseDto,
  RecommendationListResponseDto,
} from './recommendations.dto';
import {
  type HeldCertificate,
  type Score,
  type ScoredJob,
  type ScoredWorker,
  type TrainingState,
  meetsRequirement,
  scoreJob,
} from './scoring';

/** How many of the best-scoring workers a job is pushed to when it opens. */
export const JOB_OPENING_PUSHES = 50;
/**
 * Scarcity: in one daily pass a job is pushed to at most this many workers per place left
 * (headcount − hires), priority-group workers first, so where places are fewer than trainees they
 * reach the priority groups and one posting does not flood everyone.
 */
export const PUSHES_PER_PLACE = 3;
/** How many of a worker's best jobs are considered after a completed course or a certificate. */
export const WORKER_BEST_JOBS = 5;
/** "Each trainee is recommended jobs at least 3 times" (玉林 plan): distinct jobs pushed. */
export const COVERAGE_TARGET = 3;
/** A trainee is a worker who completed a class that ended in this many days; pushes count as long. */
export const TRAINEE_WINDOW_DAYS = 365;
/** Longest list the employer sees of recommended candidates for one job. */
const CANDIDATES_SHOWN = 50;
/** IN (…) lists are cut to this size (SQLite's bound-parameter limit, MySQL's packet size). */
const IN_CHUNK = 500;
/** Recommendations (and their notifications) written per transaction. */
const PUSH_BATCH = 200;
const DAY_MS = 86_400_000;

const THE_WORKER: AccessRule = { roles: ['worker'], owner: true };

/** A worker as the scoring sees them, with what the service needs besides. */
interface Candidate extends ScoredWorker {
  id: string;
  realName: string;
  /** Any 重点群体 (with consent): served first when jobs are scarce. Never shown to employers. */
  priority: boolean;
  skills: string[];
  /** Occupations of held certificates and of classes completed or under way. */
  occupations: Set<string>;
}

/** A posting with what the scoring and the messages need. */
interface JobFacts {
  row: JobPostingEntity;
  scored: ScoredJob;
  employerName: string;
  /** Open, not past its last day, headcount left, employer not blacklisted. */
  eligible: boolean;
}

/** Open postings by occupation and by brand name, to find a worker's relevant ones quickly. */
interface JobIndex {
  byOccupation: Map<string, JobFacts[]>;
  byBrand: Map<string, JobFacts[]>;
}

function indexJobs(jobs: readonly JobFacts[]): JobIndex {
  const index: JobIndex = { byOccupation: new Map(), byBrand: new Map() };
  const add = (map: Map<string, JobFacts[]>, key: string, job: JobFacts) => {
    const list = map.get(key);
    if (list) list.push(job);
    else map.set(key, [job]);
  };
  for (const job of jobs) {
    add(index.byOccupation, job.row.occupationCode, job);
    if (job.scored.brandName !== null) add(index.byBrand, job.scored.brandName, job);
  }
  return index;
}

interface Ranked {
  worker: Candidate;
  job: JobFacts;
  score: Score;
}

export interface DailyPassResult {
  /** Workers who completed training in the last 12 months. */
  trainees: number;
  /** Of them, with at least COVERAGE_TARGET distinct jobs pushed after the pass. */
  covered: number;
  /** Pushes this pass wrote. */
  pushed: number;
  /** Trainees still short of the target: too few matching open jobs (or places in them) for them. */
  shortfall: { workerId: string; pushed: number }[];
}

/** The `job.recommended` message of a recommendation: the same event always has the same key. */
function pushMessage({ worker, job, score }: Ranked): NewNotification {
  const region = regionName(job.row.regionCode) ?? job.row.regionCode;
  return {
    userId: worker.id,
    kind: 'job.recommended',
    dedupeKey: `recommendation:${worker.id}:${job.row.id}`,
    title: `为你推荐：${job.row.title}`,
    body: `${job.employerName}招聘“${job.row.title}”，${region}，月薪 ${job.row.salaryMin}–${job.row.salaryMax} 元。${score.reasons.join('；')}。`,
    link: jobLink(job.row.id),
  };
}

/** Best score first; on a tie a priority-group worker first; then a stable order. */
function byRank(a: Ranked, b: Ranked): number {
  return (
    b.score.score - a.score.score ||
    Number(b.worker.priority) - Number(a.worker.priority) ||
    (a.job.row.openedAt?.getTime() ?? 0) - (b.job.row.openedAt?.getTime() ?? 0) ||
    a.worker.id.localeCompare(b.worker.id) ||
    a.job.row.id.localeCompare(b.job.row.id)
  );
}

/**
 * Job recommendations (docs/api-jobs.md, "Recommendations"). A job is *relevant* to a worker when
 * it is in an occupation they hold a certificate in or trained in (completed or under way), or
 * under a brand they want; it *matches* when it is also open with headcount left, its employer is
 * not blacklisted, the worker meets its certificate requirement and has not applied to it (any
 * application, so a rejection or a withdrawal is never pushed again). Matching jobs are ranked by
 * scoring.ts. Each recommendation is one row per worker and job (unique key) written together with
 * its `job.recommended` notification, so `pushed_at` is exactly "a notification row exists";
 * recommending again only refreshes the score and reasons.
 */
@Injectable()
export class RecommendationsService {
  private readonly logger = new Logger(RecommendationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly views: JobViews,
  ) {}

  // ——— triggers: never fail the request that caused them ———

  /** After a job opened (called by the jobs module once the posting is open). */
  async onJobOpened(jobId: string): Promise<void> {
    try {
      await this.recommendForJob(jobId);
    } catch (error) {
      this.logger.error(`recommending job ${jobId} failed`, (error as Error).stack);
    }
  }

  /** After workers completed a class or passed an assessment. */
  async onWorkersQualified(workerIds: readonly string[]): Promise<void> {
    for (const workerId of unique(workerIds)) {
      try {
        await this.recommendForWorker(workerId);
      } catch (error) {
        this.logger.error(`recommending to worker ${workerId} failed`, (error as Error).stack);
      }
    }
  }

  // ——— the engine ———

  /**
   * A job opened: score the workers it is relevant to and push it to the best JOB_OPENING_PUSHES
   * that it matches. Returns how many new pushes were written.
   */
  async recommendForJob(jobId: string, now = new Date()): Promise<number> {
    const row = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id: jobId });
    if (!row) return 0;
    const [job] = await this.jobFacts([row], now);
    if (!job.eligible) return 0;
    const workerIds = await this.relevantWorkerIds(job);
    const [applied, existing] = await Promise.all([
      this.dataSource
        .getRepository(JobApplicationEntity)
        .find({ where: { jobId }, select: { id: true, workerId: true } }),
      this.dataSource
        .getRepository(RecommendationEntity)
        .find({ where: { jobId }, select: { id: true, workerId: true } }),
    ]);
    const appliedIds = new Set(applied.map((a) => a.workerId));
    const workers = await this.loadCandidates(workerIds.filter((id) => !appliedIds.has(id)));
    const ranked = workers
      .filter((w) => meetsRequirement(w, job.scored))
      .map((worker) => ({ worker, job, score: scoreJob(worker, job.scored, now) }))
      .sort(byRank)
      .slice(0, JOB_OPENING_PUSHES);
    const known = new Set(existing.map((r) => r.workerId));
    for (const r of ranked.filter((r) => known.has(r.worker.id))) await this.rescore(r);
    return this.pushMany(
      ranked.filter((r) => !known.has(r.worker.id)),
      now,
    );
  }

  /**
   * A worker completed a class or gained a certificate: score every open job relevant to them and
   * push those of their best WORKER_BEST_JOBS not pushed before (the rest of the best only get their
   * score refreshed). So calling it again — the certificate issued after the pass — pushes nothing
   * new unless a better job has appeared. Returns how many new pushes were written.
   */
  async recommendForWorker(workerId: string, now = new Date()): Promise<number> {
    const [worker] = await this.loadCandidates([workerId]);
    if (!worker) return 0;
    const jobs = await this.openJobsFor([worker], now);
    const [applied, existing] = await Promise.all([
      this.appliedJobs([workerId]),
      this.recommendedJobs([workerId]),
    ]);
    const ranked = this.matches(worker, indexJobs(jobs), applied.get(workerId), now)
      .sort(byRank)
      .slice(0, WORKER_BEST_JOBS);
    const known = existing.get(workerId) ?? new Set<string>();
    for (const r of ranked.filter((r) => known.has(r.job.row.id))) await this.rescore(r);
    return this.pushMany(
      ranked.filter((r) => !known.has(r.job.row.id)),
      now,
    );
  }

  /**
   * The daily guarantee: every trainee (completed a class that ended in the last 12 months) has at
   * least COVERAGE_TARGET distinct jobs pushed in that window. Those short of it are topped up from
   * their best matching jobs not pushed to them before.
   *
   * Scarcity rule: in one pass a job is pushed to at most PUSHES_PER_PLACE workers per remaining
   * place (headcount − hires), and priority-group workers are served first (then those with the
   * fewest pushes), so when places are few they go to the priority groups. Pushes made at the job's
   * opening do not count against this pass. Running the pass again the same day adds nothing where
   * everyone was covered; where places ran out it tops up the next workers in line.
   * It also writes `applied_at` on recommendations the worker has since applied to (for the record;
   * the worker's feed reads applications directly).
   */
  async dailyPass(now = new Date()): Promise<DailyPassResult> {
    await this.recordApplications();
    const trainees = await this.trainees(now);
    const workers = await this.loadCandidates([...trainees.keys()]);
    const ids = workers.map((w) => w.id);
    const [pushedCount, applied, existing, jobs] = await Promise.all([
      this.pushedInWindow(ids, now),
      this.appliedJobs(ids),
      this.recommendedJobs(ids),
      this.openJobsFor(workers, now),
    ]);
    const index = indexJobs(jobs);
    const places = new Map(
      jobs.map((j) => [j.row.id, PUSHES_PER_PLACE * (j.row.headcount - j.row.hires)]),
    );
    const order = [...workers].sort(
      (a, b) =>
        Number(b.priority) - Number(a.priority) ||
        (pushedCount.get(a.id) ?? 0) - (pushedCount.get(b.id) ?? 0) ||
        a.id.localeCompare(b.id),
    );
    const planned: Ranked[] = [];
    for (const worker of order) {
      let count = pushedCount.get(worker.id) ?? 0;
      if (count >= COVERAGE_TARGET) continue;
      const known = existing.get(worker.id) ?? new Set<string>();
      const ranked = this.matches(
        worker,
        index,
        applied.get(worker.id),
        now,
        (job) => !known.has(job.row.id) && (places.get(job.row.id) ?? 0) > 0,
      ).sort(byRank);
      for (const r of ranked) {
        if (count >= COVERAGE_TARGET) break;
        planned.push(r);
        places.set(r.job.row.id, (places.get(r.job.row.id) ?? 0) - 1);
        count += 1;
      }
      pushedCount.set(worker.id, count);
    }
    // a pair a trigger recommended meanwhile is not written twice, and still counts as pushed
    const written = await this.pushMany(planned, now);
    const shortfall = workers
      .map((w) => ({ workerId: w.id, pushed: pushedCount.get(w.id) ?? 0 }))
      .filter((s) => s.pushed < COVERAGE_TARGET);
    return {
      trainees: workers.length,
      covered: workers.length - shortfall.length,
      pushed: written,
      shortfall,
    };
  }

  // ——— what people see ———

  /** The worker's recommendations whose job is still open, best first, with whether they applied. */
  async mine(auth: AuthUser, now = new Date()): Promise<RecommendationListResponseDto> {
    requireRole(auth, 'worker');
    const rows = await this.dataSource
      .getRepository(RecommendationEntity)
      .find({ where: { workerId: auth.id }, order: { score: 'DESC', createdAt: 'DESC' } });
    if (!rows.length) return { items: [] };
    const jobRows = await this.findJobs(rows.map((r) => r.jobId));
    const open = (await this.jobFacts(jobRows, now)).filter((j) => j.eligible).map((j) => j.row);
    const openIds = new Set(open.map((j) => j.id));
    const shown = rows.filter((r) => openIds.has(r.jobId));
    if (!shown.length) return { items: [] };
    const [jobViews, applications] = await Promise.all([
      this.views.jobs(open),
      this.dataSource.getRepository(JobApplicationEntity).find({
        where: { workerId: auth.id, jobId: In(shown.map((r) => r.jobId)) },
        select: { id: true, jobId: true, createdAt: true },
      }),
    ]);
    const viewOf = new Map(jobViews.map((v) => [v.id, v]));
    const appliedOn = new Map(applications.map((a) => [a.jobId, a.createdAt]));
    return {
      items: shown.flatMap((r) => {
        const job = viewOf.get(r.jobId);
        if (!job) return [];
        const appliedAt = r.appliedAt ?? appliedOn.get(r.jobId) ?? null;
        return [
          {
            id: r.id,
            job,
            score: r.score,
            reasons: r.reasons,
            createdAt: r.createdAt.toISOString(),
            pushedAt: r.pushedAt?.toISOString() ?? null,
            seenAt: r.seenAt?.toISOString() ?? null,
            appliedAt: appliedAt?.toISOString() ?? null,
          },
        ];
      }),
    };
  }

  /** The worker opened a recommendation: the first time is kept. */
  async seen(auth: AuthUser, id: string): Promise<void> {
    const repo = this.dataSource.getRepository(RecommendationEntity);
    const row = await repo.findOne({ where: { id }, select: { id: true, workerId: true } });
    authorize(auth, THE_WORKER, row, (r) => ({ ownerId: r.workerId }));
    await repo.update({ id, seenAt: IsNull() }, { seenAt: new Date() });
  }

  /** Trainees in the admin's region and how many have had COVERAGE_TARGET distinct jobs pushed. */
  async coverage(auth: AuthUser, now = new Date()): Promise<RecommendationCoverageResponseDto> {
    const scope = adminScope(auth);
    const pattern = regionPrefixPattern(scope);
    const trainees = await this.trainees(now);
    const profiles: WorkerProfileEntity[] = [];
    for (const part of chunks([...trainees.keys()], IN_CHUNK)) {
      profiles.push(
        ...(await this.dataSource
          .getRepository(WorkerProfileEntity)
          .createQueryBuilder('p')
          .select(['p.userId', 'p.realName', 'p.currentRegionCode', 'p.householdRegionCode'])
          .where('p.userId IN (:...ids)', { ids: part })
          .andWhere('p.erasedAt IS NULL')
          .andWhere('(p.householdRegionCode LIKE :pattern OR p.currentRegionCode LIKE :pattern)', {
            pattern,
          })
          .getMany()),
      );
    }
    const pushed = await this.pushedInWindow(
      profiles.map((p) => p.userId),
      now,
    );
    const short = profiles.filter((p) => (pushed.get(p.userId) ?? 0) < COVERAGE_TARGET);
    const occupationCodes = unique(short.flatMap((p) => [...(trainees.get(p.userId) ?? [])]));
    const occupations = occupationCodes.length
      ? await this.dataSource
          .getRepository(OccupationEntity)
          .find({ where: { code: In(occupationCodes) }, select: { code: true, name: true } })
      : [];
    const occupationName = new Map(occupations.map((o) => [o.code, o.name]));
    return {
      trainees: profiles.length,
      covered: profiles.length - short.length,
      shortfall: short
        .map((p) => ({
          workerId: p.userId,
          name: maskName(p.realName ?? ''),
          countyName: regionName(p.currentRegionCode) ?? p.currentRegionCode,
          occupationNames: [...(trainees.get(p.userId) ?? [])].map(
            (c) => occupationName.get(c) ?? c,
          ),
          pushed: pushed.get(p.userId) ?? 0,
        }))
        .sort((a, b) => a.pushed - b.pushed || a.workerId.localeCompare(b.workerId)),
    };
  }

  /**
   * The workers recommended for one of the employer's jobs, best first, with the reasons in the third
   * person (scored again now, so they say what is true today). Name and phone only for workers who
   * applied to, or accepted an invitation of, this employer (CandidateView); a priority-group flag is
   * never shown.
   */
  async candidatesForJob(
    auth: AuthUser,
    jobId: string,
    now = new Date(),
  ): Promise<CandidateRecommendationListResponseDto> {
    const row = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id: jobId });
    authorize(auth, EMPLOYER_STAFF, row, employerScope);
    const recommended = await this.dataSource
      .getRepository(RecommendationEntity)
      .find({ where: { jobId }, select: { id: true, workerId: true } });
    if (!recommended.length) return { items: [] };
    const [[job], workers] = await Promise.all([
      this.jobFacts([row], now),
      this.loadCandidates(recommended.map((r) => r.workerId)),
    ]);
    const ranked = workers
      .map((worker) => ({ worker, score: scoreJob(worker, job.scored, now, 'employer') }))
      .sort((a, b) => b.score.score - a.score.score || a.worker.id.localeCompare(b.worker.id))
      .slice(0, CANDIDATES_SHOWN);
    const ids = ranked.map((r) => r.worker.id);
    if (!ids.length) return { items: [] };
    const [applications, invitations, facts] = await Promise.all([
      this.dataSource.getRepository(JobApplicationEntity).find({
        where: { employerId: row.employerId, workerId: In(ids) },
        select: { id: true, jobId: true, workerId: true },
      }),
      this.dataSource.getRepository(JobInvitationEntity).find({
        where: { employerId: row.employerId, workerId: In(ids) },
        select: { id: true, jobId: true, workerId: true, status: true },
      }),
      this.views.candidateFacts(ids),
    ]);
    // the employer knows a worker who applied to, or accepted an invitation of, any of its jobs
    const toEmployer = new Set([
      ...applications.map((a) => a.workerId),
      ...invitations.filter((i) => i.status === 'accepted').map((i) => i.workerId),
    ]);
    const toJob = new Set(applications.filter((a) => a.jobId === jobId).map((a) => a.workerId));
    const invitationTo = new Map(
      invitations.filter((i) => i.jobId === jobId).map((i) => [i.workerId, i.status]),
    );
    return {
      items: ranked.map(({ worker, score }) => {
        const known = toEmployer.has(worker.id);
        return {
          candidate: {
            workerId: worker.id,
            name: known ? worker.realName : maskName(worker.realName),
            phone: known ? (facts.phoneOf.get(worker.id) ?? null) : null,
            countyName: regionName(worker.currentRegionCode) ?? '',
            certificates: facts.certificatesOf(worker.id),
            skills: worker.skills,
          },
          score: score.score,
          reasons: score.reasons,
          applied: toJob.has(worker.id),
          invitation: invitationTo.get(worker.id) ?? null,
        };
      }),
    };
  }

  // ——— internals ———

  /**
   * Writes recommendations with their notifications, PUSH_BATCH pairs to a transaction (one INSERT
   * for each table). A pair recommended meanwhile by a concurrent pass or trigger is not written
   * again (the unique key and the dedupe key skip it) but gets today's score. Returns how many new
   * recommendations were written.
   */
  private async pushMany(list: readonly Ranked[], now: Date): Promise<number> {
    let written = 0;
    for (let i = 0; i < list.length; i += PUSH_BATCH) {
      const part = list.slice(i, i + PUSH_BATCH);
      const taken = await this.dataSource.transaction(async (em) => {
        const before = await em
          .getRepository(RecommendationEntity)
          .createQueryBuilder('r')
          .select(['r.id', 'r.workerId', 'r.jobId'])
          .where('r.workerId IN (:...workers)', { workers: unique(part.map((r) => r.worker.id)) })
          .andWhere('r.jobId IN (:...jobs)', { jobs: unique(part.map((r) => r.job.row.id)) })
          .getMany();
        const exists = new Set(before.map((r) => `${r.workerId}:${r.jobId}`));
        const fresh = part.filter((r) => !exists.has(`${r.worker.id}:${r.job.row.id}`));
        if (!fresh.length) return [];
        await em
          .createQueryBuilder()
          .insert()
          .into(RecommendationEntity)
          .values(
            fresh.map(({ worker, job, score }) => ({
              id: randomUUID(),
              workerId: worker.id,
              jobId: job.row.id,
              score: score.score,
              reasons: score.reasons,
              pushedAt: now,
              seenAt: null,
              appliedAt: null,
            })),
          )
          .orIgnore()
          .execute();
        await this.notifications.notifyMany(em, fresh.map(pushMessage));
        return fresh;
      });
      const takenKeys = new Set(taken.map((r) => `${r.worker.id}:${r.job.row.id}`));
      for (const r of part) {
        if (!takenKeys.has(`${r.worker.id}:${r.job.row.id}`)) await this.rescore(r);
      }
      written += taken.length;
    }
    return written;
  }

  /** An existing recommendation gets today's score and reasons; nothing else changes. */
  private async rescore({ worker, job, score }: Ranked): Promise<void> {
    await this.dataSource
      .getRepository(RecommendationEntity)
      .update(
        { workerId: worker.id, jobId: job.row.id },
        { score: score.score, reasons: score.reasons },
      );
  }

  /** The jobs a worker matches (and `keep` keeps), scored, not yet sorted. */
  private matches(
    worker: Candidate,
    jobs: JobIndex,
    applied: ReadonlySet<string> | undefined,
    now: Date,
    keep: (job: JobFacts) => boolean = () => true,
  ): Ranked[] {
    // relevant: in an occupation of theirs, or under a brand they want
    const relevant = new Set<JobFacts>();
    for (const code of worker.occupations) {
      for (const job of jobs.byOccupation.get(code) ?? []) relevant.add(job);
    }
    for (const name of worker.wantedBrands) {
      for (const job of jobs.byBrand.get(name) ?? []) relevant.add(job);
    }
    const out: Ranked[] = [];
    for (const job of relevant) {
      if (!job.eligible || applied?.has(job.row.id) || !keep(job)) continue;
      if (!meetsRequirement(worker, job.scored)) continue;
      out.push({ worker, job, score: scoreJob(worker, job.scored, now) });
    }
    return out;
  }

  /** Workers with a certificate or a class (completed or under way) in the occupation, or wanting the brand. */
  private async relevantWorkerIds(job: JobFacts): Promise<string[]> {
    const occupationCode = job.row.occupationCode;
    const brandName = job.scored.brandName;
    const [certified, trained, wanting] = await Promise.all([
      this.dataSource.getRepository(CertificationEntity).find({
        where: { occupationCode, status: In([...HOLDING_STATUSES]) },
        select: { id: true, workerId: true },
      }),
      this.dataSource
        .getRepository(EnrolmentEntity)
        .createQueryBuilder('e')
        .innerJoin(TrainingSessionEntity, 's', 's.id = e.sessionId')
        .select('e.workerId', 'workerId')
        .where('s.occupationCode = :occupationCode', { occupationCode })
        .andWhere('e.status IN (:...statuses)', { statuses: [...TRAINING_STATUSES] })
        .getRawMany<{ workerId: string }>(),
      brandName
        ? this.dataSource
            .getRepository(WorkerProfileEntity)
            .createQueryBuilder('p')
            .select('p.userId', 'workerId')
            // simple-json keeps the names as JSON text: match the quoted name exactly
            .where("p.wantedBrands LIKE :brand ESCAPE '!'", {
              brand: likeContains(JSON.stringify(brandName)),
            })
            .andWhere('p.erasedAt IS NULL')
            .getRawMany<{ workerId: string }>()
        : Promise.resolve([]),
    ]);
    return unique([
      ...certified.map((c) => c.workerId),
      ...trained.map((t) => t.workerId),
      ...wanting.map((w) => w.workerId),
    ]);
  }

  /** Profiles (not erased), certificates held and training, as the scoring wants them. */
  private async loadCandidates(workerIds: readonly string[]): Promise<Candidate[]> {
    const out: Candidate[] = [];
    for (const ids of chunks(unique(workerIds), IN_CHUNK)) {
      const [profiles, certificates, training] = await Promise.all([
        this.dataSource.getRepository(WorkerProfileEntity).find({
          where: { userId: In(ids), erasedAt: IsNull() },
          select: {
            userId: true,
            realName: true,
            householdRegionCode: true,
            currentRegionCode: true,
            wantedBrands: true,
            minMonthlySalary: true,
            priorityGroup: true,
            skills: true,
          },
        }),
        this.dataSource.getRepository(CertificationEntity).find({
          where: { workerId: In(ids), status: In([...HOLDING_STATUSES]) },
          select: {
            id: true,
            workerId: true,
            occupationCode: true,
            certificateType: true,
            level: true,
          },
        }),
        this.dataSource
          .getRepository(EnrolmentEntity)
          .createQueryBuilder('e')
          .innerJoin(TrainingSessionEntity, 's', 's.id = e.sessionId')
          .select('e.workerId', 'workerId')
          .addSelect('s.occupationCode', 'occupationCode')
          .addSelect('e.status', 'status')
          .where('e.workerId IN (:...ids)', { ids })
          .andWhere('e.status IN (:...statuses)', { statuses: [...TRAINING_STATUSES] })
          .getRawMany<{ workerId: string; occupationCode: string; status: string }>(),
      ]);
      const certificatesOf = groupBy(certificates, (c) => c.workerId);
      const trainingOf = groupBy(training, (t) => t.workerId);
      for (const p of profiles) {
        const held: HeldCertificate[] = (certificatesOf.get(p.userId) ?? []).map((c) => ({
          occupationCode: c.occupationCode,
          type: c.certificateType,
          level: c.level,
        }));
        const classes: TrainingState[] = (trainingOf.get(p.userId) ?? []).map((t) => ({
          occupationCode: t.occupationCode,
          status: t.status === 'completed' ? 'completed' : 'enrolled',
        }));
        out.push({
          id: p.userId,
          realName: p.realName ?? '',
          priority: p.priorityGroup !== null,
          skills: p.skills,
          householdRegionCode: p.householdRegionCode,
          currentRegionCode: p.currentRegionCode,
          wantedBrands: p.wantedBrands,
          minMonthlySalary: p.minMonthlySalary,
          certificates: held,
          training: classes,
          occupations: new Set([
            ...held.map((c) => c.occupationCode),
            ...classes.map((c) => c.occupationCode),
          ]),
        });
      }
    }
    return out;
  }

  /** Postings with occupation, brand and employer names, and whether they may be recommended now. */
  private async jobFacts(rows: readonly JobPostingEntity[], now: Date): Promise<JobFacts[]> {
    if (!rows.length) return [];
    const brandCodes = unique(rows.flatMap((r) => (r.brandCode ? [r.brandCode] : [])));
    const [employers, occupations, brands] = await Promise.all([
      this.dataSource.getRepository(EmployerEntity).find({
        where: { id: In(unique(rows.map((r) => r.employerId))) },
        select: { id: true, name: true, blacklistedAt: true },
      }),
      this.dataSource.getRepository(OccupationEntity).find({
        where: { code: In(unique(rows.map((r) => r.occupationCode))) },
        select: { code: true, name: true },
      }),
      brandCodes.length
        ? this.dataSource
            .getRepository(BrandEntity)
            .find({ where: { code: In(brandCodes) }, select: { code: true, name: true } })
        : Promise.resolve([]),
    ]);
    const employerOf = new Map(employers.map((e) => [e.id, e]));
    const occupationName = new Map(occupations.map((o) => [o.code, o.name]));
    const brandName = new Map(brands.map((b) => [b.code, b.name]));
    const today = chinaDate(now);
    return rows.map((r) => {
      const employer = employerOf.get(r.employerId);
      return {
        row: r,
        employerName: employer?.name ?? '用人单位',
        eligible:
          r.status === 'open' &&
          r.closesOn >= today &&
          r.hires < r.headcount &&
          !!employer &&
          !employer.blacklistedAt,
        scored: {
          occupationCode: r.occupationCode,
          occupationName: occupationName.get(r.occupationCode) ?? r.occupationCode,
          brandName: r.brandCode ? (brandName.get(r.brandCode) ?? null) : null,
          regionCode: r.regionCode,
          salaryMin: r.salaryMin,
          salaryMax: r.salaryMax,
          requiredCertificate: r.requiredCertificateType
            ? { type: r.requiredCertificateType, minLevel: r.requiredCertificateLevel }
            : null,
          acceptsTrainees: r.acceptsTrainees,
          openedAt: r.openedAt,
        },
      };
    });
  }

  /** Open postings relevant to any of the workers (their occupations, or brands they want). */
  private async openJobsFor(workers: readonly Candidate[], now: Date): Promise<JobFacts[]> {
    const occupationCodes = unique(workers.flatMap((w) => [...w.occupations]));
    const wanted = unique(workers.flatMap((w) => w.wantedBrands));
    const brandCodes = wanted.length
      ? (
          await this.dataSource
            .getRepository(BrandEntity)
            .find({ where: { name: In(wanted) }, select: { code: true, name: true } })
        ).map((b) => b.code)
      : [];
    if (!occupationCodes.length && !brandCodes.length) return [];
    const qb = this.dataSource
      .getRepository(JobPostingEntity)
      .createQueryBuilder('j')
      .where('j.status = :open', { open: 'open' })
      .andWhere('j.closesOn >= :today', { today: chinaDate(now) })
      .andWhere('j.hires < j.headcount');
    // '' keeps IN () valid when one side is empty; (status, occupation) is indexed
    qb.andWhere('(j.occupationCode IN (:...occupations) OR j.brandCode IN (:...brands))', {
      occupations: occupationCodes.concat(''),
      brands: brandCodes.concat(''),
    });
    return (await this.jobFacts(await qb.getMany(), now)).filter((j) => j.eligible);
  }

  private async findJobs(ids: readonly string[]): Promise<JobPostingEntity[]> {
    const out: JobPostingEntity[] = [];
    for (const part of chunks(unique(ids), IN_CHUNK)) {
      out.push(...(await this.dataSource.getRepository(JobPostingEntity).findBy({ id: In(part) })));
    }
    return out;
  }

  /** Job ids each worker has applied to (in any status). */
  private async appliedJobs(workerIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    for (const ids of chunks(workerIds, IN_CHUNK)) {
      const rows = await this.dataSource
        .getRepository(JobApplicationEntity)
        .find({ where: { workerId: In(ids) }, select: { id: true, workerId: true, jobId: true } });
      for (const r of rows) out.set(r.workerId, (out.get(r.workerId) ?? new Set()).add(r.jobId));
    }
    return out;
  }

  /** Job ids already recommended to each worker (at any time). */
  private async recommendedJobs(workerIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    for (const ids of chunks(workerIds, IN_CHUNK)) {
      const rows = await this.dataSource
        .getRepository(RecommendationEntity)
        .find({ where: { workerId: In(ids) }, select: { id: true, workerId: true, jobId: true } });
      for (const r of rows) out.set(r.workerId, (out.get(r.workerId) ?? new Set()).add(r.jobId));
    }
    return out;
  }

  /** Distinct jobs pushed to each worker in the TRAINEE_WINDOW_DAYS up to `now` (a row per pair). */
  private async pushedInWindow(
    workerIds: readonly string[],
    now: Date,
  ): Promise<Map<string, number>> {
    const since = new Date(now.getTime() - TRAINEE_WINDOW_DAYS * DAY_MS);
    const out = new Map<string, number>();
    for (const ids of chunks(workerIds, IN_CHUNK)) {
      const rows = await this.dataSource
        .getRepository(RecommendationEntity)
        .createQueryBuilder('r')
        .select('r.workerId', 'workerId')
        .addSelect('COUNT(*)', 'pushed')
        .where('r.workerId IN (:...ids)', { ids })
        .andWhere('r.pushedAt >= :since', { since })
        .groupBy('r.workerId')
        .getRawMany<{ workerId: string; pushed: number | string }>();
      for (const r of rows) out.set(r.workerId, Number(r.pushed));
    }
    return out;
  }

  /**
   * Trainees: workers with a completed enrolment in a class that ended within TRAINEE_WINDOW_DAYS
   * (China dates; completion is made final at most a few days after the last day), with the
   * occupations of those classes. Through the sessions first, then their enrolments by session.
   */
  private async trainees(now: Date): Promise<Map<string, Set<string>>> {
    const sessions = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .createQueryBuilder('s')
      .select(['s.id', 's.occupationCode'])
      .where('s.endDate >= :since', { since: chinaDate(now, -TRAINEE_WINDOW_DAYS) })
      .getMany();
    const occupationOf = new Map(sessions.map((s) => [s.id, s.occupationCode]));
    const out = new Map<string, Set<string>>();
    for (const ids of chunks(
      sessions.map((s) => s.id),
      IN_CHUNK,
    )) {
      const rows = await this.dataSource.getRepository(EnrolmentEntity).find({
        where: { sessionId: In(ids), status: 'completed' },
        select: { id: true, workerId: true, sessionId: true },
      });
      for (const r of rows) {
        const occupation = occupationOf.get(r.sessionId);
        if (!occupation) continue;
        out.set(r.workerId, (out.get(r.workerId) ?? new Set()).add(occupation));
      }
    }
    return out;
  }

  /** Copies the application time onto recommendations the worker has since applied to. */
  private async recordApplications(): Promise<void> {
    const match = 'a.job_id = recommendations.job_id AND a.worker_id = recommendations.worker_id';
    await this.dataSource.query(
      `UPDATE recommendations SET applied_at = (SELECT MIN(a.created_at) FROM job_applications a WHERE ${match}) ` +
        `WHERE applied_at IS NULL AND EXISTS (SELECT 1 FROM job_applications a WHERE ${match})`,
    );
  }
}
