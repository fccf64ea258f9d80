import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import type {
  CandidateRecommendationListResponse,
  JobInput,
  JobResponse,
  RecommendationCoverageResponse,
  RecommendationListResponse,
} from '@app/shared/api';
import type { CertificateLevel } from '@app/shared/enums';
import { chinaDate } from '../src/common/china-time';
import { AttendanceService } from '../src/modules/attendance/attendance.service';
import { JobApplicationEntity, JobPostingEntity } from '../src/modules/jobs/job.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { RecommendationEntity } from '../src/modules/recommendations/recommendation.entity';
import {
  PUSHES_PER_PLACE,
  RecommendationsService,
} from '../src/modules/recommendations/recommendations.service';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import { expectError, uniqueValues } from './helpers/accounts';
import { insertEmployerStaff, insertWorker, jobInput } from './helpers/job-fixtures';
import {
  insertEnrolment,
  insertSession,
  insertUser,
  type UserFixture,
} from './helpers/session-fixtures';
import { call, startTestApp, type TestApp } from './helpers/test-app';
import { insertCertification, lessonFromNow } from './helpers/training-fixtures';

/**
 * Each scenario uses occupations no other test file nor the demo data posts jobs in (陶瓷装饰工,
 * 钢筋工, 香药师傅's two), so the jobs and trainees sharing the database never change what is
 * asserted here.
 */
const CERAMIC_DECOR = 'taoci-zhuangshigong'; // 陶瓷装饰工
const CERAMICS = 'beiliu-taoci-gongjiang';
const REBAR = 'gangjingong'; // 钢筋工
const BUILDING = 'bagui-jiangong';
const SPICES = 'xiangliao-jiagong'; // 香料加工 (专项)
const HERBS = 'zhongyaocai-jiagong'; // 中药材加工 (专项)
const SPICE_BRAND = 'xiangyao-shifu';
const BEILIU = '450981';

type Employer = UserFixture & { employerId: string };
type Worker = UserFixture & { phone: string };

