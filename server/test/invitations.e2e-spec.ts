import { randomUUID } from 'node:crypto';
import type {
  CandidateRecommendationListResponse,
  JobInvitationListResponse,
  JobInvitationResponse,
  NotificationListResponse,
} from '@app/shared/api';
import type { NotificationKind, Role, UserStatus } from '@app/shared/enums';
import type { FieldError } from '@app/shared/errors';
import { chinaDate } from '../src/common/china-time';
import {
  JobApplicationEntity,
  JobInvitationEntity,
  JobPostingEntity,
} from '../src/modules/jobs/job.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { EmployerEntity } from '../src/modules/organisations/employer.entity';
import { RecommendationEntity } from '../src/modules/recommendations/recommendation.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import { demoLogin, expectError, uniqueValues } from './helpers/accounts';
import { insertEmployerStaff, insertJob, insertWorker } from './helpers/job-fixtures';
import { insertUser, type UserFixture } from './helpers/session-fixtures';
import { call, startTestApp, type TestApp } from './helpers/test-app';

const HAS_CHINESE = /[\u4e00-\u9fff]/;
const EMPLOYER_NAME = '玉林邀请测试制衣厂';
const APPLICATIONS_PAGE = '/packages/worker/pages/applications/index';
const candidatesPage = (jobId: string) =>
  `/packages/employer/pages/candidates/index?jobId=${jobId}`;

type Staff = UserFixture & { employerId: string };

