import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { type ApplicationStatus, HOLDING_STATUSES } from '@app/shared/enums';
import { maskName } from '@app/shared/validators';
import { isUniqueViolation } from '../../common/db-errors';
import { DomainError } from '../../common/domain-error';
import { type AccessRule, authorize, requireRole } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { CertificationEntity } from '../certification/certification.entity';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { EmployerEntity } from '../organisations/employer.entity';
import { TrainingSessionEntity } from '../training/training-session.entity';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import {
  applicantsLink,
  applicationDedupeKey,
  APPLICATIONS_LINK,
  EMPLOYER_STAFF,
  employerScope,
  isCrossRegion,
  meetsRequirement,
  STEP_FROM,
  stepNotice,
  TRAINING_STATUSES,
} from './job-rules';
import { JobViews } from './job-views';
import {
  ApplicationEventEntity,
  EmploymentRecordEntity,
  JobApplicationEntity,
  JobPostingEntity,
} from './job.entity';
import type {
  ApplicationListResponseDto,
  ApplicationResponseDto,
  ApplicationStepDto,
  HireDto,
  HireResponseDto,
} from './jobs.dto';
import { closeDueJobs, employerStaffIds, openJob } from './jobs.service';

/** The worker who applied (withdraws). */
const APPLICANT: AccessRule = { roles: ['worker'], owner: true };
const applicantScope = (row: { workerId: string }) => ({ ownerId: row.workerId });

interface Step {
  from: readonly ApplicationStatus[];
  /** The employer's steps; each has its notification kind `application.<to>`. */
  to: 'viewed' | 'interview' | 'offered' | 'hired' | 'rejected';
  fields: Partial<JobApplicationEntity>;
  note: string | null;
  title: string;
  body: string;
  /** A new key makes a new notification (a moved interview); a repeat never does. */
  dedupe: string;
}

