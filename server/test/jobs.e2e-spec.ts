import { randomUUID } from 'node:crypto';
import type {
  ApplicationListResponse,
  ApplicationResponse,
  HireResponse,
  JobInput,
  JobPage,
  JobResponse,
  NotificationListResponse,
} from '@app/shared/api';
import type { Role, UserStatus } from '@app/shared/enums';
import type { FieldError } from '@app/shared/errors';
import { chinaDate } from '../src/common/china-time';
import {
  ApplicationEventEntity,
  EmploymentRecordEntity,
  JobApplicationEntity,
  JobPostingEntity,
} from '../src/modules/jobs/job.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { EmployerEntity } from '../src/modules/organisations/employer.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { DEMO_EMPLOYER_ID } from '../src/modules/auth/demo-accounts';
import { demoLogin, expectError, uniqueValues } from './helpers/accounts';
import { insertEmployerStaff, insertWorker, jobInput } from './helpers/job-fixtures';
import {
  insertEnrolment,
  insertSession,
  insertUser,
  type UserFixture,
} from './helpers/session-fixtures';
import { call, startTestApp, type TestApp } from './helpers/test-app';
import { insertCertification } from './helpers/training-fixtures';

const HAS_CHINESE = /[\u4e00-\u9fff]/;
/** Titles of this run carry a tag, so list filters see only this file's postings. */
const TAG = `T${Math.random().toString(36).slice(2, 7)}`;