describe('invitations (邀请投递): employers invite, workers accept or decline', () => {
  let t: TestApp;
  const unique = uniqueValues();
  let staff: Staff;
  let colleague: UserFixture;
  let disabledColleague: UserFixture;
  let other: Staff;

  const post = <T>(path: string, token: string | undefined, body: unknown = {}) =>
    call<T>(t.baseUrl, 'POST', `/api/v1${path}`, { token, body });
  const get = <T>(path: string, token?: string) =>
    call<T>(t.baseUrl, 'GET', `/api/v1${path}`, { token });

  const invite = (jobId: string, body: Record<string, unknown>, token = staff.token) =>
    post<JobInvitationResponse>(`/employer/jobs/${jobId}/invitations`, token, body);
  const accept = (id: string, token: string) =>
    post<JobInvitationResponse>(`/invitations/${id}/accept`, token);
  const decline = (id: string, token: string) =>
    post<JobInvitationResponse>(`/invitations/${id}/decline`, token);
  const mine = (token: string) => get<JobInvitationListResponse>('/invitations/mine', token);

  /** The posting's recommended candidates as its employer sees them, by worker. */
  async function candidates(jobId: string, token = staff.token) {
    const res = await get<CandidateRecommendationListResponse>(
      `/employer/jobs/${jobId}/candidates`,
      token,
    );
    expect(res.status).toBe(200);
    return new Map(res.body.items.map((i) => [i.candidate.workerId, i]));
  }

  /** A recommendation row, as the engine writes it, so the worker is among the job's candidates. */
  async function recommend(workerId: string, jobId: string): Promise<void> {
    await t.db
      .getRepository(RecommendationEntity)
      .createQueryBuilder()
      .insert()
      .values({
        id: randomUUID(),
        workerId,
        jobId,
        score: 50,
        reasons: ['住在福绵区，离岗位近'],
        pushedAt: new Date(),
        seenAt: null,
        appliedAt: null,
      })
      .orIgnore()
      .execute();
  }

  const messages = async (token: string, kind: NotificationKind) =>
    (await get<NotificationListResponse>('/notifications/mine', token)).body.items.filter(
      (n) => n.kind === kind,
    );
  const invitationsOf = (jobId: string) =>
    t.db.getRepository(JobInvitationEntity).findBy({ jobId });
  const notificationsOf = (userId: string) =>
    t.db.getRepository(NotificationEntity).countBy({ userId });

  /** A fresh open posting of `staff`'s employer, a worker recommended for it, and their invitation. */
  async function invited(realName = '龙春燕') {
    const job = await insertJob(t, staff, { title: '牛仔服装车位工' });
    const worker = await insertWorker(t, unique, { realName });
    await recommend(worker.id, job);
    const res = await invite(job, { workerId: worker.id });
    expect(res.status).toBe(201);
    return { job, worker, id: res.body.invitation.id };
  }

  /** A user of `staff`'s employer with the roles and status given. */
  async function staffUser(roles: Role[], status: UserStatus = 'active') {
    const user = await insertUser(t, roles);
    await t.db
      .getRepository(UserEntity)
      .update({ id: user.id }, { employerId: staff.employerId, status });
    return user;
  }

  beforeAll(async () => {
    t = await startTestApp();
    staff = await insertEmployerStaff(t, unique, { name: EMPLOYER_NAME });
    colleague = await staffUser(['employer']);
    disabledColleague = await staffUser(['employer'], 'disabled');
    other = await insertEmployerStaff(t, unique, { name: '另一家单位' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('inviting', () => {
    it('invites a recommended worker: 201, one job.invited message, listed in 我的投递 with the job', async () => {
      const job = await insertJob(t, staff, { title: '牛仔服装车位工' });
      const worker = await insertWorker(t, unique, { realName: '龙春燕' });
      await recommend(worker.id, job);

      const res = await invite(job, { workerId: worker.id, message: '  欢迎来厂里看看  ' });
      expect(res.status).toBe(201);
      const invitation = res.body.invitation;
      expect(invitation).toMatchObject({
        jobId: job,
        workerId: worker.id,
        status: 'pending',
        message: '欢迎来厂里看看',
        respondedAt: null,
        job: {
          id: job,
          title: '牛仔服装车位工',
          employerName: EMPLOYER_NAME,
          regionName: '福绵区',
          status: 'open',
        },
      });
      expect(Date.parse(invitation.createdAt)).not.toBeNaN();

      const told = await messages(worker.token, 'job.invited');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ title: '岗位邀请', link: APPLICATIONS_PAGE, readAt: null });
      for (const part of [
        EMPLOYER_NAME,
        '“牛仔服装车位工”',
        '4000–6500元/月',
        '福绵区',
        '欢迎来厂里看看',
      ]) {
        expect(told[0].body).toContain(part);
      }
      const rows = await t.db
        .getRepository(NotificationEntity)
        .findBy({ dedupeKey: `invitation:${invitation.id}` });
      expect(rows.map((r) => r.userId)).toEqual([worker.id]);

      const listed = await mine(worker.token);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toHaveLength(1);
      expect(listed.body.items[0]).toEqual(invitation);

      const candidate = (await candidates(job)).get(worker.id);
      expect(candidate).toMatchObject({
        applied: false,
        invitation: 'pending',
        candidate: { name: '龙**', phone: null },
      });
    });

    it('a message left out or blank is stored as none', async () => {
      const job = await insertJob(t, staff);
      const [w1, w2] = [await insertWorker(t, unique), await insertWorker(t, unique)];
      expect((await invite(job, { workerId: w1.id })).body.invitation.message).toBeNull();
      const blank = await invite(job, { workerId: w2.id, message: '   ' });
      expect(blank.status).toBe(201);
      expect(blank.body.invitation.message).toBeNull();
      expect((await messages(w2.token, 'job.invited'))[0].body).not.toContain('留言');
    });

    it('invites a worker once per job: a second invitation is 409, five at once make one row', async () => {
      const { job, worker } = await invited();
      const again = await invite(job, { workerId: worker.id, message: '再邀请一次' });
      expect(again.status).toBe(409);
      expectError(again.body, 'INVITATION_EXISTS');
      expect(await invitationsOf(job)).toHaveLength(1);

      const racer = await insertWorker(t, unique);
      const racing = await Promise.all(
        Array.from({ length: 5 }, () => invite(job, { workerId: racer.id })),
      );
      expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      for (const r of racing.filter((r) => r.status === 409)) {
        expectError(r.body, 'INVITATION_EXISTS');
      }
      expect((await invitationsOf(job)).filter((i) => i.workerId === racer.id)).toHaveLength(1);
      expect(await messages(racer.token, 'job.invited')).toHaveLength(1);
      // the same worker may be invited to another posting
      expect((await invite(await insertJob(t, staff), { workerId: racer.id })).status).toBe(201);
    });

    it('a worker who already applied is not invited (409 ALREADY_APPLIED)', async () => {
      const job = await insertJob(t, staff);
      const worker = await insertWorker(t, unique);
      expect((await post(`/jobs/${job}/applications`, worker.token)).status).toBe(201);
      const before = await notificationsOf(worker.id);
      const res = await invite(job, { workerId: worker.id });
      expect(res.status).toBe(409);
      expectError(res.body, 'ALREADY_APPLIED');
      expect(await invitationsOf(job)).toHaveLength(0);
      expect(await notificationsOf(worker.id)).toBe(before);
    });

    it('only to an open posting: closed, draft, past its last day or full are 409 JOB_NOT_OPEN', async () => {
      const worker = await insertWorker(t, unique);
      const closed = await insertJob(t, staff, { status: 'closed', closedAt: new Date() });
      const draft = await insertJob(t, staff, { status: 'draft', openedAt: null });
      const expired = await insertJob(t, staff, { closesOn: chinaDate(new Date(), -1) });
      const full = await insertJob(t, staff, { headcount: 2, hires: 2 });
      for (const job of [closed, draft, expired, full]) {
        const res = await invite(job, { workerId: worker.id });
        expect({ job, status: res.status }).toEqual({ job, status: 409 });
        expectError(res.body, 'JOB_NOT_OPEN');
        expect(await invitationsOf(job)).toHaveLength(0);
      }
      // the posting past its last day or full is closed by the attempt, as by an application
      for (const job of [expired, full]) {
        const row = await t.db.getRepository(JobPostingEntity).findOneByOrFail({ id: job });
        expect(row.status).toBe('closed');
      }
      expect(await notificationsOf(worker.id)).toBe(0);
    });

    it('a worker without a profile, with an erased one, or an unknown id: 404, nothing written', async () => {
      const job = await insertJob(t, staff);
      const noProfile = await insertUser(t, ['worker']);
      const erased = await insertWorker(t, unique);
      await t.db
        .getRepository(WorkerProfileEntity)
        .update({ userId: erased.id }, { erasedAt: new Date() });
      for (const workerId of [noProfile.id, erased.id, randomUUID(), staff.id]) {
        const res = await invite(job, { workerId });
        expect({ workerId, status: res.status }).toEqual({ workerId, status: 404 });
        expectError(res.body, 'NOT_FOUND');
      }
      expect(await invitationsOf(job)).toHaveLength(0);
      expect(await notificationsOf(noProfile.id)).toBe(0);
      expect(await notificationsOf(erased.id)).toBe(0);
    });

    it("another employer's posting is 404 and an unknown one too; nothing is written", async () => {
      const theirs = await insertJob(t, other);
      const worker = await insertWorker(t, unique);
      for (const job of [theirs, randomUUID()]) {
        const res = await invite(job, { workerId: worker.id });
        expect(res.status).toBe(404);
        expectError(res.body, 'NOT_FOUND');
      }
      expect((await invite('not-a-uuid', { workerId: worker.id })).status).toBe(404);
      expect(await invitationsOf(theirs)).toHaveLength(0);
      expect(await notificationsOf(worker.id)).toBe(0);
    });

    it('an unverified or blacklisted employer may not invite (403), nothing is written', async () => {
      const worker = await insertWorker(t, unique);
      const pending = await insertEmployerStaff(t, unique, { status: 'pending' });
      const barred = await insertEmployerStaff(t, unique, { blacklisted: true });
      const cases: [Staff, string, string][] = [
        [pending, 'EMPLOYER_NOT_VERIFIED', '单位审核通过后才能邀请求职者'],
        [barred, 'EMPLOYER_BLACKLISTED', '单位已被列入失信名单，不能邀请求职者'],
      ];
      for (const [who, code, message] of cases) {
        const job = await insertJob(t, who);
        const res = await invite(job, { workerId: worker.id }, who.token);
        expect(res.status).toBe(403);
        expect(expectError(res.body, code).message).toBe(message);
        expect(await invitationsOf(job)).toHaveLength(0);
      }
      // blacklisted after posting: its open posting takes no invitation either
      const later = await insertEmployerStaff(t, unique);
      const job = await insertJob(t, later);
      await t.db
        .getRepository(EmployerEntity)
        .update({ id: later.employerId }, { blacklistedAt: new Date() });
      const res = await invite(job, { workerId: worker.id }, later.token);
      expect(res.status).toBe(403);
      expectError(res.body, 'EMPLOYER_BLACKLISTED');
      expect(await notificationsOf(worker.id)).toBe(0);
    });

    it('workers and other roles get 403, anonymous callers 401', async () => {
      const job = await insertJob(t, staff);
      const worker = await insertWorker(t, unique);
      const trainer = (await demoLogin(t, 'trainer')).accessToken;
      for (const token of [worker.token, trainer]) {
        const res = await invite(job, { workerId: worker.id }, token);
        expect(res.status).toBe(403);
        expectError(res.body, 'FORBIDDEN');
      }
      expect((await post(`/employer/jobs/${job}/invitations`, undefined, {})).status).toBe(401);
      expect(await invitationsOf(job)).toHaveLength(0);
    });

    const bad: [string, Record<string, unknown>, string][] = [
      ['a worker id that is not a UUID', { workerId: '12345' }, 'workerId'],
      ['no worker id', { workerId: undefined, message: '你好' }, 'workerId'],
      ['a message of 101 characters', { message: '好'.repeat(101) }, 'message'],
      ['a message that is not text', { message: 42 }, 'message'],
      ['a field that is not in the form', { status: 'accepted' }, 'status'],
    ];
    it.each(bad)(
      'refuses %s with 400 and a Chinese message, writing nothing',
      async (_t, o, field) => {
        const job = await insertJob(t, staff);
        const worker = await insertWorker(t, unique);
        const res = await invite(job, { workerId: worker.id, ...o });
        expect(res.status).toBe(400);
        const error = expectError(res.body, 'VALIDATION_FAILED');
        const named = ((error.details ?? []) as FieldError[]).find((d) => d.field === field);
        expect(named?.messages.length).toBeGreaterThan(0);
        for (const message of named?.messages ?? []) expect(message).toMatch(HAS_CHINESE);
        expect(await invitationsOf(job)).toHaveLength(0);
        expect(await notificationsOf(worker.id)).toBe(0);
      },
    );

    it('refuses a body that is not JSON with 400, writing nothing', async () => {
      const job = await insertJob(t, staff);
      const res = await call(t.baseUrl, 'POST', `/api/v1/employer/jobs/${job}/invitations`, {
        token: staff.token,
        headers: { 'content-type': 'application/json' },
        rawBody: '{"workerId": ',
      });
      expect(res.status).toBe(400);
      expectError(res.body, 'BAD_REQUEST');
      expect(await invitationsOf(job)).toHaveLength(0);
    });
  });

  describe('answering', () => {
    it("accepting tells the employer's staff, who then see the worker's name and phone", async () => {
      const { job, worker, id } = await invited('龙春燕');
      const secondJob = await insertJob(t, staff);
      await recommend(worker.id, secondJob);

      const res = await accept(id, worker.token);
      expect(res.status).toBe(200);
      expect(res.body.invitation).toMatchObject({ id, status: 'accepted', job: { id: job } });
      expect(res.body.invitation.respondedAt).not.toBeNull();

      for (const token of [staff.token, colleague.token]) {
        const told = await messages(token, 'invitation.answered');
        const about = told.filter((n) => n.link === candidatesPage(job));
        expect(about).toHaveLength(1);
        expect(about[0]).toMatchObject({ title: '求职者已接受邀请', readAt: null });
        expect(about[0].body).toContain('“牛仔服装车位工”');
        expect(about[0].body).toContain('龙**');
        expect(about[0].body).not.toContain('龙春燕');
      }
      const rows = await t.db
        .getRepository(NotificationEntity)
        .findBy({ kind: 'invitation.answered', link: candidatesPage(job) });
      expect(rows.map((r) => r.userId).sort()).toEqual([staff.id, colleague.id].sort());
      for (const r of rows) expect(r.dedupeKey).toBe(`invitation:${id}:answered:${r.userId}`);
      expect(rows.map((r) => r.userId)).not.toContain(disabledColleague.id);
      expect(await messages(other.token, 'invitation.answered')).toHaveLength(0);

      const shown = (await candidates(job)).get(worker.id);
      expect(shown).toMatchObject({
        applied: false,
        invitation: 'accepted',
        candidate: { name: '龙春燕', phone: worker.phone },
      });
      // known to the employer: on its other postings too, without an invitation there
      expect((await candidates(secondJob)).get(worker.id)).toMatchObject({
        invitation: null,
        candidate: { name: '龙春燕', phone: worker.phone },
      });

      // answered once: neither a second accept nor a decline
      for (const again of [accept(id, worker.token), decline(id, worker.token)]) {
        const r = await again;
        expect(r.status).toBe(409);
        expectError(r.body, 'INVITATION_ANSWERED');
      }
      const row = await t.db.getRepository(JobInvitationEntity).findOneByOrFail({ id });
      expect(row.status).toBe('accepted');
      expect(
        await t.db
          .getRepository(NotificationEntity)
          .countBy({ kind: 'invitation.answered', link: candidatesPage(job) }),
      ).toBe(2);
      // accepting does not apply
      expect(await t.db.getRepository(JobApplicationEntity).countBy({ jobId: job })).toBe(0);
    });

    it('declining tells the staff and keeps the worker masked', async () => {
      const { job, worker, id } = await invited('韦丽华');
      const res = await decline(id, worker.token);
      expect(res.status).toBe(200);
      expect(res.body.invitation).toMatchObject({ id, status: 'declined' });
      expect(res.body.invitation.respondedAt).not.toBeNull();
      const told = (await messages(staff.token, 'invitation.answered')).filter(
        (n) => n.link === candidatesPage(job),
      );
      expect(told).toHaveLength(1);
      expect(told[0].title).toBe('求职者婉拒了邀请');
      expect(told[0].body).toContain('韦**');
      expect((await candidates(job)).get(worker.id)).toMatchObject({
        invitation: 'declined',
        candidate: { name: '韦**', phone: null },
      });
      const late = await accept(id, worker.token);
      expect(late.status).toBe(409);
      expectError(late.body, 'INVITATION_ANSWERED');
      expect((await t.db.getRepository(JobInvitationEntity).findOneByOrFail({ id })).status).toBe(
        'declined',
      );
    });

    it('five answers at once: one is taken, the others are 409, the staff told once', async () => {
      const { job, worker, id } = await invited();
      const racing = await Promise.all([
        accept(id, worker.token),
        decline(id, worker.token),
        accept(id, worker.token),
        decline(id, worker.token),
        accept(id, worker.token),
      ]);
      expect(racing.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
      const won = racing.find((r) => r.status === 200)?.body.invitation.status;
      expect((await t.db.getRepository(JobInvitationEntity).findOneByOrFail({ id })).status).toBe(
        won,
      );
      expect(
        await t.db
          .getRepository(NotificationEntity)
          .countBy({ kind: 'invitation.answered', userId: staff.id, link: candidatesPage(job) }),
      ).toBe(1);
    });

    it('a posting no longer open cannot be accepted (409 JOB_NOT_OPEN) but may be declined', async () => {
      const { job, worker, id } = await invited();
      await t.db
        .getRepository(JobPostingEntity)
        .update({ id: job }, { status: 'closed', closedAt: new Date() });
      const res = await accept(id, worker.token);
      expect(res.status).toBe(409);
      expectError(res.body, 'JOB_NOT_OPEN');
      expect((await t.db.getRepository(JobInvitationEntity).findOneByOrFail({ id })).status).toBe(
        'pending',
      );
      expect(await messages(staff.token, 'invitation.answered')).not.toContainEqual(
        expect.objectContaining({ link: candidatesPage(job) }),
      );
      const declined = await decline(id, worker.token);
      expect(declined.status).toBe(200);
      expect(declined.body.invitation.status).toBe('declined');

      // past its last day: closed by the attempt to accept
      const expiring = await invited();
      await t.db
        .getRepository(JobPostingEntity)
        .update({ id: expiring.job }, { closesOn: chinaDate(new Date(), -1) });
      const late = await accept(expiring.id, expiring.worker.token);
      expect(late.status).toBe(409);
      expectError(late.body, 'JOB_NOT_OPEN');
    });

    it('another worker gets 404, an employer 403, anonymous 401; the invitation stays pending', async () => {
      const { id } = await invited();
      const stranger = await insertWorker(t, unique);
      for (const answer of [accept, decline]) {
        const res = await answer(id, stranger.token);
        expect(res.status).toBe(404);
        expectError(res.body, 'NOT_FOUND');
        for (const token of [staff.token, (await demoLogin(t, 'admin')).accessToken]) {
          const forbidden = await answer(id, token);
          expect(forbidden.status).toBe(403);
          expectError(forbidden.body, 'FORBIDDEN');
        }
        expect((await post(`/invitations/${id}/accept`, undefined)).status).toBe(401);
        expect((await answer(randomUUID(), stranger.token)).status).toBe(404);
        expect((await answer('not-a-uuid', stranger.token)).status).toBe(404);
      }
      expect((await t.db.getRepository(JobInvitationEntity).findOneByOrFail({ id })).status).toBe(
        'pending',
      );
      expect((await mine(stranger.token)).body.items).toEqual([]);
    });
  });

  describe("the worker's list", () => {
    it('lists pending invitations first, then the answered, newest first within each', async () => {
      const worker = await insertWorker(t, unique);
      const jobs = [
        await insertJob(t, staff),
        await insertJob(t, staff),
        await insertJob(t, other),
      ];
      const ids: string[] = [];
      for (const [i, job] of jobs.entries()) {
        const res = await invite(job, { workerId: worker.id }, i === 2 ? other.token : staff.token);
        expect(res.status).toBe(201);
        ids.push(res.body.invitation.id);
      }
      const [oldest, middle, newest] = ids;
      // a minute apart (MariaDB keeps whole seconds)
      for (const [i, id] of ids.entries()) {
        await t.db
          .getRepository(JobInvitationEntity)
          .update({ id }, { createdAt: new Date(Date.now() - (ids.length - i) * 60_000) });
      }
      expect((await decline(newest, worker.token)).status).toBe(200);
      const res = await mine(worker.token);
      expect(res.status).toBe(200);
      expect(res.body.items.map((i) => i.id)).toEqual([middle, oldest, newest]);
      expect(res.body.items.map((i) => i.status)).toEqual(['pending', 'pending', 'declined']);
      expect(res.body.items.map((i) => i.job.id)).toEqual([jobs[1], jobs[0], jobs[2]]);
      expect(res.body.items[2].job.employerName).toBe('另一家单位');
    });

    it('is for workers only', async () => {
      for (const token of [staff.token, (await demoLogin(t, 'trainer')).accessToken]) {
        const res = await mine(token);
        expect(res.status).toBe(403);
        expectError(res.body, 'FORBIDDEN');
      }
      expect((await get('/invitations/mine')).status).toBe(401);
    });
  });
});
