import { randomUUID } from 'node:crypto';
import { Like } from 'typeorm';
import type {
  JobFairInput,
  JobFairListResponse,
  JobFairResponse,
  JobResponse,
} from '@app/shared/api';
import type { FieldError } from '@app/shared/errors';
import { chinaDate } from '../src/common/china-time';
import { DEMO_ACCOUNTS } from '../src/modules/auth/demo-accounts';
import { FairJobEntity, JobFairEntity } from '../src/modules/jobs/job.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { EmployerEntity } from '../src/modules/organisations/employer.entity';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import { demoLogin, expectError, uniqueValues } from './helpers/accounts';
import { insertEmployerStaff, insertJob, jobInput } from './helpers/job-fixtures';
import { insertEnrolment, insertSession, insertUser } from './helpers/session-fixtures';
import { call, startTestApp, type TestApp } from './helpers/test-app';

/** Open postings of the demo employer, from demo-jobs.seed.ts. */
const DEMO_JOB = '00000000-0000-4000-9b00-000000000002';
const DEMO_JOB_2 = '00000000-0000-4000-9b00-000000000001';
/** A posting of another demo employer (玉林八桂家政). */
const OTHER_EMPLOYERS_JOB = '00000000-0000-4000-9b00-000000000003';

const fairInput = (overrides: Partial<JobFairInput> = {}): JobFairInput => ({
  title: '北流陶瓷工匠专场招聘会',
  regionCode: '450900',
  date: chinaDate(new Date(), 10),
  place: '北流市人力资源市场',
  brandCodes: ['beiliu-taoci-gongjiang'],
  ...overrides,
});