describe('jobs: postings, the public list, applications and hires', () => {
  let t: TestApp;
  const unique = uniqueValues();
  let employer: string;
  let other: UserFixture & { employerId: string };
  let unverified: UserFixture & { employerId: string };
  let blacklisted: UserFixture & { employerId: string };
  let workerNoProfile: UserFixture;

  const post = <T>(path: string, token: string | undefined, body: unknown = {}) =>
    call<T>(t.baseUrl, 'POST', `/api/v1${path}`, { token, body });
  const put = <T>(path: string, token: string | undefined, body: unknown) =>
    call<T>(t.baseUrl, 'PUT', `/api/v1${path}`, { token, body });
  const get = <T>(path: string, token?: string) =>
    call<T>(t.baseUrl, 'GET', `/api/v1${path}`, { token });

  /** A posting of the demo employer, opened unless told otherwise. */
  async function posting(overrides: Partial<JobInput> = {}, open = true): Promise<string> {
    const created = await post<JobResponse>('/employer/jobs', employer, jobInput(overrides));
    expect(created.status).toBe(201);
    const id = created.body.job.id;
    if (open) expect((await post(`/employer/jobs/${id}/open`, employer)).status).toBe(200);
    return id;
  }

  const apply = (jobId: string, token: string) =>
    post<ApplicationResponse>(`/jobs/${jobId}/applications`, token);
  const step = (id: string, body: Record<string, unknown>, token = employer) =>
    post<ApplicationResponse>(`/applications/${id}/step`, token, body);
  const hire = (id: string, token = employer, body: Record<string, unknown> = {}) =>
    post<HireResponse>(`/applications/${id}/hire`, token, {
      startDate: chinaDate(new Date(), 7),
      contract: 'electronic',
      socialInsurance: true,
      ...body,
    });
  const jobRow = (id: string) => t.db.getRepository(JobPostingEntity).findOneByOrFail({ id });
  const countJobs = () => t.db.getRepository(JobPostingEntity).count();

  beforeAll(async () => {
    t = await startTestApp();
    employer = (await demoLogin(t, 'employer')).accessToken;
    other = await insertEmployerStaff(t, unique, { name: '另一家单位' });
    unverified = await insertEmployerStaff(t, unique, { status: 'pending' });
    blacklisted = await insertEmployerStaff(t, unique, { blacklisted: true });
    workerNoProfile = await insertUser(t, ['worker']);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('postings', () => {
    it('an unverified or blacklisted employer may not post, and nothing is written', async () => {
      const before = await countJobs();
      const pending = await post('/employer/jobs', unverified.token, jobInput());
      expect(pending.status).toBe(403);
      expectError(pending.body, 'EMPLOYER_NOT_VERIFIED');
      const barred = await post('/employer/jobs', blacklisted.token, jobInput());
      expect(barred.status).toBe(403);
      expectError(barred.body, 'EMPLOYER_BLACKLISTED');
      expect(await countJobs()).toBe(before);
    });

    const yesterday = chinaDate(new Date(), -1);
    const bad: [string, Partial<JobInput> | Record<string, unknown>, string][] = [
      ['a one-character title', { title: '工' }, 'title'],
      ['a title of 65 characters', { title: '工'.repeat(65) }, 'title'],
      [
        'an occupation not on the training list',
        { occupationCode: 'no-such-trade' },
        'occupationCode',
      ],
      ['a brand that does not exist', { brandCode: 'no-such-brand' }, 'brandCode'],
      ['an occupation outside the brand', { occupationCode: 'muying-huliyuan' }, 'occupationCode'],
      ['a city instead of a county', { regionCode: '450900' }, 'regionCode'],
      ['a region code that does not exist', { regionCode: '999999' }, 'regionCode'],
      ['a salary below 500', { salaryMin: 100 }, 'salaryMin'],
      ['a salary above 100000', { salaryMax: 200000 }, 'salaryMax'],
      ['a salary that is not a whole number', { salaryMin: 4000.5 }, 'salaryMin'],
      ['the lowest salary above the highest', { salaryMin: 7000, salaryMax: 6000 }, 'salaryMax'],
      ['no headcount', { headcount: 0 }, 'headcount'],
      ['a headcount of 1001', { headcount: 1001 }, 'headcount'],
      [
        'a level on a 专项 certificate',
        { requiredCertificate: { type: '专项职业能力考核', minLevel: 5 } },
        'requiredCertificate.minLevel',
      ],
      [
        'a certificate type that does not exist',
        { requiredCertificate: { type: '驾驶证', minLevel: null } },
        'requiredCertificate.type',
      ],
      [
        'a level 6',
        { requiredCertificate: { type: '职业技能等级认定', minLevel: 6 } },
        'requiredCertificate.minLevel',
      ],
      ['empty working hours', { workingHours: ' ' }, 'workingHours'],
      ['a description of 2001 characters', { description: '好'.repeat(2001) }, 'description'],
      ['a last day in the past', { closesOn: yesterday }, 'closesOn'],
      ['a day that does not exist', { closesOn: '2027-02-30' }, 'closesOn'],
      ['a last day more than a year ahead', { closesOn: chinaDate(new Date(), 400) }, 'closesOn'],
      ['trainees as text', { acceptsTrainees: 'yes' }, 'acceptsTrainees'],
      ['a field that is not in the form', { hires: 3 }, 'hires'],
    ];
    it.each(bad)('refuses %s with a Chinese message naming the field', async (_t, o, field) => {
      const before = await countJobs();
      const res = await post('/employer/jobs', employer, { ...jobInput(), ...o });
      expect(res.status).toBe(400);
      const error = expectError(res.body, 'VALIDATION_FAILED');
      const details = (error.details ?? []) as FieldError[];
      const named = details.find((d) => d.field === field);
      expect({ field, details }).toMatchObject({
        details: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      for (const message of named?.messages ?? []) expect(message).toMatch(HAS_CHINESE);
      expect(await countJobs()).toBe(before);
    });

    it('draft → open → closed, with edits while draft or open, and repeats changing nothing', async () => {
      const created = await post<JobResponse>('/employer/jobs', employer, jobInput());
      expect(created.status).toBe(201);
      const job = created.body.job;
      expect(job).toMatchObject({
        status: 'draft',
        employerId: DEMO_EMPLOYER_ID,
        brandName: '福绵裁缝',
        occupationName: '缝纫工',
        regionName: '福绵区',
        hires: 0,
        openedAt: null,
        requiredCertificate: null,
      });
      const edited = await put<JobResponse>(`/employer/jobs/${job.id}`, employer, {
        ...jobInput({
          title: '熨烫工',
          requiredCertificate: { type: '专项职业能力考核', minLevel: null },
        }),
      });
      expect(edited.status).toBe(200);
      expect(edited.body.job).toMatchObject({
        title: '熨烫工',
        status: 'draft',
        requiredCertificate: { type: '专项职业能力考核', minLevel: null },
      });
      const opened = await post<JobResponse>(`/employer/jobs/${job.id}/open`, employer);
      expect(opened.body.job.status).toBe('open');
      expect(opened.body.job.openedAt).not.toBeNull();
      const again = await post<JobResponse>(`/employer/jobs/${job.id}/open`, employer);
      expect(again.body.job.openedAt).toBe(opened.body.job.openedAt);
      const whileOpen = await put<JobResponse>(
        `/employer/jobs/${job.id}`,
        employer,
        jobInput({ headcount: 8 }),
      );
      expect(whileOpen.body.job).toMatchObject({ status: 'open', headcount: 8 });
      const closed = await post<JobResponse>(`/employer/jobs/${job.id}/close`, employer);
      expect(closed.body.job.status).toBe('closed');
      const closedAgain = await post<JobResponse>(`/employer/jobs/${job.id}/close`, employer);
      expect(closedAgain.status).toBe(200);
      expect(closedAgain.body.job.closedAt).toBe(closed.body.job.closedAt);
      const lateEdit = await put(`/employer/jobs/${job.id}`, employer, jobInput());
      expect(lateEdit.status).toBe(409);
      expectError(lateEdit.body, 'JOB_NOT_OPEN');
      const reopen = await post(`/employer/jobs/${job.id}/open`, employer);
      expect(reopen.status).toBe(409);
      expect((await jobRow(job.id)).title).toBe('牛仔服装车位工');
    });

    it('a blacklisted employer cannot open the drafts it wrote before', async () => {
      const staff = await insertEmployerStaff(t, unique);
      const draft = await post<JobResponse>('/employer/jobs', staff.token, jobInput());
      expect(draft.status).toBe(201);
      await t.db
        .getRepository(EmployerEntity)
        .update({ id: staff.employerId }, { blacklistedAt: new Date() });
      const open = await post(`/employer/jobs/${draft.body.job.id}/open`, staff.token);
      expect(open.status).toBe(403);
      expectError(open.body, 'EMPLOYER_BLACKLISTED');
      expect((await jobRow(draft.body.job.id)).status).toBe('draft');
    });

    it('an employer put on the blacklist leaves the public list with the next answer', async () => {
      const staff = await insertEmployerStaff(t, unique);
      const made = await post<JobResponse>(
        '/employer/jobs',
        staff.token,
        jobInput({ title: '失信前发布的岗位' }),
      );
      expect((await post(`/employer/jobs/${made.body.job.id}/open`, staff.token)).status).toBe(200);
      const listed = async () =>
        (await get<JobPage>('/jobs?keyword=失信前发布的岗位&pageSize=100')).body.items.map(
          (j) => j.id,
        );
      expect(await listed()).toContain(made.body.job.id);
      await t.db
        .getRepository(EmployerEntity)
        .update({ id: staff.employerId }, { blacklistedAt: new Date() });
      expect(await listed()).not.toContain(made.body.job.id);
    });

    it("lists the employer's own postings in every status, newest first", async () => {
      const draft = await posting({ title: '新草稿' }, false);
      const open = await posting({ title: '招聘中' });
      const mine = await get<JobPage>('/employer/jobs?pageSize=100', employer);
      expect(mine.status).toBe(200);
      expect(mine.body.items.every((j) => j.employerId === DEMO_EMPLOYER_ID)).toBe(true);
      expect(mine.body.items.find((j) => j.id === draft)?.status).toBe('draft');
      expect(mine.body.items.find((j) => j.id === open)?.status).toBe('open');
      expect(mine.body.items.some((j) => j.status === 'closed')).toBe(true);
      const created = mine.body.items.map((j) => j.createdAt);
      expect([...created].sort().reverse()).toEqual(created);
      const theirs = await get<JobPage>('/employer/jobs', other.token);
      expect(theirs.body.items.some((j) => j.employerId === DEMO_EMPLOYER_ID)).toBe(false);
    });
  });

  describe('the public list', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      // opened one after another: the list shows the newest opened first
      ids.fumian = await posting({ title: `${TAG} 车位工`, salaryMin: 3000, salaryMax: 4500 });
      ids.rongxian = await posting({
        title: `${TAG} 裁床工`,
        regionCode: '450921',
        salaryMax: 7000,
      });
      ids.gz = await posting({
        title: `${TAG} 母婴护理员`,
        brandCode: null,
        occupationCode: 'muying-huliyuan',
        regionCode: '440106',
        salaryMin: 6000,
        salaryMax: 9000,
      });
      ids.draft = await posting({ title: `${TAG} 草稿` }, false);
      ids.closed = await posting({ title: `${TAG} 已结束` });
      await post(`/employer/jobs/${ids.closed}/close`, employer);
      ids.expired = await posting({ title: `${TAG} 已过期` });
      await t.db
        .getRepository(JobPostingEntity)
        .update({ id: ids.expired }, { closesOn: chinaDate(new Date(), -1) });
      // opening times a minute apart: the column keeps whole seconds on MariaDB
      const order = [ids.fumian, ids.rongxian, ids.gz];
      for (const [i, id] of order.entries()) {
        await t.db
          .getRepository(JobPostingEntity)
          .update({ id }, { openedAt: new Date(Date.now() - (order.length - i) * 60_000) });
      }
    });

    const list = (query: string) =>
      get<JobPage>(`/jobs?keyword=${encodeURIComponent(TAG)}${query}`);

    it('shows open postings only, newest opened first, to anyone', async () => {
      const res = await list('');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('max-age');
      expect(res.body.items.map((j) => j.id)).toEqual([ids.gz, ids.rongxian, ids.fumian]);
      expect(res.body.total).toBe(3);
      expect(res.body.items[0]).toMatchObject({
        employerName: expect.stringContaining('玉林福绵服装'),
        regionName: '天河区',
        occupationName: '母婴护理员',
        brandName: null,
      });
    });

    it('filters by region (a city includes its counties), occupation, brand and salary', async () => {
      const idsOf = async (q: string) => (await list(q)).body.items.map((j) => j.id);
      expect(await idsOf('&regionCode=450900')).toEqual([ids.rongxian, ids.fumian]);
      expect(await idsOf('&regionCode=450921')).toEqual([ids.rongxian]);
      expect(await idsOf('&regionCode=440000')).toEqual([ids.gz]);
      expect(await idsOf('&occupationCode=muying-huliyuan')).toEqual([ids.gz]);
      expect(await idsOf('&brandCode=fumian-caifeng')).toEqual([ids.rongxian, ids.fumian]);
      expect(await idsOf('&salaryAtLeast=6500')).toEqual([ids.gz, ids.rongxian]);
      expect(await idsOf('&salaryAtLeast=4500')).toEqual([ids.gz, ids.rongxian, ids.fumian]);
      expect(await idsOf('&salaryAtLeast=9001')).toEqual([]);
      const bad = await get('/jobs?regionCode=123');
      expect(bad.status).toBe(400);
      expectError(bad.body, 'VALIDATION_FAILED');
    });

    it('searches titles with % and _ taken literally', async () => {
      expect((await get<JobPage>(`/jobs?keyword=${TAG}%25`)).body.items).toEqual([]);
      expect((await get<JobPage>(`/jobs?keyword=${TAG}_`)).body.items).toEqual([]);
      const one = await get<JobPage>(`/jobs?keyword=${encodeURIComponent(`${TAG} 裁床`)}`);
      expect(one.body.items.map((j) => j.id)).toEqual([ids.rongxian]);
    });

    it('pages', async () => {
      const first = await list('&pageSize=2&page=1');
      const second = await list('&pageSize=2&page=2');
      expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect([...first.body.items, ...second.body.items].map((j) => j.id)).toEqual([
        ids.gz,
        ids.rongxian,
        ids.fumian,
      ]);
    });

    it('shows a draft only to its employer; a posting past its last day closes when read', async () => {
      expect((await get(`/jobs/${ids.draft}`)).status).toBe(404);
      expect((await get(`/jobs/${ids.draft}`, other.token)).status).toBe(404);
      expect((await get(`/jobs/${ids.draft}`, 'not-a-token')).status).toBe(404);
      const own = await get<JobResponse>(`/jobs/${ids.draft}`, employer);
      expect(own.status).toBe(200);
      expect(own.body.job.status).toBe('draft');
      expect((await get<JobResponse>(`/jobs/${ids.fumian}`)).body.job.status).toBe('open');
      expect((await get(`/jobs/${randomUUID()}`)).status).toBe(404);
      expect((await jobRow(ids.expired)).status).toBe('open');
      const expired = await get<JobResponse>(`/jobs/${ids.expired}`);
      expect(expired.status).toBe(200);
      expect(expired.body.job.status).toBe('closed');
      expect((await jobRow(ids.expired)).status).toBe('closed');
    });
  });

  describe('applying', () => {
    let certJob: string;
    let traineeJob: string;

    beforeAll(async () => {
      const requirement = {
        brandCode: null,
        occupationCode: 'muying-huliyuan',
        requiredCertificate: { type: '职业技能等级认定' as const, minLevel: 4 as const },
      };
      certJob = await posting({ title: '月嫂（需中级证）', ...requirement });
      traineeJob = await posting({
        title: '月嫂（接受学员）',
        ...requirement,
        acceptsTrainees: true,
      });
    });

    /** A worker holding these certificates of 母婴护理员 (or another occupation). */
    async function workerWith(
      certificates: {
        level: 5 | 4 | 3;
        status: 'applied' | 'passed' | 'issued';
        occupationCode?: string;
      }[],
    ) {
      const w = await insertWorker(t, unique);
      for (const c of certificates) {
        await insertCertification(t, {
          workerId: w.id,
          enrolmentId: randomUUID(),
          sessionId: randomUUID(),
          status: c.status,
          occupationCode: c.occupationCode ?? 'muying-huliyuan',
          certificateType: '职业技能等级认定',
          level: c.level,
        });
      }
      return w;
    }

    it('needs a profile, an open posting that exists', async () => {
      const job = await posting();
      const noProfile = await apply(job, workerNoProfile.token);
      expect(noProfile.status).toBe(409);
      expectError(noProfile.body, 'PROFILE_REQUIRED');
      const w = await insertWorker(t, unique);
      const draft = await posting({}, false);
      expect((await apply(draft, w.token)).status).toBe(404);
      expect((await apply(randomUUID(), w.token)).status).toBe(404);
      await post(`/employer/jobs/${job}/close`, employer);
      const closed = await apply(job, w.token);
      expect(closed.status).toBe(409);
      expectError(closed.body, 'JOB_NOT_OPEN');
      expect(await t.db.getRepository(JobApplicationEntity).countBy({ workerId: w.id })).toBe(0);
      const employerTry = await apply(certJob, employer);
      expect(employerTry.status).toBe(403);
    });

    it('a posting past its last day is closed by the first application to it', async () => {
      const job = await posting();
      await t.db
        .getRepository(JobPostingEntity)
        .update({ id: job }, { closesOn: chinaDate(new Date(), -1) });
      const w = await insertWorker(t, unique);
      const res = await apply(job, w.token);
      expect(res.status).toBe(409);
      expectError(res.body, 'JOB_NOT_OPEN');
      expect((await jobRow(job)).status).toBe('closed');
    });

    it('a required certificate: the type for the occupation at the level asked or better', async () => {
      const cases: [string, Parameters<typeof workerWith>[0], number][] = [
        ['none', [], 409],
        ['a lower level (5)', [{ level: 5, status: 'issued' }], 409],
        ['the level only applied for', [{ level: 4, status: 'applied' }], 409],
        [
          'the level for another occupation',
          [{ level: 4, status: 'issued', occupationCode: 'yuyingyuan' }],
          409,
        ],
        ['the level asked, passed', [{ level: 4, status: 'passed' }], 201],
        ['a better level (3), issued', [{ level: 3, status: 'issued' }], 201],
      ];
      for (const [name, held, status] of cases) {
        const w = await workerWith(held);
        const res = await apply(certJob, w.token);
        expect({ name, status: res.status }).toEqual({ name, status });
        if (status === 409) expectError(res.body, 'JOB_REQUIREMENT_NOT_MET');
      }
    });

    it('a posting that takes trainees: enrolled or completed in a class of the occupation', async () => {
      const lessons = [
        { startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), topic: '护理' },
      ];
      const muying = (await insertSession(t, lessons, { occupationCode: 'muying-huliyuan' })).id;
      const sewing = (await insertSession(t, lessons, { occupationCode: 'fengrengong' })).id;
      const cases: [
        string,
        string,
        'enrolled' | 'completed' | 'cancelled' | 'waitlisted',
        number,
      ][] = [
        ['enrolled', muying, 'enrolled', 201],
        ['completed', muying, 'completed', 201],
        ['cancelled', muying, 'cancelled', 409],
        ['waitlisted', muying, 'waitlisted', 409],
        ['completed another trade', sewing, 'completed', 409],
      ];
      for (const [name, session, enrolment, status] of cases) {
        const w = await insertWorker(t, unique);
        await insertEnrolment(t, session, w.id, enrolment);
        expect({ name, status: (await apply(traineeJob, w.token)).status }).toEqual({
          name,
          status,
        });
        // the posting that does not take trainees still asks for the certificate
        if (status === 201) expect((await apply(certJob, w.token)).status).toBe(409);
      }
    });

    it('one application per worker and job: a repeat, or five at once, answer the same one', async () => {
      const job = await posting();
      const w = await insertWorker(t, unique);
      const first = await apply(job, w.token);
      expect(first.status).toBe(201);
      expect(first.body.application).toMatchObject({
        status: 'applied',
        jobId: job,
        candidate: { workerId: w.id, name: '王秀兰', phone: w.phone },
      });
      expect(first.body.application.timeline.map((e) => e.status)).toEqual(['applied']);
      const again = await apply(job, w.token);
      expect(again.body.application.id).toBe(first.body.application.id);

      const racer = await insertWorker(t, unique);
      const racing = await Promise.all(Array.from({ length: 5 }, () => apply(job, racer.token)));
      expect(racing.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(racing.map((r) => r.body.application.id)).size).toBe(1);
      const rows = await t.db
        .getRepository(JobApplicationEntity)
        .findBy({ jobId: job, workerId: racer.id });
      expect(rows).toHaveLength(1);
      expect(
        await t.db.getRepository(ApplicationEventEntity).countBy({ applicationId: rows[0].id }),
      ).toBe(1);
    });
  });

  describe("the employer's message about a new application", () => {
    /** A user linked to the demo employer (as its own staff are), with the roles and status given. */
    async function demoEmployerUser(roles: Role[], status: UserStatus = 'active') {
      const user = await insertUser(t, roles);
      await t.db
        .getRepository(UserEntity)
        .update({ id: user.id }, { employerId: DEMO_EMPLOYER_ID, status });
      return user;
    }
    const received = async (token: string, jobId: string) =>
      (await get<NotificationListResponse>('/notifications/mine', token)).body.items.filter(
        (n) =>
          n.kind === 'application.received' &&
          n.link === `/packages/employer/pages/applicants/index?jobId=${jobId}`,
      );

    it("each active staff account of the posting's employer is told once per application, by masked name", async () => {
      const job = await posting({ title: `${TAG} 收银员` });
      const colleague = await demoEmployerUser(['employer']);
      const disabled = await demoEmployerUser(['employer'], 'disabled');
      const notStaff = await demoEmployerUser(['worker']);
      const w = await insertWorker(t, unique, { realName: '龙春燕' });

      const first = await apply(job, w.token);
      expect(first.status).toBe(201);
      const id = first.body.application.id;
      // applying again answers the same application and writes no second message
      const again = await apply(job, w.token);
      expect(again.body.application.id).toBe(id);

      for (const token of [employer, colleague.token]) {
        const messages = await received(token, job);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatchObject({ title: '收到新的投递', readAt: null });
        expect(messages[0].body).toContain(`“${TAG} 收银员”`);
        expect(messages[0].body).toContain('龙**');
        expect(messages[0].body).not.toContain('龙春燕');
      }
      const rows = await t.db.getRepository(NotificationEntity).findBy({
        kind: 'application.received',
        link: `/packages/employer/pages/applicants/index?jobId=${job}`,
      });
      expect(rows.map((r) => r.userId)).toContain(colleague.id);
      for (const nobody of [disabled.id, notStaff.id, w.id, other.id]) {
        expect(rows.map((r) => r.userId)).not.toContain(nobody);
      }
      expect(new Set(rows.map((r) => r.userId)).size).toBe(rows.length);
      for (const r of rows) expect(r.dedupeKey).toBe(`application:${id}:received:${r.userId}`);
      expect(await received(other.token, job)).toHaveLength(0);
    });

    it('five applications of one worker at once still make one message per staff account', async () => {
      const job = await posting();
      const racer = await insertWorker(t, unique);
      const racing = await Promise.all(Array.from({ length: 5 }, () => apply(job, racer.token)));
      expect(new Set(racing.map((r) => r.body.application.id)).size).toBe(1);
      expect(await received(employer, job)).toHaveLength(1);
      // a second worker is a second application: a second message
      await apply(job, (await insertWorker(t, unique)).token);
      expect(await received(employer, job)).toHaveLength(2);
    });

    it("another employer's staff hear nothing of this employer's applications", async () => {
      const job = await posting();
      await apply(job, (await insertWorker(t, unique)).token);
      const inbox = await get<NotificationListResponse>('/notifications/mine', other.token);
      expect(inbox.status).toBe(200);
      expect(inbox.body.items.filter((n) => n.kind === 'application.received')).toHaveLength(0);
    });
  });

  describe('the pipeline', () => {
    it('withdraw: the applicant only, before an offer; never back', async () => {
      const job = await posting();
      const w = await insertWorker(t, unique);
      const stranger = await insertWorker(t, unique);
      const id = (await apply(job, w.token)).body.application.id;
      expect((await post(`/applications/${id}/withdraw`, stranger.token)).status).toBe(404);
      expect((await post(`/applications/${id}/withdraw`, employer)).status).toBe(403);
      const withdrawn = await post<ApplicationResponse>(`/applications/${id}/withdraw`, w.token);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.application.status).toBe('withdrawn');
      expect(withdrawn.body.application.timeline.map((e) => e.status)).toEqual([
        'applied',
        'withdrawn',
      ]);
      const twice = await post(`/applications/${id}/withdraw`, w.token);
      expect(twice.status).toBe(409);
      expectError(twice.body, 'APPLICATION_STEP_INVALID');
      const view = await step(id, { action: 'view' });
      expect(view.status).toBe(409);
      expectError(view.body, 'APPLICATION_STEP_INVALID');
      // applying again answers the withdrawn application: it never comes back
      expect((await apply(job, w.token)).body.application).toMatchObject({
        id,
        status: 'withdrawn',
      });

      const offered = await insertWorker(t, unique);
      const oid = (await apply(job, offered.token)).body.application.id;
      await step(oid, { action: 'view' });
      await step(oid, { action: 'offer' });
      const late = await post(`/applications/${oid}/withdraw`, offered.token);
      expect(late.status).toBe(409);
      expectError(late.body, 'APPLICATION_STEP_INVALID');
    });

    it('applied → viewed → interview → offered → hired, with a timeline and a push for each step', async () => {
      const job = await posting({ regionCode: '440106', brandCode: null, title: '车位工（广州）' });
      const w = await insertWorker(t, unique, {
        realName: '龙春燕',
        householdRegionCode: '520502',
        skills: ['缝纫', '锁边'],
      });
      await insertCertification(t, {
        workerId: w.id,
        enrolmentId: randomUUID(),
        sessionId: randomUUID(),
        status: 'issued',
      });
      const id = (await apply(job, w.token)).body.application.id;

      const applicants = await get<ApplicationListResponse>(
        `/employer/jobs/${job}/applications`,
        employer,
      );
      expect(applicants.status).toBe(200);
      expect(applicants.body.items[0].candidate).toEqual({
        workerId: w.id,
        name: '龙春燕',
        phone: w.phone,
        countyName: '七星关区',
        certificates: [{ occupationName: '缝纫工', type: '专项职业能力考核', level: null }],
        skills: ['缝纫', '锁边'],
      });

      expect((await step(id, { action: 'view' })).body.application.status).toBe('viewed');
      const repeat = await step(id, { action: 'view' });
      expect(repeat.status).toBe(409);
      const noTime = await step(id, { action: 'interview' });
      expect(noTime.status).toBe(400);
      expectError(noTime.body, 'VALIDATION_FAILED');
      const interview = await step(id, {
        action: 'interview',
        interviewAt: '2030-01-10T09:30:00+08:00',
        interviewPlace: '天河路1号 人事部',
      });
      expect(interview.status).toBe(200);
      expect(interview.body.application).toMatchObject({
        status: 'interview',
        interviewAt: '2030-01-10T01:30:00.000Z',
        interviewPlace: '天河路1号 人事部',
      });
      const offer = await step(id, { action: 'offer', note: '请带身份证报到' });
      expect(offer.body.application).toMatchObject({ status: 'offered', note: '请带身份证报到' });

      const hired = await hire(id);
      expect(hired.status).toBe(200);
      expect(hired.body.application.status).toBe('hired');
      expect(hired.body.employment).toMatchObject({
        applicationId: id,
        workerId: w.id,
        jobId: job,
        contract: 'electronic',
        socialInsurance: true,
        householdRegionCode: '520502',
        jobRegionCode: '440106',
        crossRegion: true,
      });
      expect((await jobRow(job)).hires).toBe(1);

      const mine = await get<ApplicationListResponse>('/applications/mine', w.token);
      expect(mine.body.items).toHaveLength(1);
      expect(mine.body.items[0].job).toMatchObject({ id: job, title: '车位工（广州）', hires: 1 });
      expect(mine.body.items[0].timeline.map((e) => e.status)).toEqual([
        'applied',
        'viewed',
        'interview',
        'offered',
        'hired',
      ]);
      const pushes = await t.db
        .getRepository(NotificationEntity)
        .find({ where: { userId: w.id }, order: { createdAt: 'ASC' } });
      expect(pushes.map((n) => n.kind).sort()).toEqual(
        [
          'application.hired',
          'application.interview',
          'application.offered',
          'application.viewed',
        ].sort(),
      );
      for (const n of pushes) {
        expect(n.link).toBe('/packages/worker/pages/applications/index');
        expect(n.title).toMatch(HAS_CHINESE);
      }
      expect(pushes.find((n) => n.kind === 'application.interview')?.body).toContain(
        '2030-01-10 09:30',
      );

      const afterHire = await step(id, { action: 'reject' });
      expect(afterHire.status).toBe(409);
      expectError(afterHire.body, 'APPLICATION_STEP_INVALID');
      expect(await t.db.getRepository(EmploymentRecordEntity).countBy({ applicationId: id })).toBe(
        1,
      );
    });

    it('rejected is final: no offer, no hire; the worker is told once', async () => {
      const job = await posting();
      const w = await insertWorker(t, unique);
      const id = (await apply(job, w.token)).body.application.id;
      expect((await step(id, { action: 'offer' })).status).toBe(409); // not viewed yet
      expect((await step(id, { action: 'reject', note: '岗位已满' })).body.application.status).toBe(
        'rejected',
      );
      for (const action of ['offer', 'view', 'reject']) {
        const res = await step(id, { action });
        expect(res.status).toBe(409);
        expectError(res.body, 'APPLICATION_STEP_INVALID');
      }
      const hireRejected = await hire(id);
      expect(hireRejected.status).toBe(409);
      expect(await t.db.getRepository(EmploymentRecordEntity).countBy({ applicationId: id })).toBe(
        0,
      );
      expect(
        await t.db
          .getRepository(NotificationEntity)
          .countBy({ userId: w.id, kind: 'application.rejected' }),
      ).toBe(1);
    });

    it('a hire in the same city is not cross-region; reaching the headcount closes the posting', async () => {
      const job = await posting({ headcount: 2 });
      const workers = await Promise.all([1, 2, 3].map(() => insertWorker(t, unique)));
      const ids: string[] = [];
      for (const w of workers) {
        const id = (await apply(job, w.token)).body.application.id;
        await step(id, { action: 'view' });
        await step(id, { action: 'offer' });
        ids.push(id);
      }
      const first = await hire(ids[0]);
      expect(first.body.employment).toMatchObject({
        householdRegionCode: '450903',
        jobRegionCode: '450903',
        crossRegion: false,
      });
      expect((await jobRow(job)).status).toBe('open');
      expect((await hire(ids[1])).status).toBe(200);
      const full = await jobRow(job);
      expect({ status: full.status, hires: full.hires }).toEqual({ status: 'closed', hires: 2 });
      expect(full.closedAt).not.toBeNull();
      const third = await hire(ids[2]);
      expect(third.status).toBe(409);
      expectError(third.body, 'JOB_NOT_OPEN');
      expect(
        (await t.db.getRepository(JobApplicationEntity).findOneByOrFail({ id: ids[2] })).status,
      ).toBe('offered');
      expect(await t.db.getRepository(EmploymentRecordEntity).countBy({ jobId: job })).toBe(2);
      expect(
        await t.db
          .getRepository(NotificationEntity)
          .countBy({ userId: workers[2].id, kind: 'application.hired' }),
      ).toBe(0);
      const listed = await get<JobPage>(`/jobs?pageSize=100&regionCode=450903`);
      expect(listed.body.items.some((j) => j.id === job)).toBe(false);
    });
    it('never hires more than the headcount when hires race', async () => {
      const job = await posting({ headcount: 1 });
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const w = await insertWorker(t, unique);
        const id = (await apply(job, w.token)).body.application.id;
        await step(id, { action: 'view' });
        await step(id, { action: 'offer' });
        ids.push(id);
      }
      const answers = await Promise.all(ids.map((id) => hire(id)));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      const row = await jobRow(job);
      expect({ status: row.status, hires: row.hires }).toEqual({ status: 'closed', hires: 1 });
      expect(await t.db.getRepository(EmploymentRecordEntity).countBy({ jobId: job })).toBe(1);
      expect(
        await t.db.getRepository(JobApplicationEntity).countBy({ jobId: job, status: 'hired' }),
      ).toBe(1);
    });
  });

  describe('who may do what', () => {
    let job: string;
    let draft: string;
    let application: string;

    beforeAll(async () => {
      job = await posting();
      draft = await posting({}, false);
      const w = await insertWorker(t, unique);
      application = (await apply(job, w.token)).body.application.id;
    });

    it("another employer's staff get 404 on every posting and application of this one", async () => {
      const o = other.token;
      const answers = await Promise.all([
        put(`/employer/jobs/${job}`, o, jobInput()),
        post(`/employer/jobs/${draft}/open`, o),
        post(`/employer/jobs/${job}/close`, o),
        get(`/employer/jobs/${job}/applications`, o),
        get(`/jobs/${draft}`, o),
        step(application, { action: 'view' }, o),
        hire(application, o),
      ]);
      for (const res of answers) {
        expect(res.status).toBe(404);
        expectError(res.body, 'NOT_FOUND');
      }
      expect((await jobRow(job)).status).toBe('open');
      expect((await jobRow(draft)).status).toBe('draft');
      expect(
        (await t.db.getRepository(JobApplicationEntity).findOneByOrFail({ id: application }))
          .status,
      ).toBe('applied');
    });

    it('workers and other roles get 403 on the employer endpoints; anonymous callers 401', async () => {
      const w = await insertWorker(t, unique);
      const trainer = (await demoLogin(t, 'trainer')).accessToken;
      for (const token of [w.token, trainer]) {
        const answers = await Promise.all([
          post('/employer/jobs', token, jobInput()),
          put(`/employer/jobs/${job}`, token, jobInput()),
          post(`/employer/jobs/${draft}/open`, token),
          post(`/employer/jobs/${job}/close`, token),
          get('/employer/jobs', token),
          get(`/employer/jobs/${job}/applications`, token),
          step(application, { action: 'view' }, token),
          hire(application, token),
        ]);
        for (const res of answers) {
          expect(res.status).toBe(403);
          expectError(res.body, 'FORBIDDEN');
        }
      }
      expect((await get('/applications/mine', employer)).status).toBe(403);
      expect((await post(`/jobs/${job}/applications`, undefined)).status).toBe(401);
      expect((await get('/employer/jobs')).status).toBe(401);
    });
  });
});