/**
 * Applications: applied → viewed → interview → offered → hired, or rejected / withdrawn. Each step is
 * one conditional UPDATE on the expected status, with a timeline event and a notification to the
 * worker in the same transaction, so steps cannot be skipped, repeated or undone by racing requests.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly views: JobViews,
  ) {}

  /** A worker with a profile applies once per job; applying again answers the same application. */
  async apply(auth: AuthUser, jobId: string): Promise<ApplicationResponseDto> {
    requireRole(auth, 'worker');
    const profile = await this.dataSource
      .getRepository(WorkerProfileEntity)
      .findOneBy({ userId: auth.id, erasedAt: IsNull() });
    if (!profile) throw new DomainError('PROFILE_REQUIRED');
    const apps = this.dataSource.getRepository(JobApplicationEntity);
    const found = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id: jobId });
    if (!found || found.status === 'draft') throw new DomainError('NOT_FOUND');
    const earlier = await apps.findOneBy({ jobId, workerId: auth.id });
    if (earlier) return this.answer(earlier);
    const job = await openJob(this.dataSource, jobId);
    if (!(await this.meetsRequirement(auth.id, job))) {
      throw new DomainError('JOB_REQUIREMENT_NOT_MET');
    }
    const id = randomUUID();
    try {
      await this.dataSource.transaction(async (em) => {
        await em.getRepository(JobApplicationEntity).insert({
          id,
          jobId,
          workerId: auth.id,
          employerId: job.employerId,
          status: 'applied',
          interviewAt: null,
          interviewPlace: null,
          note: null,
        });
        await this.record(em, id, 'applied', auth.id, null);
        await this.tellEmployer(em, id, job, profile.realName ?? '');
      });
    } catch (error) {
      // the same worker's concurrent request won the unique key: answer that application
      if (!isUniqueViolation(error)) throw error;
    }
    return this.answer(await apps.findOneByOrFail({ jobId, workerId: auth.id }));
  }

  /** The worker's applications, newest first, each with its job and timeline. */
  async mine(auth: AuthUser): Promise<ApplicationListResponseDto> {
    requireRole(auth, 'worker');
    const rows = await this.dataSource
      .getRepository(JobApplicationEntity)
      .find({ where: { workerId: auth.id }, order: { createdAt: 'DESC', id: 'DESC' } });
    return { items: await this.views.applications(rows) };
  }

  /** The applicants of one of the employer's postings, newest first. */
  async forJob(auth: AuthUser, jobId: string): Promise<ApplicationListResponseDto> {
    const job = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id: jobId });
    authorize(auth, EMPLOYER_STAFF, job, employerScope);
    const rows = await this.dataSource
      .getRepository(JobApplicationEntity)
      .find({ where: { jobId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return { items: await this.views.applications(rows) };
  }

  /** The worker steps back, until an offer is made. */
  async withdraw(auth: AuthUser, id: string): Promise<ApplicationResponseDto> {
    const current = await this.dataSource.getRepository(JobApplicationEntity).findOneBy({ id });
    authorize(auth, APPLICANT, current, applicantScope);
    await this.dataSource.transaction(async (em) => {
      const moved = await em
        .getRepository(JobApplicationEntity)
        .update({ id, status: In([...STEP_FROM.withdraw]) }, { status: 'withdrawn' });
      if (moved.affected !== 1) {
        throw new DomainError(
          'APPLICATION_STEP_INVALID',
          current.status === 'offered' ? '单位已发出录用通知，不能撤回投递' : undefined,
        );
      }
      await this.record(em, id, 'withdrawn', auth.id, null);
    });
    return this.reload(id);
  }

  /** The employer moves an application one step: view, interview (time and place), offer, reject. */
  async step(auth: AuthUser, id: string, dto: ApplicationStepDto): Promise<ApplicationResponseDto> {
    const current = await this.dataSource.getRepository(JobApplicationEntity).findOneBy({ id });
    authorize(auth, EMPLOYER_STAFF, current, employerScope);
    const { job, employer } = await this.context(current);
    const note = dto.note ?? null;
    // the DTO requires both for an interview
    const interview =
      dto.action === 'interview'
        ? { at: new Date(dto.interviewAt ?? ''), place: dto.interviewPlace ?? '' }
        : undefined;
    const step: Step = {
      from: STEP_FROM[dto.action],
      fields: interview ? { interviewAt: interview.at, interviewPlace: interview.place } : {},
      ...stepNotice(dto.action, { employer, jobTitle: job.title, note, interview }),
    };
    if (note !== null) step.fields = { ...step.fields, note };
    await this.dataSource.transaction((em) => this.move(em, auth, current, step));
    return this.reload(id);
  }

  /**
   * offered → hired, with the employment record. The posting counts the hire by a conditional
   * UPDATE (`hires < headcount`), so no more are hired than wanted even when hires race, and it
   * closes in the same transaction when the headcount is reached.
   */
  async hire(auth: AuthUser, id: string, dto: HireDto): Promise<HireResponseDto> {
    const current = await this.dataSource.getRepository(JobApplicationEntity).findOneBy({ id });
    authorize(auth, EMPLOYER_STAFF, current, employerScope);
    const { job, employer } = await this.context(current);
    const profile = await this.dataSource
      .getRepository(WorkerProfileEntity)
      .findOneBy({ userId: current.workerId });
    const household = profile?.householdRegionCode ?? '';
    const recordId = randomUUID();
    await this.dataSource.transaction(async (em) => {
      await this.move(em, auth, current, {
        from: STEP_FROM.hire,
        to: 'hired',
        fields: {},
        note: `入职日期 ${dto.startDate}`,
        title: '入职登记',
        body: `你已入职${employer}“${job.title}”，入职日期 ${dto.startDate}。祝工作顺利！`,
        dedupe: 'hired',
      });
      const counted = await em
        .createQueryBuilder()
        .update(JobPostingEntity)
        .set({ hires: () => 'hires + 1' })
        .where('id = :id', { id: job.id })
        .andWhere('hires < headcount')
        .execute();
      if (counted.affected !== 1) throw new DomainError('JOB_NOT_OPEN', '岗位已招满，不能再录用');
      // the last place taken closes the posting
      await closeDueJobs(em, { id: job.id });
      await em.getRepository(EmploymentRecordEntity).insert({
        id: recordId,
        applicationId: id,
        workerId: current.workerId,
        jobId: job.id,
        employerId: job.employerId,
        brandCode: job.brandCode,
        occupationCode: job.occupationCode,
        startDate: dto.startDate,
        contract: dto.contract,
        socialInsurance: dto.socialInsurance,
        householdRegionCode: household,
        jobRegionCode: job.regionCode,
        crossRegion: isCrossRegion(household, job.regionCode),
        createdBy: auth.id,
      });
    });
    const record = await this.dataSource
      .getRepository(EmploymentRecordEntity)
      .findOneByOrFail({ id: recordId });
    const { application } = await this.reload(id);
    return {
      application,
      employment: {
        id: record.id,
        applicationId: record.applicationId,
        workerId: record.workerId,
        jobId: record.jobId,
        startDate: record.startDate,
        contract: record.contract,
        socialInsurance: record.socialInsurance,
        householdRegionCode: record.householdRegionCode,
        jobRegionCode: record.jobRegionCode,
        crossRegion: record.crossRegion,
      },
    };
  }

  // ——— internals ———

  /** One employer step inside the caller's transaction: the conditional UPDATE, the event, the push. */
  private async move(
    em: EntityManager,
    auth: AuthUser,
    current: JobApplicationEntity,
    step: Step,
  ): Promise<void> {
    const moved = await em
      .getRepository(JobApplicationEntity)
      .update({ id: current.id, status: In([...step.from]) }, { status: step.to, ...step.fields });
    if (moved.affected !== 1) throw new DomainError('APPLICATION_STEP_INVALID');
    await this.record(em, current.id, step.to, auth.id, step.note);
    await this.notifications.notify(em, {
      userId: current.workerId,
      kind: `application.${step.to}`,
      dedupeKey: applicationDedupeKey(current.id, step.dedupe),
      title: step.title,
      body: step.body,
      link: APPLICATIONS_LINK,
    });
  }

  /**
   * Tells each active staff account of the posting's employer about a new application, in the
   * applying transaction. The name is masked: the text may travel as a WeChat push, and the full
   * profile is on the applicants page the message opens.
   */
  private async tellEmployer(
    em: EntityManager,
    applicationId: string,
    job: JobPostingEntity,
    workerName: string,
  ): Promise<void> {
    const staff = await employerStaffIds(em, job.employerId);
    const who = maskName(workerName) || '一位求职者';
    await this.notifications.notifyMany(
      em,
      staff.map((userId) => ({
        userId,
        kind: 'application.received' as const,
        dedupeKey: applicationDedupeKey(applicationId, `received:${userId}`),
        title: '收到新的投递',
        body: `${who}投递了“${job.title}”，请及时查看。`,
        link: applicantsLink(job.id),
      })),
    );
  }

  private async record(
    em: EntityManager,
    applicationId: string,
    status: ApplicationStatus,
    actorId: string,
    note: string | null,
  ): Promise<void> {
    await em.getRepository(ApplicationEventEntity).insert({
      id: randomUUID(),
      applicationId,
      status,
      at: new Date(),
      actorId,
      note: note === null ? null : note.slice(0, 200),
    });
  }

  /**
   * Whether the worker may apply, by the one rule of job-rules `meetsRequirement`: this loads what it
   * reads — the worker's passed or issued certificates of the occupation and, when the posting takes
   * trainees, a class of it under way or completed.
   */
  private async meetsRequirement(workerId: string, job: JobPostingEntity): Promise<boolean> {
    const type = job.requiredCertificateType;
    if (!type) return true;
    const occupationCode = job.occupationCode;
    const [held, training] = await Promise.all([
      this.dataSource.getRepository(CertificationEntity).find({
        where: { workerId, occupationCode, status: In([...HOLDING_STATUSES]) },
        select: { id: true, occupationCode: true, certificateType: true, level: true },
      }),
      job.acceptsTrainees
        ? this.dataSource
            .getRepository(EnrolmentEntity)
            .createQueryBuilder('e')
            .innerJoin(TrainingSessionEntity, 's', 's.id = e.sessionId')
            .select('s.occupationCode', 'occupationCode')
            .where('e.workerId = :workerId', { workerId })
            .andWhere('e.status IN (:...statuses)', { statuses: [...TRAINING_STATUSES] })
            .andWhere('s.occupationCode = :occupationCode', { occupationCode })
            .limit(1)
            .getRawMany<{ occupationCode: string }>()
        : [],
    ]);
    return meetsRequirement(
      {
        certificates: held.map((c) => ({
          occupationCode: c.occupationCode,
          type: c.certificateType,
          level: c.level,
        })),
        training,
      },
      {
        occupationCode,
        requiredCertificate: { type, minLevel: job.requiredCertificateLevel },
        acceptsTrainees: job.acceptsTrainees,
      },
    );
  }

  /** The posting and the employer's name, for the worker's messages. */
  private async context(
    application: JobApplicationEntity,
  ): Promise<{ job: JobPostingEntity; employer: string }> {
    const [job, employer] = await Promise.all([
      this.dataSource.getRepository(JobPostingEntity).findOneByOrFail({ id: application.jobId }),
      this.dataSource.getRepository(EmployerEntity).findOne({
        where: { id: application.employerId },
        select: { id: true, name: true },
      }),
    ]);
    return { job, employer: employer?.name ?? '用人单位' };
  }

  private async reload(id: string): Promise<ApplicationResponseDto> {
    return this.answer(
      await this.dataSource.getRepository(JobApplicationEntity).findOneByOrFail({ id }),
    );
  }

  private async answer(row: JobApplicationEntity): Promise<ApplicationResponseDto> {
    return { application: (await this.views.applications([row]))[0] };
  }
}
