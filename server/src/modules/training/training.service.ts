import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull, Like } from 'typeorm';
import type { FieldError } from '@app/shared/errors';
import { regionName } from '@app/shared/regions';
import { unique } from '../../common/collections';
import { DomainError } from '../../common/domain-error';
import { invalidFields } from '../../common/validation';
import { adminScope, authorize, requireRole, regionPrefixPattern } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { BrandEntity } from '../brands/brand.entity';
import { BrandOccupationEntity, OccupationEntity } from '../brands/occupation.entity';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service';
import { TrainingProviderEntity } from '../organisations/training-provider.entity';
import { CourseEntity } from './course.entity';
import { chinaDate, chinaDateTime } from '../../common/china-time';
import type {
  CourseInputDto,
  CourseListResponseDto,
  CourseViewDto,
  SessionDetailResponseDto,
  SessionInputDto,
  SessionListItemDto,
  SessionListQueryDto,
  SessionListResponseDto,
} from './training.dto';
import { lessonView } from './lesson-view';
import { LessonEntity, TrainingSessionEntity } from './training-session.entity';
import { AttendanceEntity } from '../attendance/attendance.entity';

const OWN = { roles: ['trainer'], organisation: true } as const;
const ownScope = (row: { providerId: string }) => ({ providerId: row.providerId });

/** Workers who hold or wait for a seat: they must hear when the class moves or is called off. */
const TOLD_OF_CHANGES = ['enrolled', 'waitlisted'] as const;
const sessionLink = (sessionId: string) =>
  `/packages/catalogue/pages/session/index?id=${sessionId}`;

/** What a worker plans their days around: when and where. Title, seats or topics are not news. */
interface Schedule {
  startDate: string;
  endDate: string;
  address: string;
  lessons: readonly { startsAt: Date; endsAt: Date }[];
}

/**
 * The lesson times to the minute, in order: the database may cut or round seconds, and a worker
 * does not care about them, so a save that only round-trips them is no change.
 */
const lessonTimes = (s: Schedule) => {
  const minute = (at: Date) => Math.floor(at.getTime() / 60_000);
  return s.lessons
    .map((l) => `${minute(l.startsAt)}-${minute(l.endsAt)}`)
    .sort()
    .join(',');
};

/** What changed, in the words of the message; empty when nothing a worker must hear about did. */
function scheduleChanges(before: Schedule, after: Schedule): string[] {
  const changes: string[] = [];
  if (before.startDate !== after.startDate || before.endDate !== after.endDate) {
    changes.push(`培训日期改为 ${after.startDate} 至 ${after.endDate}`);
  }
  if (lessonTimes(before) !== lessonTimes(after)) {
    const first = [...after.lessons].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    changes.push(
      first
        ? `课表已调整（共 ${after.lessons.length} 次课，第一次 ${chinaDateTime(first.startsAt)}）`
        : '课表已调整',
    );
  }
  if (before.address !== after.address) changes.push(`上课地点改为 ${after.address}`);
  return changes;
}

/** A lesson of the timetable a provider submits, its times parsed. */
interface WantedLesson {
  startsAt: Date;
  endsAt: Date;
  topic: string;
}

const lessonsOf = (dto: SessionInputDto): WantedLesson[] =>
  dto.lessons.map((l) => ({
    startsAt: new Date(l.startsAt),
    endsAt: new Date(l.endsAt),
    topic: l.topic,
  }));

/**
 * A short fingerprint of one change: the schedule before and after, and the row's version it was
 * made to. The same request racing itself (or retried) gives the same key, so a worker is told once;
 * a later, different change — even back to an earlier schedule — gives a new one.
 */
function changeFingerprint(before: Schedule, after: Schedule, version: Date): string {
  const text = (s: Schedule) => `${s.startDate}|${s.endDate}|${s.address}|${lessonTimes(s)}`;
  return createHash('sha256')
    .update(`${text(before)}>${text(after)}@${version.toISOString()}`)
    .digest('base64url')
    .slice(0, 16);
}