describe('job fairs (专场招聘): announce, tell the right workers, attach jobs, public list', () => {
  let t: TestApp;
  const unique = uniqueValues();
  let admin: string;
  let employer: string;
  let worker: string;

  const post = <T>(path: string, token: string | undefined, body: unknown = {}) =>
    call<T>(t.baseUrl, 'POST', `/api/v1${path}`, { token, body });
  const get = <T>(path: string, token?: string) =>
    call<T>(t.baseUrl, 'GET', `/api/v1${path}`, { token });
  const countFairs = () => t.db.getRepository(JobFairEntity).count();
  const create = (body: unknown, token = admin) =>
    post<JobFairResponse>('/admin/fairs', token, body);
  const told = async (fairId: string) =>
    (
      await t.db
        .getRepository(NotificationEntity)
        .findBy({ kind: 'fair.announced', dedupeKey: Like(`fair.announced:${fairId}:%`) })
    ).map((n) => n.userId);

  /** A worker living in `currentRegionCode`, wanting the brands named. */
  async function workerIn(currentRegionCode: string, wantedBrands: string[] = []) {
    const w = await insertUser(t, ['worker'], { realName: '韦秀英', phone: unique.phone() });
    await t.db
      .getRepository(WorkerProfileEntity)
      .update({ userId: w.id }, { currentRegionCode, wantedBrands });
    return w.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await demoLogin(t, 'admin')).accessToken;
    employer = (await demoLogin(t, 'employer')).accessToken;
    worker = (await demoLogin(t, 'worker')).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /admin/fairs', () => {
    it('creates a fair in the admin’s region (201), online ones too', async () => {
      const res = await create(fairInput());
      expect(res.status).toBe(201);
      expect(res.body.fair).toMatchObject({
        title: '北流陶瓷工匠专场招聘会',
        regionCode: '450900',
        regionName: '玉林市',
        place: '北流市人力资源市场',
        brandCodes: ['beiliu-taoci-gongjiang'],
        brandNames: ['北流陶瓷工匠'],
        jobs: [],
      });
      const stored = await t.db
        .getRepository(JobFairEntity)
        .findOneByOrFail({ id: res.body.fair.id });
      expect(stored.createdBy).toBe(DEMO_ACCOUNTS.admin.id);

      const online = await create(
        fairInput({
          title: '  线上直播招聘  ',
          place: null,
          regionCode: '450903',
          date: chinaDate(new Date()),
        }),
      );
      expect(online.status).toBe(201);
      expect(online.body.fair).toMatchObject({ title: '线上直播招聘', place: null });
    });

    const bad: [string, Record<string, unknown>, string][] = [
      ['a one-character title', { title: '招' }, 'title'],
      ['a 65-character title', { title: '招'.repeat(65) }, 'title'],
      ['no title', { title: undefined }, 'title'],
      ['an unknown region', { regionCode: '459999' }, 'regionCode'],
      ['an impossible date', { date: '2031-02-30' }, 'date'],
      ['a date in the past', { date: chinaDate(new Date(), -1) }, 'date'],
      ['a date over a year ahead', { date: chinaDate(new Date(), 400) }, 'date'],
      ['a one-character place', { place: '厅' }, 'place'],
      ['a missing place', { place: undefined }, 'place'],
      ['no brands', { brandCodes: [] }, 'brandCodes'],
      [
        'eleven brands',
        { brandCodes: Array.from({ length: 11 }, (_, i) => `brand-${i}`) },
        'brandCodes',
      ],
      ['a brand twice', { brandCodes: ['fumian-caifeng', 'fumian-caifeng'] }, 'brandCodes'],
      [
        'a brand that does not exist',
        { brandCodes: ['fumian-caifeng', 'no-such-brand'] },
        'brandCodes',
      ],
    ];
    it.each(bad)(
      'refuses %s with 400, a Chinese message and nothing written',
      async (_n, o, field) => {
        const before = await countFairs();
        const res = await create({ ...fairInput(), ...o });
        expect(res.status).toBe(400);
        const error = expectError(res.body, 'VALIDATION_FAILED');
        const details = error.details as FieldError[];
        expect(details.map((d) => d.field)).toContain(field);
        expect(details.find((d) => d.field === field)?.messages[0]).toMatch(/[\u4e00-\u9fa5]/);
        expect(await countFairs()).toBe(before);
      },
    );

    it('refuses fields that are not part of the form', async () => {
      const before = await countFairs();
      const res = await create({ ...fairInput(), createdBy: randomUUID() });
      expect(res.status).toBe(400);
      expectError(res.body, 'VALIDATION_FAILED');
      expect(await countFairs()).toBe(before);
    });

    it('refuses a region outside the admin’s scope with 403 (a county admin cannot run a city fair)', async () => {
      const county = await insertUser(t, ['admin'], { regionCode: '450903' });
      const before = await countFairs();
      for (const [token, regionCode] of [
        [admin, '440106'],
        [admin, '440100'],
        [county.token, '450900'],
        [county.token, '450902'],
      ]) {
        const res = await create(fairInput({ regionCode }), token);
        expect(res.status).toBe(403);
        expectError(res.body, 'FORBIDDEN');
      }
      expect(await countFairs()).toBe(before);
      expect((await create(fairInput({ regionCode: '450903' }), county.token)).status).toBe(201);
    });

    it('is for admins only: workers and employers 403, anonymous 401', async () => {
      const before = await countFairs();
      for (const token of [worker, employer]) {
        const res = await create(fairInput(), token);
        expect(res.status).toBe(403);
        expectError(res.body, 'FORBIDDEN');
      }
      expect((await post('/admin/fairs', undefined, fairInput())).status).toBe(401);
      expect(await countFairs()).toBe(before);
    });

    it('tells, once each, the workers in the region who want its brand or trained in its occupations', async () => {
      const session = await insertSession(t, [], {
        brandCode: 'beiliu-taoci-gongjiang',
        occupationCode: 'taoci-zhuangshigong',
      });
      const wantsIt = await workerIn('450921', ['八桂建工', '北流陶瓷工匠']);
      const wantsOther = await workerIn('450921', ['八桂建工']);
      const wantsSimilarName = await workerIn('450981', ['北流陶瓷工匠学徒']);
      const livesElsewhere = await workerIn('440106', ['北流陶瓷工匠']);
      const trained = await workerIn('450902');
      await insertEnrolment(t, session.id, trained, 'completed');
      const inTraining = await workerIn('450981');
      await insertEnrolment(t, session.id, inTraining, 'enrolled');
      const cancelled = await workerIn('450902');
      await insertEnrolment(t, session.id, cancelled, 'cancelled');
      const trainedElsewhere = await workerIn('440106');
      await insertEnrolment(t, session.id, trainedElsewhere, 'completed');
      const both = await workerIn('450981', ['北流陶瓷工匠']);
      await insertEnrolment(t, session.id, both, 'completed');
      const erased = await workerIn('450981', ['北流陶瓷工匠']);
      await t.db
        .getRepository(WorkerProfileEntity)
        .update({ userId: erased }, { erasedAt: new Date() });

      const res = await create(fairInput());
      expect(res.status).toBe(201);
      const fairId = res.body.fair.id;
      const recipients = await told(fairId);
      const mine = [
        wantsIt,
        wantsOther,
        wantsSimilarName,
        livesElsewhere,
        trained,
        inTraining,
        cancelled,
        trainedElsewhere,
        both,
        erased,
        DEMO_ACCOUNTS.worker.id,
      ];
      expect(recipients.filter((id) => mine.includes(id)).sort()).toEqual(
        [wantsIt, trained, inTraining, both].sort(),
      );
      expect(new Set(recipients).size).toBe(recipients.length);
      const row = await t.db.getRepository(NotificationEntity).findOneByOrFail({
        userId: wantsIt,
        kind: 'fair.announced',
        dedupeKey: Like(`%${fairId}%`),
      });
      expect(row.body).toContain('北流陶瓷工匠专场招聘会');
      expect(row.link).toContain(fairId);

      // the demo worker (福绵区, wants 福绵裁缝, trained in 缝纫工) hears of a 福绵裁缝 fair in 玉林
      const fumian = await create(
        fairInput({ brandCodes: ['fumian-caifeng'], title: '福绵裁缝招聘日' }),
      );
      expect(await told(fumian.body.fair.id)).toContain(DEMO_ACCOUNTS.worker.id);
      expect(await told(fumian.body.fair.id)).not.toContain(livesElsewhere);
    });
  });

  describe('POST /employer/fairs/:id/jobs/:jobId', () => {
    let fairId: string;
    const attach = (jobId: string, token = employer, fair = fairId) =>
      post<JobFairResponse>(`/employer/fairs/${fair}/jobs/${jobId}`, token);
    const links = () => t.db.getRepository(FairJobEntity).findBy({ fairId });

    beforeAll(async () => {
      const res = await create(
        fairInput({ title: '福绵裁缝专场', brandCodes: ['fumian-caifeng'] }),
      );
      fairId = res.body.fair.id;
    });

    it('attaches the employer’s open job; attaching it again changes nothing', async () => {
      const first = await attach(DEMO_JOB);
      expect(first.status).toBe(200);
      expect(first.body.fair.jobs.map((j) => j.id)).toEqual([DEMO_JOB]);
      const again = await attach(DEMO_JOB);
      expect(again.status).toBe(200);
      expect(again.body.fair).toEqual(first.body.fair);
      expect(await links()).toHaveLength(1);
      const both = await attach(DEMO_JOB_2);
      expect(both.body.fair.jobs.map((j) => j.id).sort()).toEqual([DEMO_JOB, DEMO_JOB_2].sort());
    });

    it('another employer’s job is 404, and nothing is attached', async () => {
      const other = await insertEmployerStaff(t, unique, { name: '另一家制衣厂' });
      const before = await links();
      const res = await attach(DEMO_JOB, other.token);
      expect(res.status).toBe(404);
      expectError(res.body, 'NOT_FOUND');
      const theirs = await attach(OTHER_EMPLOYERS_JOB);
      expect(theirs.status).toBe(404);
      expect(await links()).toEqual(before);
    });

    it('a draft or closed job is refused with 409', async () => {
      const draft = await post<JobResponse>(
        '/employer/jobs',
        employer,
        jobInput({ title: '参会草稿' }),
      );
      expect(draft.status).toBe(201);
      const res = await attach(draft.body.job.id);
      expect(res.status).toBe(409);
      expectError(res.body, 'JOB_NOT_OPEN');
      await post(`/employer/jobs/${draft.body.job.id}/open`, employer);
      expect((await attach(draft.body.job.id)).status).toBe(200);
      await post(`/employer/jobs/${draft.body.job.id}/close`, employer);
      const closed = await attach(draft.body.job.id);
      expect(closed.status).toBe(409);
      // and the fair shows open jobs only, so the closed one drops out of it
      const fair = await get<JobFairResponse>(`/fairs/${fairId}`);
      expect(fair.body.fair.jobs.map((j) => j.id)).not.toContain(draft.body.job.id);
    });

    it('drops a blacklisted employer’s job from the fair, as from the public job list', async () => {
      const other = await insertEmployerStaff(t, unique, { name: '后来失信的制衣厂' });
      const jobId = await insertJob(t, other, { title: '参会后失信的岗位' });
      expect((await attach(jobId, other.token)).status).toBe(200);
      const before = await get<JobFairResponse>(`/fairs/${fairId}`);
      expect(before.body.fair.jobs.map((j) => j.id)).toContain(jobId);

      await t.db
        .getRepository(EmployerEntity)
        .update(
          { id: other.employerId },
          { blacklistedAt: new Date(), blacklistReason: '拖欠工资' },
        );
      const after = await get<JobFairResponse>(`/fairs/${fairId}`);
      expect(after.body.fair.jobs.map((j) => j.id)).not.toContain(jobId);
      expect(after.body.fair.jobs.map((j) => j.id)).toContain(DEMO_JOB);
      const listed = await get<JobFairListResponse>('/fairs');
      const here = listed.body.items.find((f) => f.id === fairId);
      expect(here?.jobs.map((j) => j.id)).not.toContain(jobId);
    });

    it('an unknown or past fair is refused; other roles get 403, anonymous 401', async () => {
      expect((await attach(DEMO_JOB, employer, randomUUID())).status).toBe(404);
      expect((await attach(DEMO_JOB, employer, 'not-a-uuid')).status).toBe(404);
      const past = randomUUID();
      await t.db.getRepository(JobFairEntity).insert({
        id: past,
        title: '上个月的招聘会',
        regionCode: '450903',
        date: chinaDate(new Date(), -30),
        place: null,
        brandCodes: ['fumian-caifeng'],
        createdBy: DEMO_ACCOUNTS.admin.id,
      });
      const late = await attach(DEMO_JOB, employer, past);
      expect(late.status).toBe(409);
      expectError(late.body, 'CONFLICT');
      for (const token of [worker, admin]) {
        const res = await attach(DEMO_JOB, token);
        expect(res.status).toBe(403);
        expectError(res.body, 'FORBIDDEN');
      }
      expect((await post(`/employer/fairs/${fairId}/jobs/${DEMO_JOB}`, undefined)).status).toBe(
        401,
      );
    });
  });

  describe('GET /fairs and /fairs/:id', () => {
    it('lists upcoming fairs to anyone, soonest first, with their open jobs; past ones are left out', async () => {
      const later = await create(
        fairInput({ title: '下月招聘会', date: chinaDate(new Date(), 40) }),
      );
      const sooner = await create(
        fairInput({ title: '明天招聘会', date: chinaDate(new Date(), 1) }),
      );
      const res = await get<JobFairListResponse>('/fairs');
      expect(res.status).toBe(200);
      const ids = res.body.items.map((f) => f.id);
      expect(ids.indexOf(sooner.body.fair.id)).toBeLessThan(ids.indexOf(later.body.fair.id));
      expect(ids.indexOf(sooner.body.fair.id)).toBeGreaterThanOrEqual(0);
      const dates = res.body.items.map((f) => f.date);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d >= chinaDate(new Date()))).toBe(true);
      expect(res.body.items.find((f) => f.title === '福绵裁缝专场')?.jobs.length).toBeGreaterThan(
        0,
      );
      expect(res.body.items.flatMap((f) => f.jobs).every((j) => j.status === 'open')).toBe(true);
    });

    it('shows one fair to anyone; an unknown id is 404', async () => {
      const created = await create(fairInput({ title: '详情测试' }));
      const res = await get<JobFairResponse>(`/fairs/${created.body.fair.id}`);
      expect(res.status).toBe(200);
      expect(res.body.fair).toEqual(created.body.fair);
      const missing = await get(`/fairs/${randomUUID()}`);
      expect(missing.status).toBe(404);
      expectError(missing.body, 'NOT_FOUND');
    });
  });
});