describe('recommendations: triggers, the daily pass, the feed, candidates and coverage', () => {
  let t: TestApp;
  let service: RecommendationsService;
  const unique = uniqueValues();
  let employer: Employer;
  let otherEmployer: Employer;
  let barred: Employer;

  const post = <T>(path: string, token: string, body: unknown = {}) =>
    call<T>(t.baseUrl, 'POST', `/api/v1${path}`, { token, body });
  const get = <T>(path: string, token: string) =>
    call<T>(t.baseUrl, 'GET', `/api/v1${path}`, { token });

  /** A posting of `employer`, opened through the API (which triggers the recommendations). */
  async function openJob(overrides: Partial<JobInput>, open = true): Promise<string> {
    const created = await post<JobResponse>('/employer/jobs', employer.token, jobInput(overrides));
    expect(created.status).toBe(201);
    const id = created.body.job.id;
    if (open) expect((await post(`/employer/jobs/${id}/open`, employer.token)).status).toBe(200);
    return id;
  }
  const closeJob = async (id: string) =>
    expect((await post(`/employer/jobs/${id}/close`, employer.token)).status).toBe(200);

  const ceramicJob = (overrides: Partial<JobInput> = {}) =>
    openJob({
      title: '陶瓷彩绘工',
      brandCode: CERAMICS,
      occupationCode: CERAMIC_DECOR,
      regionCode: BEILIU,
      ...overrides,
    });

  /** A class in the occupation that ended `endedDaysAgo` days ago. */
  async function classOf(occupationCode: string, brandCode: string, endedDaysAgo: number) {
    const day = chinaDate(new Date(), -endedDaysAgo);
    return (
      await insertSession(t, [], {
        occupationCode,
        brandCode,
        regionCode: BEILIU,
        startDate: chinaDate(new Date(), -endedDaysAgo - 10),
        endDate: day,
      })
    ).id;
  }

  /** A worker of 北流 (unless told) who completed a class in the occupation. */
  async function trainee(
    occupationCode: string,
    brandCode: string,
    options: { realName?: string; household?: string; endedDaysAgo?: number } = {},
  ): Promise<Worker> {
    const w = await insertWorker(t, unique, {
      realName: options.realName ?? '陈美玲',
      householdRegionCode: options.household ?? BEILIU,
    });
    const sessionId = await classOf(occupationCode, brandCode, options.endedDaysAgo ?? 30);
    await insertEnrolment(t, sessionId, w.id, 'completed');
    return w;
  }

  async function certified(
    occupationCode: string,
    level: CertificateLevel,
    realName: string,
  ): Promise<Worker> {
    const w = await insertWorker(t, unique, { realName, householdRegionCode: BEILIU });
    await insertCertification(t, {
      workerId: w.id,
      enrolmentId: randomUUID(),
      sessionId: randomUUID(),
      status: 'passed',
      occupationCode,
      certificateType: '职业技能等级认定',
      level,
    });
    return w;
  }

  const rowsOf = (workerId: string) =>
    t.db.getRepository(RecommendationEntity).find({ where: { workerId } });
  const jobsOf = async (workerId: string) => (await rowsOf(workerId)).map((r) => r.jobId).sort();
  const pushesTo = (userId: string) =>
    t.db.getRepository(NotificationEntity).find({ where: { userId, kind: 'job.recommended' } });
  const countAll = async () => ({
    rows: await t.db.getRepository(RecommendationEntity).count(),
    pushes: await t.db.getRepository(NotificationEntity).countBy({ kind: 'job.recommended' }),
  });

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(RecommendationsService);
    employer = await insertEmployerStaff(t, unique, { name: '北流陶瓷有限公司' });
    otherEmployer = await insertEmployerStaff(t, unique, { name: '另一家单位' });
    barred = await insertEmployerStaff(t, unique, { blacklisted: true, name: '失信单位' });
  });
  afterAll(async () => {
    await t.close();
  });

  // ——— a job opens ———

  let completedA: Worker; // completed a 陶瓷装饰工 class
  let certifiedB: Worker; // holds 陶瓷装饰工 level 4
  let appliedC: Worker; // completed, but applied before the job opened
  let level5D: Worker; // holds level 5 only
  let plainJob: string; // no certificate asked
  let level4Job: string; // level 4 or better

  describe('a job opening', () => {
    beforeAll(async () => {
      completedA = await trainee(CERAMIC_DECOR, CERAMICS, { realName: '陈美玲' });
      certifiedB = await certified(CERAMIC_DECOR, 4, '李春燕');
      appliedC = await trainee(CERAMIC_DECOR, CERAMICS, { realName: '黄丽' });
      level5D = await certified(CERAMIC_DECOR, 5, '周小红');
      plainJob = await openJob(
        {
          title: '陶瓷彩绘工',
          brandCode: CERAMICS,
          occupationCode: CERAMIC_DECOR,
          regionCode: BEILIU,
        },
        false,
      );
      // an application already on record (written directly: a draft cannot be applied to)
      await t.db.getRepository(JobApplicationEntity).insert({
        id: randomUUID(),
        jobId: plainJob,
        workerId: appliedC.id,
        employerId: employer.employerId,
        status: 'rejected',
        interviewAt: null,
        interviewPlace: null,
        note: null,
      });
      expect((await post(`/employer/jobs/${plainJob}/open`, employer.token)).status).toBe(200);
      level4Job = await ceramicJob({
        title: '陶瓷装饰技师',
        requiredCertificate: { type: '职业技能等级认定', minLevel: 4 },
      });
    });

    it('recommends it to trained and certified workers, with reasons and one notification each', async () => {
      const [a] = await rowsOf(completedA.id);
      expect(a.jobId).toBe(plainJob);
      expect(a.pushedAt).not.toBeNull();
      expect(a.reasons[0]).toBe('你已完成 陶瓷装饰工 培训');
      expect(a.reasons).toContain('岗位在北流市，离你近');
      const b = (await rowsOf(certifiedB.id)).find((r) => r.jobId === plainJob);
      expect(b?.reasons[0]).toBe('你已取得 陶瓷装饰工 四级/中级工证书');
      expect(b?.score).toBeGreaterThan(a.score);
      const pushes = await pushesTo(completedA.id);
      expect(pushes).toHaveLength(1);
      expect(pushes[0].title).toContain('陶瓷彩绘工');
      expect(pushes[0].link).toContain(plainJob);
    });

    it('does not recommend it to a worker who already applied', async () => {
      expect(await rowsOf(appliedC.id)).toEqual([]);
      expect(await pushesTo(appliedC.id)).toEqual([]);
    });

    it('recommends a job asking level 4 to the level-4 holder only, not to level 5 or a trainee', async () => {
      expect(await jobsOf(certifiedB.id)).toEqual([plainJob, level4Job].sort());
      const level4 = (await rowsOf(certifiedB.id)).find((r) => r.jobId === level4Job);
      expect(level4?.reasons).toContain('符合岗位 四级/中级工及以上证书要求');
      expect(await jobsOf(level5D.id)).toEqual([plainJob]);
      expect(await jobsOf(completedA.id)).toEqual([plainJob]);
    });

    it("never recommends a blacklisted employer's job", async () => {
      const id = randomUUID();
      const input = jobInput({ brandCode: CERAMICS, occupationCode: CERAMIC_DECOR });
      await t.db.getRepository(JobPostingEntity).insert({
        id,
        employerId: barred.employerId,
        title: input.title,
        brandCode: input.brandCode,
        occupationCode: input.occupationCode,
        regionCode: BEILIU,
        address: input.address,
        salaryMin: input.salaryMin,
        salaryMax: input.salaryMax,
        headcount: 5,
        hires: 0,
        requiredCertificateType: null,
        requiredCertificateLevel: null,
        acceptsTrainees: false,
        accommodation: false,
        meals: false,
        workingHours: input.workingHours,
        description: '',
        status: 'open',
        closesOn: input.closesOn,
        openedAt: new Date(),
        closedAt: null,
        isDemo: false,
        createdBy: barred.id,
      });
      expect(await service.recommendForJob(id)).toBe(0);
      expect(await t.db.getRepository(RecommendationEntity).countBy({ jobId: id })).toBe(0);
    });

    it('running it again writes nothing new', async () => {
      const before = await countAll();
      expect(await service.recommendForJob(plainJob)).toBe(0);
      expect(await countAll()).toEqual(before);
    });
  });

  // ——— what the worker, the employer and the admin see ———

  describe('the feed and the candidates', () => {
    it("shows the worker's open recommended jobs, best first, with reasons", async () => {
      const feed = await get<RecommendationListResponse>('/recommendations/mine', certifiedB.token);
      expect(feed.status).toBe(200);
      expect(feed.body.items.map((i) => i.job.id)).toEqual([level4Job, plainJob]);
      const scores = feed.body.items.map((i) => i.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      expect(feed.body.items[0].reasons[0]).toBe('你已取得 陶瓷装饰工 四级/中级工证书');
      expect(feed.body.items[0].job.occupationName).toBe('陶瓷装饰工');
      expect(feed.body.items[0].appliedAt).toBeNull();
    });

    it('marks a recommendation seen once, only for its own worker', async () => {
      const [row] = (await rowsOf(completedA.id)).filter((r) => r.jobId === plainJob);
      const other = await post(`/recommendations/${row.id}/seen`, certifiedB.token);
      expect(other.status).toBe(404);
      expectError(other.body, 'NOT_FOUND');
      expect((await post(`/recommendations/${row.id}/seen`, completedA.token)).status).toBe(204);
      const first = (await t.db.getRepository(RecommendationEntity).findOneByOrFail({ id: row.id }))
        .seenAt;
      expect(first).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await post(`/recommendations/${row.id}/seen`, completedA.token)).status).toBe(204);
      const again = await t.db.getRepository(RecommendationEntity).findOneByOrFail({ id: row.id });
      expect(again.seenAt?.getTime()).toBe(first?.getTime());
      const feed = await get<RecommendationListResponse>('/recommendations/mine', completedA.token);
      expect(feed.body.items[0].seenAt).not.toBeNull();
    });

    it('shows when the worker applied, and the employer then sees their name and phone', async () => {
      expect((await post(`/jobs/${plainJob}/applications`, completedA.token)).status).toBe(201);
      const feed = await get<RecommendationListResponse>('/recommendations/mine', completedA.token);
      expect(feed.body.items[0].appliedAt).not.toBeNull();

      const list = await get<CandidateRecommendationListResponse>(
        `/employer/jobs/${plainJob}/candidates`,
        employer.token,
      );
      expect(list.status).toBe(200);
      const byId = new Map(list.body.items.map((i) => [i.candidate.workerId, i]));
      const a = byId.get(completedA.id);
      expect(a?.applied).toBe(true);
      expect(a?.candidate.name).toBe('陈美玲');
      expect(a?.candidate.phone).toBe(completedA.phone);
      const b = byId.get(certifiedB.id);
      expect(b?.applied).toBe(false);
      expect(b?.candidate.name).toBe('李**');
      expect(b?.candidate.phone).toBeNull();
      expect(b?.candidate.certificates).toEqual([
        { occupationName: '陶瓷装饰工', type: '职业技能等级认定', level: 4 },
      ]);
      // the same reasons, in the third person
      expect(b?.reasons[0]).toBe('已取得 陶瓷装饰工 四级/中级工证书');
      expect(b?.reasons).toContain('住在北流市，离岗位近');
      expect(list.body.items.flatMap((i) => i.reasons).some((r) => r.includes('你'))).toBe(false);
      const scores = list.body.items.map((i) => i.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      expect(byId.has(appliedC.id)).toBe(false);
    });

    it('answers 404 to another employer and 403 to a worker', async () => {
      const other = await get(`/employer/jobs/${plainJob}/candidates`, otherEmployer.token);
      expect(other.status).toBe(404);
      expectError(other.body, 'NOT_FOUND');
      const worker = await get(`/employer/jobs/${plainJob}/candidates`, certifiedB.token);
      expect(worker.status).toBe(403);
      expectError(worker.body, 'FORBIDDEN');
      const employerFeed = await get('/recommendations/mine', employer.token);
      expect(employerFeed.status).toBe(403);
    });

    it('drops a job from the feed once it closes', async () => {
      await closeJob(level4Job);
      const feed = await get<RecommendationListResponse>('/recommendations/mine', certifiedB.token);
      expect(feed.body.items.map((i) => i.job.id)).toEqual([plainJob]);
    });
  });

  // ——— a worker completes a class ———

  describe('a completed class', () => {
    it('scores the open jobs for the worker once completion is made final, and pushes the best', async () => {
      const worker = await insertWorker(t, unique, {
        realName: '吴小凤',
        householdRegionCode: BEILIU,
      });
      const session = await insertSession(t, [lessonFromNow(-24 * 6, '陶瓷彩绘基础')], {
        occupationCode: CERAMIC_DECOR,
        brandCode: CERAMICS,
        regionCode: BEILIU,
        // no attendance asked: everyone on the roll completes
        minAttendanceRate: 0,
      });
      await insertEnrolment(t, session.id, worker.id, 'enrolled');
      expect(await rowsOf(worker.id)).toEqual([]);
      await t.app.get(AttendanceService).finaliseEnded();
      // the level-4 job is closed; the plain one is open and asks for no certificate
      const rows = await rowsOf(worker.id);
      expect(rows.map((r) => r.jobId)).toEqual([plainJob]);
      expect(rows[0].reasons[0]).toBe('你已完成 陶瓷装饰工 培训');
      expect(await pushesTo(worker.id)).toHaveLength(1);
      // again: nothing new
      expect(await service.recommendForWorker(worker.id)).toBe(0);
      expect(await pushesTo(worker.id)).toHaveLength(1);
    });
  });

  // ——— the daily pass ———

  describe('the daily pass', () => {
    let full1: Worker;
    let full2: Worker;
    let old: Worker;
    let oneJob: Worker;
    let appliedOne: Worker;
    let formJobs: string[];

    beforeAll(async () => {
      await closeJob(plainJob);
      // the jobs open before anyone trained in their trades: the opening pushes them to nobody
      formJobs = [
        await openJob({
          title: '钢筋工一',
          brandCode: BUILDING,
          occupationCode: REBAR,
          regionCode: BEILIU,
        }),
        await openJob({
          title: '钢筋工二',
          brandCode: BUILDING,
          occupationCode: REBAR,
          regionCode: '450902',
        }),
        await openJob({
          title: '钢筋工三',
          brandCode: BUILDING,
          occupationCode: REBAR,
          regionCode: '440106',
        }),
        await openJob({
          title: '钢筋工四',
          brandCode: BUILDING,
          occupationCode: REBAR,
          regionCode: '440106',
          salaryMax: 4000,
        }),
      ];
      await openJob({
        title: '香料加工工',
        brandCode: SPICE_BRAND,
        occupationCode: SPICES,
        regionCode: BEILIU,
      });
      full1 = await trainee(REBAR, BUILDING, { realName: '梁秀英' });
      full2 = await trainee(REBAR, BUILDING, { realName: '苏敏', household: '440106' });
      old = await trainee(REBAR, BUILDING, { realName: '何芳', endedDaysAgo: 400 });
      oneJob = await trainee(SPICES, SPICE_BRAND, { realName: '罗小燕' });
      appliedOne = await trainee(REBAR, BUILDING, { realName: '邓桂兰' });
      await t.db
        .getRepository(WorkerProfileEntity)
        .update({ userId: full1.id }, { minMonthlySalary: 5000 });
      for (const jobId of formJobs.slice(0, 2)) {
        expect((await post(`/jobs/${jobId}/applications`, appliedOne.token)).status).toBe(201);
      }
    });

    it('gives every trainee at least 3 distinct pushed jobs where 3 match, and lists exactly those with fewer', async () => {
      const result = await service.dailyPass();
      for (const w of [full1, full2]) {
        const rows = await rowsOf(w.id);
        expect(rows).toHaveLength(3);
        expect(rows.every((r) => r.pushedAt !== null)).toBe(true);
        expect(await pushesTo(w.id)).toHaveLength(3);
      }
      // the 3 best of 4: the low-paid one far away is left out for the worker of 北流
      expect(await jobsOf(full1.id)).toEqual(formJobs.slice(0, 3).sort());
      expect(await jobsOf(oneJob.id)).toHaveLength(1);
      // applied to two of the four: only two are left for them
      expect(await jobsOf(appliedOne.id)).toEqual(formJobs.slice(2).sort());
      // a class that ended more than 12 months ago does not make a trainee
      expect(await rowsOf(old.id)).toEqual([]);
      const mine = new Set([full1, full2, old, oneJob, appliedOne].map((w) => w.id));
      const short = result.shortfall.filter((s) => mine.has(s.workerId));
      expect(short.sort((a, b) => a.pushed - b.pushed)).toEqual([
        { workerId: oneJob.id, pushed: 1 },
        { workerId: appliedOne.id, pushed: 2 },
      ]);
    });

    it('adds nothing when run again', async () => {
      // (other test files' trainees share the database, so this counts this file's workers only)
      const mine = [full1, full2, old, oneJob, appliedOne].map((w) => w.id);
      const ownCounts = async () => ({
        rows: await t.db.getRepository(RecommendationEntity).countBy({ workerId: In(mine) }),
        pushes: await t.db
          .getRepository(NotificationEntity)
          .countBy({ kind: 'job.recommended', userId: In(mine) }),
      });
      const before = await ownCounts();
      await service.dailyPass();
      expect(await ownCounts()).toEqual(before);
    });

    it('records on the recommendation when the worker applied', async () => {
      const [row] = await rowsOf(appliedOne.id);
      await t.db.getRepository(JobApplicationEntity).insert({
        id: randomUUID(),
        jobId: row.jobId,
        workerId: appliedOne.id,
        employerId: employer.employerId,
        status: 'applied',
        interviewAt: null,
        interviewPlace: null,
        note: null,
      });
      await service.dailyPass();
      const after = await t.db.getRepository(RecommendationEntity).findOneByOrFail({ id: row.id });
      expect(after.appliedAt).not.toBeNull();
    });

    it('serves priority-group workers first when a job has fewer places than workers', async () => {
      // one place: pushed to at most PUSHES_PER_PLACE workers in a pass; the ordinary workers live
      // in the job's county and would score higher than the priority-group worker from Guangzhou
      expect(PUSHES_PER_PLACE).toBe(3);
      const scarce = await openJob({
        title: '中药材切片工',
        brandCode: SPICE_BRAND,
        occupationCode: HERBS,
        regionCode: '450902',
        headcount: 1,
      });
      const near = [
        await trainee(HERBS, SPICE_BRAND, { realName: '廖淑珍', household: '450902' }),
        await trainee(HERBS, SPICE_BRAND, { realName: '廖淑琴', household: '450902' }),
        await trainee(HERBS, SPICE_BRAND, { realName: '廖淑英', household: '450902' }),
      ];
      const priority = await trainee(HERBS, SPICE_BRAND, {
        realName: '韦翠花',
        household: '440106',
      });
      await t.db
        .getRepository(WorkerProfileEntity)
        .update(
          { userId: priority.id },
          { priorityGroup: '脱贫人口', priorityConsentAt: new Date() },
        );
      const result = await service.dailyPass();
      expect(await jobsOf(priority.id)).toEqual([scarce]);
      const reached: number[] = [];
      for (const w of near) reached.push((await rowsOf(w.id)).length);
      expect(reached.sort()).toEqual([0, 1, 1]);
      const short = new Map(result.shortfall.map((s) => [s.workerId, s.pushed]));
      expect(short.get(priority.id)).toBe(1);
      expect(near.map((w) => short.get(w.id)).sort()).toEqual([0, 1, 1]);
    });

    it("reports coverage for the admin's region only, names masked", async () => {
      const beiliu = await insertUser(t, ['admin'], { regionCode: BEILIU });
      const guangzhou = await insertUser(t, ['admin'], { regionCode: '440100' });
      const report = await get<RecommendationCoverageResponse>(
        '/admin/recommendations/coverage',
        beiliu.token,
      );
      expect(report.status).toBe(200);
      const short = new Map(report.body.shortfall.map((s) => [s.workerId, s]));
      expect(short.get(oneJob.id)).toEqual({
        workerId: oneJob.id,
        name: '罗**',
        countyName: '北流市',
        occupationNames: ['香料加工'],
        pushed: 1,
      });
      expect(short.has(appliedOne.id)).toBe(true);
      expect(short.has(full1.id)).toBe(false); // covered
      expect(short.has(old.id)).toBe(false); // not a trainee
      expect(report.body.covered).toBeGreaterThanOrEqual(1);
      expect(report.body.trainees).toBeGreaterThanOrEqual(report.body.covered + 2);

      const gz = await get<RecommendationCoverageResponse>(
        '/admin/recommendations/coverage',
        guangzhou.token,
      );
      expect(gz.status).toBe(200);
      const gzIds = new Set(gz.body.shortfall.map((s) => s.workerId));
      // 苏敏 (household 天河) is covered there; none of the 北流 workers is counted
      expect(gzIds.has(oneJob.id)).toBe(false);
      expect(gzIds.has(appliedOne.id)).toBe(false);
      expect(gz.body.covered).toBeGreaterThanOrEqual(1);

      const denied = await get('/admin/recommendations/coverage', full1.token);
      expect(denied.status).toBe(403);
      expectError(denied.body, 'FORBIDDEN');
    });
  });
});
