import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, Like } from 'typeorm';
import {
  certificateLevelName,
  type CertificateLevel,
  type CertificationApplicant,
  type CertificationStatus,
  HOLDING_STATUSES,
} from '@app/shared/enums';
import { maskName } from '@app/shared/validators';
import { chinaDateTime } from '../../common/china-time';
import { isUniqueViolation } from '../../common/db-errors';
import { DomainError } from '../../common/domain-error';
import {
  type AccessRule,
  adminScope,
  authorize,
  regionPrefixPattern,
  requireRole,
} from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { OccupationEntity } from '../brands/occupation.entity';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { RateLimitService } from '../coordination/rate-limit.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { TrainingProviderEntity } from '../organisations/training-provider.entity';
import { CourseEntity } from '../training/course.entity';
import { TrainingSessionEntity } from '../training/training-session.entity';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import type {
  AdminCertificationQueryDto,
  AssessmentResultDto,
  CertificateVerifyResponseDto,
  CertificationApplyDto,
  CertificationListResponseDto,
  CertificationPageDto,
  CertificationResponseDto,
  CertificationViewDto,
  ClassCertificationApplyDto,
  IssueCertificateDto,
  ScheduleAssessmentDto,
} from './certification.dto';
import { CertificationEntity, CertificationEventEntity } from './certification.entity';

/** Trainers of the session's provider and admins whose region covers it see and move the early steps. */
const ASSESSORS: AccessRule = {
  roles: ['trainer', 'admin'],
  organisation: true,
  adminInScope: true,
};
const PROVIDER_TRAINER: AccessRule = { roles: ['trainer'], organisation: true };
/** Certificates are issued by the bureau: an admin in scope. */
const ISSUERS: AccessRule = { roles: ['admin'], adminInScope: true };
const scopeOf = (c: { providerId: string; regionCode: string }) => ({
  providerId: c.providerId,
  regionCodes: [c.regionCode],
});

const CERTIFICATES_LINK = '/packages/worker/pages/certificates/index';
/** Public verification answers per client address and minute. */
const VERIFY_PER_MINUTE = 20;

const levelText = (level: CertificateLevel | null) =>
  level === null ? '' : ` ${certificateLevelName(level)}`;

interface Step {
  from: readonly CertificationStatus[];
  to: CertificationStatus;
  fields: Partial<CertificationEntity>;
  note: string;
  title: string;
  body: (what: string) => string;
  /** Makes a second notification for a genuinely new step (a reschedule), never for a repeat. */
  dedupe: string;
}

/**
 * Skills assessment (技能评价) after a completed course: applied → scheduled → passed / failed →
 * issued. Each step is one conditional UPDATE on the expected status, with a timeline event and a
 * notification to the worker in the same transaction, so steps cannot be skipped, repeated or undone.
 */