/** Courses, sessions and lessons: the public catalogue and the provider's own management. */
@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  // ——— public ———

  /** Upcoming (not yet ended) scheduled sessions, by start date, from indexed columns only. */
  async listPublic(query: SessionListQueryDto): Promise<SessionListResponseDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.dataSource
      .getRepository(TrainingSessionEntity)
      .createQueryBuilder('s')
      .where('s.status = :status', { status: 'scheduled' })
      .andWhere('s.end_date >= :today', { today: chinaDate(new Date()) });
    if (query.brandCode) qb.andWhere('s.brand_code = :brand', { brand: query.brandCode });
    if (query.occupationCode)
      qb.andWhere('s.occupation_code = :occupation', { occupation: query.occupationCode });
    if (query.regionCode)
      qb.andWhere('s.region_code LIKE :region', { region: regionPrefixPattern(query.regionCode) });
    if (query.from) qb.andWhere('s.start_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('s.start_date <= :to', { to: query.to });
    if (query.hasSeats) qb.andWhere('s.seats_taken < s.capacity');
    const [rows, total] = await qb
      .orderBy('s.start_date', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.listItems(rows), total, page, pageSize };
  }

  async upcomingForBrand(brandCode: string, limit: number): Promise<SessionListItemDto[]> {
    const result = await this.listPublic({ brandCode, page: 1, pageSize: limit });
    return result.items;
  }

  /** List items for the given sessions (any status), keyed by id, in three look-ups. */
  async itemsFor(ids: string[]): Promise<Map<string, SessionListItemDto>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .findBy({ id: In(unique(ids)) });
    return new Map((await this.listItems(rows)).map((item) => [item.id, item]));
  }

  async detail(id: string): Promise<SessionDetailResponseDto> {
    const session = await this.dataSource.getRepository(TrainingSessionEntity).findOneBy({ id });
    if (!session) throw new DomainError('NOT_FOUND', '没有找到这个培训班次');
    return this.detailOf(session);
  }

  // ——— provider staff ———

  async listCourses(auth: AuthUser): Promise<CourseListResponseDto> {
    const provider = await this.providerOf(auth, false);
    const courses = await this.dataSource
      .getRepository(CourseEntity)
      .find({ where: { providerId: provider.id }, order: { createdAt: 'DESC' } });
    return { items: await this.courseViews(courses) };
  }

  async createCourse(auth: AuthUser, dto: CourseInputDto): Promise<CourseViewDto> {
    const provider = await this.providerOf(auth, true);
    await this.checkCourseInput(dto);
    const course: CourseEntity = {
      id: randomUUID(),
      providerId: provider.id,
      ...this.courseFields(dto),
      isDemo: false,
      archivedAt: null,
      createdBy: auth.id,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await this.dataSource.getRepository(CourseEntity).insert(course);
    return (await this.courseViews([course]))[0];
  }

  async updateCourse(auth: AuthUser, id: string, dto: CourseInputDto): Promise<CourseViewDto> {
    await this.providerOf(auth, true);
    const course = await this.dataSource.getRepository(CourseEntity).findOneBy({ id });
    authorize(auth, OWN, course, ownScope);
    await this.checkCourseInput(dto);
    const fields = this.courseFields(dto);
    await this.dataSource.getRepository(CourseEntity).update({ id }, fields);
    return (await this.courseViews([{ ...course, ...fields }]))[0];
  }

  async listOwnSessions(auth: AuthUser, page = 1, pageSize = 20): Promise<SessionListResponseDto> {
    const provider = await this.providerOf(auth, false);
    const [rows, total] = await this.dataSource.getRepository(TrainingSessionEntity).findAndCount({
      where: { providerId: provider.id },
      order: { startDate: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: await this.listItems(rows), total, page, pageSize };
  }

  /**
   * Every session held in the admin's region, whatever its status and whether or not it has ended
   * (the public list stops at the end date; a bureau reviews attendance and completion after it).
   */
  async listRegionSessions(
    auth: AuthUser,
    page = 1,
    pageSize = 20,
  ): Promise<SessionListResponseDto> {
    const scope = adminScope(auth);
    const [rows, total] = await this.dataSource.getRepository(TrainingSessionEntity).findAndCount({
      where: { regionCode: Like(regionPrefixPattern(scope)) },
      order: { startDate: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: await this.listItems(rows), total, page, pageSize };
  }

  async createSession(auth: AuthUser, dto: SessionInputDto): Promise<SessionDetailResponseDto> {
    const provider = await this.providerOf(auth, true);
    const course = await this.ownCourse(auth, dto.courseId);
    this.checkSessionInput(dto, 0);
    const session: TrainingSessionEntity = {
      id: randomUUID(),
      courseId: course.id,
      providerId: provider.id,
      brandCode: course.brandCode,
      occupationCode: course.occupationCode,
      ...this.sessionFields(dto),
      seatsTaken: 0,
      status: 'scheduled',
      isDemo: false,
      createdBy: auth.id,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(TrainingSessionEntity).insert(session);
      await this.replaceLessons(em, session.id, [], lessonsOf(dto));
    });
    return this.detailOf(session);
  }

  async updateSession(
    auth: AuthUser,
    id: string,
    dto: SessionInputDto,
  ): Promise<SessionDetailResponseDto> {
    await this.providerOf(auth, true);
    const session = await this.dataSource.getRepository(TrainingSessionEntity).findOneBy({ id });
    authorize(auth, OWN, session, ownScope);
    if (session.status !== 'scheduled') {
      throw new DomainError('CONFLICT', '已取消或归档的班次不能修改');
    }
    const course = await this.ownCourse(auth, dto.courseId);
    this.checkSessionInput(dto, session.seatsTaken);
    const fields = {
      ...this.sessionFields(dto),
      // a form that does not know the geofence (left out) keeps the one set before
      geofenceRadiusMeters:
        dto.geofenceRadiusMeters === undefined
          ? session.geofenceRadiusMeters
          : dto.geofenceRadiusMeters,
      courseId: course.id,
      brandCode: course.brandCode,
      occupationCode: course.occupationCode,
    };
    const lessons = lessonsOf(dto);
    await this.dataSource.transaction(async (em) => {
      const lessonsBefore = await em.getRepository(LessonEntity).findBy({ sessionId: id });
      await em.getRepository(TrainingSessionEntity).update({ id }, fields);
      await this.replaceLessons(em, id, lessonsBefore, lessons);
      const before: Schedule = { ...session, lessons: lessonsBefore };
      const after: Schedule = { ...fields, lessons };
      const changes = scheduleChanges(before, after);
      if (!changes.length) return;
      const fingerprint = changeFingerprint(before, after, session.updatedAt);
      await this.tellWorkers(em, id, (enrolmentId) => ({
        kind: 'session.changed',
        dedupeKey: `enrolment:${enrolmentId}:session.changed:${fingerprint}`,
        title: '班次安排有变',
        body: `“${fields.title}”${changes.join('；')}。请按新的安排上课。`,
      }));
    });
    return this.detailOf({ ...session, ...fields });
  }

  async cancelSession(auth: AuthUser, id: string): Promise<SessionDetailResponseDto> {
    await this.providerOf(auth, false);
    const session = await this.dataSource.getRepository(TrainingSessionEntity).findOneBy({ id });
    authorize(auth, OWN, session, ownScope);
    // Only the call that moves the session from scheduled tells the workers: cancelling twice, or
    // two cancels racing, sends one message each.
    await this.dataSource.transaction(async (em) => {
      const moved = await em
        .getRepository(TrainingSessionEntity)
        .update({ id, status: 'scheduled' }, { status: 'cancelled' });
      if (moved.affected !== 1) return;
      await this.tellWorkers(em, id, (enrolmentId) => ({
        kind: 'session.cancelled',
        dedupeKey: `enrolment:${enrolmentId}:session.cancelled`,
        title: '班次已取消',
        body: `很抱歉，“${session.title}”（原定 ${session.startDate} 开班）已取消，可以另选其他班次报名。`,
      }));
      // Their places end with the class, so its times no longer block another class.
      await em
        .getRepository(EnrolmentEntity)
        .update(
          { sessionId: id, status: In([...TOLD_OF_CHANGES]) },
          { status: 'cancelled', cancelledAt: new Date() },
        );
    });
    return this.detailOf({
      ...session,
      status: session.status === 'scheduled' ? 'cancelled' : session.status,
    });
  }

  // ——— internals ———

  /** One outbox row per enrolled or waitlisted worker, inside the caller's transaction. */
  private async tellWorkers(
    em: EntityManager,
    sessionId: string,
    message: (
      enrolmentId: string,
    ) => Pick<NewNotification, 'kind' | 'dedupeKey' | 'title' | 'body'>,
  ): Promise<void> {
    const enrolments = await em.getRepository(EnrolmentEntity).find({
      where: { sessionId, status: In([...TOLD_OF_CHANGES]) },
      select: { id: true, workerId: true },
    });
    for (const e of enrolments) {
      await this.notifications.notify(em, {
        userId: e.workerId,
        link: sessionLink(sessionId),
        ...message(e.id),
      });
    }
  }

  /** The caller's provider; `verified` demands the admin review passed (to create or change anything). */
  private async providerOf(auth: AuthUser, verified: boolean): Promise<TrainingProviderEntity> {
    requireRole(auth, 'trainer');
    const provider = auth.providerId
      ? await this.dataSource
          .getRepository(TrainingProviderEntity)
          .findOneBy({ id: auth.providerId })
      : null;
    if (!provider) throw new DomainError('FORBIDDEN', '请先加入培训机构');
    if (verified && provider.status !== 'verified') {
      throw new DomainError('FORBIDDEN', '培训机构通过审核后才能开设课程和班次');
    }
    return provider;
  }

  private async ownCourse(auth: AuthUser, courseId: string): Promise<CourseEntity> {
    const course = await this.dataSource
      .getRepository(CourseEntity)
      .findOneBy({ id: courseId, archivedAt: IsNull() });
    if (!course || course.providerId !== auth.providerId) {
      throw invalidFields([{ field: 'courseId', messages: ['请选择本机构的课程'] }]);
    }
    return course;
  }

  private async checkCourseInput(dto: CourseInputDto): Promise<void> {
    const brand = await this.dataSource
      .getRepository(BrandEntity)
      .findOneBy({ code: dto.brandCode, archivedAt: IsNull() });
    if (!brand) throw invalidFields([{ field: 'brandCode', messages: ['劳务品牌不存在'] }]);
    const linked = await this.dataSource
      .getRepository(BrandOccupationEntity)
      .existsBy({ brandCode: dto.brandCode, occupationCode: dto.occupationCode });
    if (!linked) {
      throw invalidFields([
        { field: 'occupationCode', messages: ['该职业不在所选品牌的培训清单中'] },
      ]);
    }
  }

  /** The rules a session must meet beyond field formats; every problem is named by its field. */
  private checkSessionInput(dto: SessionInputDto, seatsTaken: number): void {
    const problems: FieldError[] = [];
    const add = (field: string, message: string) => problems.push({ field, messages: [message] });
    if (dto.endDate < dto.startDate) add('endDate', '结束日期不能早于开始日期');
    if (dto.enrolClosesAt < dto.enrolOpensAt) add('enrolClosesAt', '报名截止不能早于报名开始');
    if (dto.enrolClosesAt > dto.startDate) add('enrolClosesAt', '报名应在开班前截止');
    if (dto.geofenceRadiusMeters != null && (dto.latitude === null || dto.longitude === null)) {
      add('geofenceRadiusMeters', '设置签到围栏需要先填写上课地点的经纬度');
    }
    if (dto.capacity < seatsTaken) add('capacity', `已有 ${seatsTaken} 人报名，名额不能少于此数`);
    dto.lessons.forEach((lesson, i) => {
      const starts = new Date(lesson.startsAt);
      const ends = new Date(lesson.endsAt);
      if (Number.isNaN(starts.getTime()) || Number.isNaN(ends.getTime())) {
        add(`lessons.${i}`, `第${i + 1}次课的时间不正确`);
        return;
      }
      if (ends <= starts) add(`lessons.${i}.endsAt`, `第${i + 1}次课的下课时间应晚于上课时间`);
      const day = chinaDate(starts);
      if (day < dto.startDate || chinaDate(ends) > dto.endDate) {
        add(`lessons.${i}.startsAt`, `第${i + 1}次课不在开班日期范围内`);
      }
    });
    if (problems.length) throw invalidFields(problems);
  }

  private courseFields(dto: CourseInputDto) {
    return {
      brandCode: dto.brandCode,
      occupationCode: dto.occupationCode,
      title: dto.title,
      hours: dto.hours,
      certificateType: dto.certificateType,
      certificateLevel: dto.certificateLevel,
      description: dto.description,
    };
  }

  private sessionFields(dto: SessionInputDto) {
    return {
      title: dto.title,
      regionCode: dto.regionCode,
      address: dto.address,
      latitude: dto.latitude,
      longitude: dto.longitude,
      startDate: dto.startDate,
      endDate: dto.endDate,
      enrolOpensAt: dto.enrolOpensAt,
      enrolClosesAt: dto.enrolClosesAt,
      capacity: dto.capacity,
      subsidised: dto.subsidised,
      minAttendanceRate: dto.minAttendanceRate,
      geofenceRadiusMeters: dto.geofenceRadiusMeters ?? null,
    };
  }

  /**
   * Puts the timetable in place. A lesson at the same start time as before keeps its id (so its
   * attendance marks and reminders stay with it); a lesson that already has marks cannot be removed
   * or moved to another time — the marks would be left pointing at nothing. `existing` is the
   * session's lessons as read in this transaction ([] for a new session); nothing is written to
   * them when a marked lesson would go.
   */
  private async replaceLessons(
    em: EntityManager,
    sessionId: string,
    existing: readonly LessonEntity[],
    wanted: readonly WantedLesson[],
  ): Promise<void> {
    const byStart = new Map(existing.map((l) => [l.startsAt.getTime(), l]));
    const kept = new Map<string, WantedLesson>();
    const added: WantedLesson[] = [];
    for (const lesson of wanted) {
      const same = byStart.get(lesson.startsAt.getTime());
      if (same && !kept.has(same.id)) kept.set(same.id, lesson);
      else added.push(lesson);
    }
    const dropped = existing.filter((l) => !kept.has(l.id));
    if (dropped.length) {
      const marked = await em
        .getRepository(AttendanceEntity)
        .findOneBy({ lessonId: In(dropped.map((l) => l.id)) });
      if (marked) {
        const lesson = dropped.find((l) => l.id === marked.lessonId);
        throw new DomainError(
          'CONFLICT',
          `${lesson ? chinaDateTime(lesson.startsAt) : ''} 的课已有出勤记录，不能删除或改时间`,
        );
      }
    }
    const lessons = em.getRepository(LessonEntity);
    for (const [id, lesson] of kept) {
      await lessons.update({ id }, { endsAt: lesson.endsAt, topic: lesson.topic });
    }
    if (added.length) {
      await lessons.insert(added.map((lesson) => ({ id: randomUUID(), sessionId, ...lesson })));
    }
    if (dropped.length) await lessons.delete({ id: In(dropped.map((l) => l.id)) });
  }

  /** Names for a page of sessions in three look-ups, whatever the page size (no N+1). */
  private async listItems(rows: TrainingSessionEntity[]): Promise<SessionListItemDto[]> {
    if (!rows.length) return [];
    const [brands, occupations, providers] = await Promise.all([
      this.dataSource.getRepository(BrandEntity).find({
        where: { code: In(unique(rows.map((r) => r.brandCode))) },
        select: { code: true, name: true },
      }),
      this.dataSource.getRepository(OccupationEntity).find({
        where: { code: In(unique(rows.map((r) => r.occupationCode))) },
        select: { code: true, name: true },
      }),
      this.dataSource.getRepository(TrainingProviderEntity).find({
        where: { id: In(unique(rows.map((r) => r.providerId))) },
        select: { id: true, name: true },
      }),
    ]);
    const brandName = new Map(brands.map((b) => [b.code, b.name]));
    const occupationName = new Map(occupations.map((o) => [o.code, o.name]));
    const providerName = new Map(providers.map((p) => [p.id, p.name]));
    return rows.map((s) => ({
      id: s.id,
      title: s.title,
      brandCode: s.brandCode,
      brandName: brandName.get(s.brandCode) ?? '',
      occupationCode: s.occupationCode,
      occupationName: occupationName.get(s.occupationCode) ?? '',
      providerName: providerName.get(s.providerId) ?? '',
      regionCode: s.regionCode,
      regionName: regionName(s.regionCode) ?? '',
      address: s.address,
      startDate: s.startDate,
      endDate: s.endDate,
      enrolOpensAt: s.enrolOpensAt,
      enrolClosesAt: s.enrolClosesAt,
      capacity: s.capacity,
      seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
      subsidised: s.subsidised,
      status: s.status,
    }));
  }

  private async detailOf(session: TrainingSessionEntity): Promise<SessionDetailResponseDto> {
    const [[item], course, lessons] = await Promise.all([
      this.listItems([session]),
      this.dataSource.getRepository(CourseEntity).findOneBy({ id: session.courseId }),
      this.dataSource
        .getRepository(LessonEntity)
        .find({ where: { sessionId: session.id }, order: { startsAt: 'ASC' } }),
    ]);
    return {
      session: {
        ...item,
        courseId: session.courseId,
        providerId: session.providerId,
        hours: course?.hours ?? 0,
        certificateType: course?.certificateType ?? '职业技能等级认定',
        certificateLevel: course?.certificateLevel ?? null,
        latitude: session.latitude,
        longitude: session.longitude,
        minAttendanceRate: session.minAttendanceRate,
        geofenceRadiusMeters: session.geofenceRadiusMeters,
        description: course?.description ?? '',
        lessons: lessons.map(lessonView),
      },
    };
  }

  private async courseViews(courses: CourseEntity[]): Promise<CourseViewDto[]> {
    if (!courses.length) return [];
    const [brands, occupations, providers] = await Promise.all([
      this.dataSource
        .getRepository(BrandEntity)
        .findBy({ code: In(courses.map((c) => c.brandCode)) }),
      this.dataSource
        .getRepository(OccupationEntity)
        .findBy({ code: In(courses.map((c) => c.occupationCode)) }),
      this.dataSource
        .getRepository(TrainingProviderEntity)
        .findBy({ id: In(courses.map((c) => c.providerId)) }),
    ]);
    return courses.map((c) => ({
      id: c.id,
      providerId: c.providerId,
      providerName: providers.find((p) => p.id === c.providerId)?.name ?? '',
      brandCode: c.brandCode,
      brandName: brands.find((b) => b.code === c.brandCode)?.name ?? '',
      occupationCode: c.occupationCode,
      occupationName: occupations.find((o) => o.code === c.occupationCode)?.name ?? '',
      title: c.title,
      hours: c.hours,
      certificateType: c.certificateType,
      certificateLevel: c.certificateLevel,
      description: c.description,
      archived: c.archivedAt !== null,
    }));
  }
}