@Injectable()
export class CertificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly rateLimits: RateLimitService,
    private readonly recommendations: RecommendationsService,
  ) {}

  /** The worker applies for their own completed enrolment. */
  async apply(auth: AuthUser, dto: CertificationApplyDto): Promise<CertificationResponseDto> {
    requireRole(auth, 'worker');
    const enrolment = await this.dataSource
      .getRepository(EnrolmentEntity)
      .findOneBy({ id: dto.enrolmentId, workerId: auth.id });
    if (!enrolment) throw new DomainError('NOT_FOUND', '没有找到这次培训报名');
    const created = await this.create(enrolment, dto.level, 'worker', auth.id);
    return { certification: (await this.views([created]))[0] };
  }

  async mine(auth: AuthUser): Promise<CertificationListResponseDto> {
    requireRole(auth, 'worker');
    const rows = await this.dataSource
      .getRepository(CertificationEntity)
      .find({ where: { workerId: auth.id }, order: { createdAt: 'DESC', id: 'DESC' } });
    return { items: await this.views(rows) };
  }

  /**
   * The provider applies for its class: every completed worker without an open application or a
   * certificate at that level gets one; the others are left as they are.
   */
  async applyForClass(
    auth: AuthUser,
    sessionId: string,
    dto: ClassCertificationApplyDto,
  ): Promise<CertificationListResponseDto> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(auth, PROVIDER_TRAINER, session, scopeOf);
    const completed = await this.dataSource
      .getRepository(EnrolmentEntity)
      .find({ where: { sessionId, status: 'completed' }, order: { queuedAt: 'ASC' } });
    const created: CertificationEntity[] = [];
    for (const enrolment of completed) {
      try {
        created.push(await this.create(enrolment, dto.level, 'provider', auth.id));
      } catch (error) {
        const skippable: readonly string[] = [
          'CERTIFICATION_OPEN',
          'CERTIFICATION_HELD',
          'CERTIFICATION_LEVEL_NOT_ALLOWED',
        ];
        if (!(error instanceof DomainError && skippable.includes(error.code))) throw error;
      }
    }
    return { items: await this.views(created) };
  }

  async forSession(auth: AuthUser, sessionId: string): Promise<CertificationListResponseDto> {
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneBy({ id: sessionId });
    authorize(auth, ASSESSORS, session, scopeOf);
    const rows = await this.dataSource
      .getRepository(CertificationEntity)
      .find({ where: { sessionId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: await this.views(rows) };
  }

  /** Applications of sessions in the admin's region, newest first (by default all statuses). */
  async adminList(
    auth: AuthUser,
    query: AdminCertificationQueryDto,
  ): Promise<CertificationPageDto> {
    const scope = adminScope(auth);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.dataSource.getRepository(CertificationEntity).findAndCount({
      where: {
        regionCode: Like(regionPrefixPattern(scope)),
        ...(query.status ? { status: query.status } : {}),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: await this.views(rows), total, page, pageSize };
  }

  async schedule(
    auth: AuthUser,
    id: string,
    dto: ScheduleAssessmentDto,
  ): Promise<CertificationResponseDto> {
    const at = new Date(dto.scheduledAt);
    const when = chinaDateTime(at);
    return this.move(auth, id, ASSESSORS, {
      from: ['applied', 'scheduled'],
      to: 'scheduled',
      fields: { scheduledAt: at, place: dto.place },
      note: `${when}，${dto.place}`,
      title: '考核已安排',
      body: (what) => `${what} 考核时间：${when}，地点：${dto.place}。请带身份证按时参加。`,
      dedupe: `scheduled:${at.getTime()}:${dto.place}`,
    });
  }

  async recordResult(
    auth: AuthUser,
    id: string,
    dto: AssessmentResultDto,
  ): Promise<CertificationResponseDto> {
    const current = await this.dataSource.getRepository(CertificationEntity).findOneBy({ id });
    authorize(auth, ASSESSORS, current, scopeOf);
    if (current.status === 'scheduled' && current.scheduledAt && current.scheduledAt > new Date()) {
      throw new DomainError('CERTIFICATION_STEP_INVALID', '考核时间还没到，考核后才能录入成绩');
    }
    return this.move(auth, id, ASSESSORS, {
      from: ['scheduled'],
      to: dto.passed ? 'passed' : 'failed',
      // a failure releases the open key, so the worker can apply again (a retake)
      fields: dto.passed ? { score: dto.score } : { score: dto.score, openKey: null },
      note: `成绩 ${dto.score} 分`,
      title: dto.passed ? '考核通过' : '考核未通过',
      body: (what) =>
        dto.passed
          ? `${what} 考核通过，成绩 ${dto.score} 分，证书发放后会通知你。`
          : `${what} 考核成绩 ${dto.score} 分，未通过。你可以在“我的证书”申请重考。`,
      dedupe: 'result',
    });
  }

  async issue(
    auth: AuthUser,
    id: string,
    dto: IssueCertificateDto,
  ): Promise<CertificationResponseDto> {
    try {
      return await this.move(auth, id, ISSUERS, {
        from: ['passed'],
        to: 'issued',
        fields: { certificateNo: dto.certificateNo, issuer: dto.issuer, issuedOn: dto.issuedOn },
        note: `证书编号 ${dto.certificateNo}，${dto.issuer}`,
        title: '证书已发放',
        body: (what) =>
          `${what} 证书已发放，编号 ${dto.certificateNo}，发证机构 ${dto.issuer}。可在“我的证书”查看和出示。`,
        dedupe: 'issued',
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('CERTIFICATE_NO_TAKEN');
      throw error;
    }
  }

  /** Public check of a certificate number: masked holder, what and who issued it; 20 a minute per address. */
  async verify(no: string, ip: string, now = Date.now()): Promise<CertificateVerifyResponseDto> {
    // A brake on scraping numbers, counted in the database so every instance counts the same.
    if (!(await this.rateLimits.take(`certificate-verify:${ip}`, 60_000, VERIFY_PER_MINUTE, now))) {
      throw new DomainError('RATE_LIMITED', '查询太频繁，请一分钟后再试');
    }
    const row = await this.dataSource
      .getRepository(CertificationEntity)
      .findOneBy({ certificateNo: no, status: 'issued' });
    if (!row || !row.certificateNo || !row.issuer || !row.issuedOn) {
      throw new DomainError('CERTIFICATE_NOT_FOUND');
    }
    const [profile, occupation] = await Promise.all([
      this.dataSource.getRepository(WorkerProfileEntity).findOneBy({ userId: row.workerId }),
      this.dataSource.getRepository(OccupationEntity).findOneBy({ code: row.occupationCode }),
    ]);
    return {
      certificateNo: row.certificateNo,
      holderName: maskName(profile?.realName ?? ''),
      occupationName: occupation?.name ?? row.occupationCode,
      certificateType: row.certificateType,
      level: row.level,
      issuer: row.issuer,
      issuedOn: row.issuedOn,
    };
  }

  // ——— internals ———

  /**
   * A new application for a completed enrolment. The level is the course's, or the one above the
   * best the worker holds for this occupation; a level held (or bettered) is refused, and the unique
   * open key refuses a second open application for the same level, even from concurrent requests.
   */
  private async create(
    enrolment: EnrolmentEntity,
    requested: CertificateLevel | undefined,
    appliedBy: CertificationApplicant,
    actorId: string,
  ): Promise<CertificationEntity> {
    if (enrolment.status !== 'completed') throw new DomainError('CERTIFICATION_NOT_ELIGIBLE');
    const session = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findOneByOrFail({ id: enrolment.sessionId });
    const course = await this.dataSource
      .getRepository(CourseEntity)
      .findOneByOrFail({ id: session.courseId });
    const type = course.certificateType;
    const earlier = await this.dataSource.getRepository(CertificationEntity).findBy({
      workerId: enrolment.workerId,
      occupationCode: session.occupationCode,
      certificateType: type,
    });
    const held = earlier.filter((c) => HOLDING_STATUSES.includes(c.status));
    let level: CertificateLevel | null = null;
    if (type === '专项职业能力考核') {
      if (requested !== undefined) throw new DomainError('CERTIFICATION_LEVEL_NOT_ALLOWED');
      if (held.length) throw new DomainError('CERTIFICATION_HELD');
    } else {
      const best = held.length ? Math.min(...held.map((c) => c.level ?? 5)) : null;
      const courseLevel = course.certificateLevel ?? 5;
      const next = best !== null && best > 1 ? ((best - 1) as CertificateLevel) : null;
      // A worker who holds the course's level and asks for nothing in particular means the next one;
      // a provider applying for its class means the course's level (holders are skipped).
      const workerWantsNext = appliedBy === 'worker' && best !== null && best <= courseLevel;
      level = requested ?? (workerWantsNext && next ? next : courseLevel);
      if (best !== null && level >= best) throw new DomainError('CERTIFICATION_HELD');
      if (level !== courseLevel && level !== next) {
        throw new DomainError('CERTIFICATION_LEVEL_NOT_ALLOWED');
      }
    }
    const row: CertificationEntity = this.dataSource.getRepository(CertificationEntity).create({
      id: randomUUID(),
      workerId: enrolment.workerId,
      enrolmentId: enrolment.id,
      sessionId: session.id,
      providerId: session.providerId,
      regionCode: session.regionCode,
      brandCode: session.brandCode,
      occupationCode: session.occupationCode,
      certificateType: type,
      level,
      status: 'applied',
      appliedBy,
      attempt: earlier.filter((c) => c.level === level).length + 1,
      openKey: `${enrolment.workerId}|${session.occupationCode}|${type}|${level ?? '-'}`,
      scheduledAt: null,
      place: null,
      score: null,
      certificateNo: null,
      issuer: null,
      issuedOn: null,
    });
    const what = await this.describe(row);
    try {
      await this.dataSource.transaction(async (em) => {
        await em.getRepository(CertificationEntity).insert(row);
        await this.record(
          em,
          row,
          'applied',
          actorId,
          appliedBy === 'provider' ? '培训机构代为申请' : null,
        );
        await this.notifications.notify(em, {
          userId: row.workerId,
          kind: 'certification.applied',
          dedupeKey: `certification:${row.id}:applied`,
          title: '技能评价申请已提交',
          body: `${what} 的评价申请已提交，等待安排考核。`,
          link: CERTIFICATES_LINK,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('CERTIFICATION_OPEN');
      throw error;
    }
    return this.dataSource.getRepository(CertificationEntity).findOneByOrFail({ id: row.id });
  }

  /** One step: authorise, move by a conditional UPDATE on the expected status, record and notify. */
  private async move(
    auth: AuthUser,
    id: string,
    rule: AccessRule,
    step: Step,
  ): Promise<CertificationResponseDto> {
    const current = await this.dataSource.getRepository(CertificationEntity).findOneBy({ id });
    authorize(auth, rule, current, scopeOf);
    const what = await this.describe(current);
    await this.dataSource.transaction(async (em) => {
      const moved = await em
        .getRepository(CertificationEntity)
        .update({ id, status: In([...step.from]) }, { status: step.to, ...step.fields });
      if (moved.affected !== 1) throw new DomainError('CERTIFICATION_STEP_INVALID');
      await this.record(em, current, step.to, auth.id, step.note);
      await this.notifications.notify(em, {
        userId: current.workerId,
        kind: `certification.${step.to}`,
        dedupeKey: `certification:${id}:${step.dedupe}`,
        title: step.title,
        body: step.body(what),
        link: CERTIFICATES_LINK,
      });
    });
    // a certificate held (passed or issued) may open jobs: never fails the step (it logs instead)
    if (HOLDING_STATUSES.includes(step.to)) {
      await this.recommendations.onWorkersQualified([current.workerId]);
    }
    const updated = await this.dataSource
      .getRepository(CertificationEntity)
      .findOneByOrFail({ id });
    return { certification: (await this.views([updated]))[0] };
  }

  private async record(
    em: EntityManager,
    row: CertificationEntity,
    status: CertificationStatus,
    actorId: string,
    note: string | null,
  ): Promise<void> {
    await em.getRepository(CertificationEventEntity).insert({
      id: randomUUID(),
      certificationId: row.id,
      status,
      at: new Date(),
      actorId,
      note,
    });
  }

  /** `母婴护理员 四级/中级工` for messages. */
  private async describe(row: CertificationEntity): Promise<string> {
    const occupation = await this.dataSource
      .getRepository(OccupationEntity)
      .findOneBy({ code: row.occupationCode });
    return `${occupation?.name ?? row.occupationCode}${levelText(row.level)}`;
  }

  /** Views for a list of applications, with names, timelines and what can follow, in a few queries. */
  private async views(rows: CertificationEntity[]): Promise<CertificationViewDto[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const workerIds = [...new Set(rows.map((r) => r.workerId))];
    const sessionIds = [...new Set(rows.map((r) => r.sessionId))];
    const [events, profiles, sessions, occupations, related] = await Promise.all([
      this.dataSource
        .getRepository(CertificationEventEntity)
        .find({ where: { certificationId: In(ids) }, order: { at: 'ASC' } }),
      this.dataSource.getRepository(WorkerProfileEntity).find({
        where: { userId: In(workerIds) },
        select: { userId: true, realName: true },
      }),
      this.dataSource.getRepository(TrainingSessionEntity).findBy({ id: In(sessionIds) }),
      this.dataSource
        .getRepository(OccupationEntity)
        .findBy({ code: In([...new Set(rows.map((r) => r.occupationCode))]) }),
      this.dataSource.getRepository(CertificationEntity).find({
        where: { workerId: In(workerIds) },
        select: {
          id: true,
          workerId: true,
          occupationCode: true,
          certificateType: true,
          level: true,
          status: true,
          openKey: true,
        },
      }),
    ]);
    const providers = await this.dataSource
      .getRepository(TrainingProviderEntity)
      .findBy({ id: In([...new Set(sessions.map((s) => s.providerId))]) });
    const names = new Map(profiles.map((p) => [p.userId, p.realName ?? '']));
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const providerName = new Map(providers.map((p) => [p.id, p.name]));
    const occupationName = new Map(occupations.map((o) => [o.code, o.name]));
    return rows.map((r) => {
      const session = sessionById.get(r.sessionId);
      return {
        id: r.id,
        workerId: r.workerId,
        workerName: names.get(r.workerId) ?? '',
        sessionId: r.sessionId,
        sessionTitle: session?.title ?? '',
        providerName: (session && providerName.get(session.providerId)) ?? '',
        brandCode: r.brandCode,
        occupationCode: r.occupationCode,
        occupationName: occupationName.get(r.occupationCode) ?? r.occupationCode,
        certificateType: r.certificateType,
        level: r.level,
        status: r.status,
        appliedBy: r.appliedBy,
        attempt: r.attempt,
        scheduledAt: r.scheduledAt?.toISOString() ?? null,
        place: r.place,
        score: r.score,
        certificateNo: r.certificateNo,
        issuer: r.issuer,
        issuedOn: r.issuedOn,
        timeline: events
          .filter((e) => e.certificationId === r.id)
          .map((e) => ({ status: e.status, at: e.at.toISOString(), note: e.note })),
        next: nextStep(r, related),
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
}

/**
 * What the worker may apply for after this application: a retake of a failed level (unless one is
 * already under way or held), or the level above a passed one (unless it is already applied for).
 */
export function nextStep(
  row: Pick<
    CertificationEntity,
    'id' | 'workerId' | 'occupationCode' | 'certificateType' | 'level' | 'status'
  >,
  all: readonly Pick<
    CertificationEntity,
    'id' | 'workerId' | 'occupationCode' | 'certificateType' | 'level' | 'status' | 'openKey'
  >[],
): { action: 'retake' | 'next_level'; level: CertificateLevel | null } | null {
  const same = all.filter(
    (c) =>
      c.workerId === row.workerId &&
      c.occupationCode === row.occupationCode &&
      c.certificateType === row.certificateType,
  );
  const taken = (level: CertificateLevel | null) =>
    same.some((c) => c.level === level && c.openKey !== null);
  const bestHeld = same
    .filter((c) => HOLDING_STATUSES.includes(c.status))
    .reduce<number | null>((best, c) => Math.min(best ?? 6, c.level ?? 5), null);
  if (row.status === 'failed') {
    const betterHeld = bestHeld !== null && row.level !== null && bestHeld <= row.level;
    return taken(row.level) || betterHeld ? null : { action: 'retake', level: row.level };
  }
  if (HOLDING_STATUSES.includes(row.status) && row.level !== null && row.level > 1) {
    const up = (row.level - 1) as CertificateLevel;
    if (bestHeld !== null && bestHeld < row.level) return null; // a better level is already held
    return taken(up) ? null : { action: 'next_level', level: up };
  }
  return null;
}
