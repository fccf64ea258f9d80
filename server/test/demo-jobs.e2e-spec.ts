import { In, Like } from 'typeorm';
import type {
  ApplicationListResponse,
  JobFairListResponse,
  JobInvitationListResponse,
  JobPage,
  NotificationListResponse,
} from '@app/shared/api';
import { chinaDate } from '../src/common/china-time';
import { prepareDatabase } from '../src/database/migrate';
import { DEMO_ACCOUNTS, DEMO_EMPLOYER_ID } from '../src/modules/auth/demo-accounts';
import { CertificationEntity } from '../src/modules/certification/certification.entity';
import { EnrolmentEntity } from '../src/modules/enrolment/enrolment.entity';
import { meetsRequirement } from '../src/modules/jobs/job-rules';
import {
  ApplicationEventEntity,
  EmploymentRecordEntity,
  JobApplicationEntity,
  JobInvitationEntity,
  JobPostingEntity,
} from '../src/modules/jobs/job.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { EmployerEntity } from '../src/modules/organisations/employer.entity';
import { TrainingSessionEntity } from '../src/modules/training/training-session.entity';
import { WorkerProfileEntity } from '../src/modules/workers/worker-profile.entity';
import { isValidSocialCreditCode } from '@app/shared/validators';
import { demoLogin } from './helpers/accounts';
import { call, startTestApp, testConfig, type TestApp } from './helpers/test-app';

const PIPELINE_JOB = '00000000-0000-4000-9b00-000000000001';
const DEMO_JOB_IDS = /^00000000-0000-4000-9b00-/;
const WORKER = DEMO_ACCOUNTS.worker.id;

/** What `npm start` in demo mode shows on the jobs screens (the test database is prepared with DEMO on). */
describe('demo data: employers, open jobs, a pipeline and the demo worker’s matches', () => {
  let t: TestApp;
  let employer: string;
  let worker: string;
  const get = <T>(path: string, token?: string) =>
    call<T>(t.baseUrl, 'GET', `/api/v1${path}`, { token });

  beforeAll(async () => {
    t = await startTestApp();
    employer = (await demoLogin(t, 'employer')).accessToken;
    worker = (await demoLogin(t, 'worker')).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  it('the demo employer’s 缝纫工 job lists applicants at every step, with timelines and a hire', async () => {
    const res = await get<ApplicationListResponse>(
      `/employer/jobs/${PIPELINE_JOB}/applications`,
      employer,
    );
    expect(res.status).toBe(200);
    const byStatus = new Map(res.body.items.map((a) => [a.status, a]));
    for (const status of ['applied', 'viewed', 'interview', 'offered', 'hired', 'rejected']) {
      expect(byStatus.get(status as never)).toBeDefined();
    }
    expect(res.body.items.every((a) => a.job.employerId === DEMO_EMPLOYER_ID)).toBe(true);
    expect(res.body.items.every((a) => a.candidate.name.length >= 2)).toBe(true);
    const interview = byStatus.get('interview');
    expect(interview?.interviewAt).not.toBeNull();
    expect(interview?.interviewPlace).toContain('福绵');
    expect(byStatus.get('hired')?.timeline.map((e) => e.status)).toEqual([
      'applied',
      'viewed',
      'interview',
      'offered',
      'hired',
    ]);
    expect(byStatus.get('rejected')?.timeline.map((e) => e.status)).toEqual([
      'applied',
      'viewed',
      'rejected',
    ]);
    for (const a of res.body.items) {
      const times = a.timeline.map((e) => e.at);
      expect([...times].sort()).toEqual(times);
    }
    const hired = byStatus.get('hired');
    const record = await t.db
      .getRepository(EmploymentRecordEntity)
      .findOneBy({ applicationId: hired?.id });
    expect(record).toMatchObject({ jobId: PIPELINE_JOB, crossRegion: false });
    expect(hired?.job.hires).toBe(1);
  });

  it('at least six demo jobs are open in the public list, from verified demo employers in 玉林 and 广州', async () => {
    const res = await get<JobPage>('/jobs?pageSize=100');
    expect(res.status).toBe(200);
    const demo = res.body.items.filter((j) => DEMO_JOB_IDS.test(j.id));
    expect(demo.length).toBeGreaterThanOrEqual(6);
    expect(demo.every((j) => j.status === 'open' && j.closesOn > chinaDate(new Date(), 14))).toBe(
      true,
    );
    expect(demo.some((j) => j.regionCode.startsWith('4509'))).toBe(true);
    expect(demo.some((j) => j.regionCode.startsWith('4401'))).toBe(true);
    const employers = await t.db
      .getRepository(EmployerEntity)
      .findBy({ id: In([...new Set(demo.map((j) => j.employerId))]) });
    expect(employers.length).toBeGreaterThanOrEqual(4);
    for (const e of employers) {
      expect(e).toMatchObject({ status: 'verified', isDemo: true, blacklistedAt: null });
      expect(e.name.endsWith('（演示）')).toBe(true);
      expect(isValidSocialCreditCode(e.creditCode)).toBe(true);
    }
  });

  it('at least three open jobs fit the demo worker: her occupations, her certificate, her pay, near home, not yet applied', async () => {
    const profile = await t.db
      .getRepository(WorkerProfileEntity)
      .findOneByOrFail({ userId: WORKER });
    const certificates = await t.db
      .getRepository(CertificationEntity)
      .findBy({ workerId: WORKER, status: In(['passed', 'issued']) });
    const enrolments = await t.db
      .getRepository(EnrolmentEntity)
      .findBy({ workerId: WORKER, status: In(['enrolled', 'completed']) });
    const sessions = await t.db
      .getRepository(TrainingSessionEntity)
      .findBy({ id: In(enrolments.map((e) => e.sessionId)) });
    const occupations = new Set([
      ...certificates.map((c) => c.occupationCode),
      ...sessions.map((s) => s.occupationCode),
    ]);
    expect([...occupations].sort()).toEqual(['fengrengong', 'muying-huliyuan']);
    const applied = new Set(
      (await get<ApplicationListResponse>('/applications/mine', worker)).body.items.map(
        (a) => a.jobId,
      ),
    );

    const open = (await get<JobPage>('/jobs?pageSize=100')).body.items;
    const fits = open.filter(
      (j) =>
        occupations.has(j.occupationCode) &&
        j.regionCode.startsWith('4509') &&
        j.salaryMax >= (profile.minMonthlySalary ?? 0) &&
        !applied.has(j.id) &&
        meetsRequirement(
          {
            certificates: certificates.map((c) => ({
              occupationCode: c.occupationCode,
              type: c.certificateType,
              level: c.level,
            })),
            training: [],
          },
          j,
        ),
    );
    expect(fits.length).toBeGreaterThanOrEqual(3);
    // and one that asks for more than her 五级 certificate does not count
    expect(
      open.some(
        (j) => j.occupationCode === 'muying-huliyuan' && j.requiredCertificate?.minLevel === 4,
      ),
    ).toBe(true);
  });

  it('the demo worker has an interview invitation and a fair in her inbox', async () => {
    const mine = await get<ApplicationListResponse>('/applications/mine', worker);
    const interview = mine.body.items.find((a) => a.status === 'interview');
    expect(interview?.timeline.map((e) => e.status)).toEqual(['applied', 'viewed', 'interview']);
    expect(interview?.interviewPlace).toBeTruthy();
    const inbox = await get<NotificationListResponse>('/notifications/mine', worker);
    const kinds = inbox.body.items.map((n) => n.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['application.viewed', 'application.interview', 'fair.announced']),
    );
  });

  it('the demo worker has a demo employer’s invitation to apply, pending, to an open job she has not applied to', async () => {
    const res = await get<JobInvitationListResponse>('/invitations/mine', worker);
    expect(res.status).toBe(200);
    const demo = res.body.items.filter(
      (i) => i.id.startsWith('00000000-0000-4000-9c40-') && DEMO_JOB_IDS.test(i.jobId),
    );
    expect(demo).toHaveLength(1);
    const [invitation] = demo;
    expect(invitation).toMatchObject({ workerId: WORKER, status: 'pending', respondedAt: null });
    expect(invitation.message).toBeTruthy();
    expect(invitation.job.status).toBe('open');
    expect(invitation.job.employerName.endsWith('（演示）')).toBe(true);
    expect(invitation.job.employerId).not.toBe(DEMO_EMPLOYER_ID);
    const applied = (await get<ApplicationListResponse>('/applications/mine', worker)).body.items;
    expect(applied.map((a) => a.jobId)).not.toContain(invitation.jobId);
    const inbox = await get<NotificationListResponse>('/notifications/mine', worker);
    const told = inbox.body.items.filter((n) => n.kind === 'job.invited');
    expect(told.some((n) => n.body.includes(`“${invitation.job.title}”`))).toBe(true);
  });

  it('the demo fair is upcoming and shows its open jobs', async () => {
    const res = await get<JobFairListResponse>('/fairs');
    expect(res.status).toBe(200);
    const fair = res.body.items.find((f) => f.title.endsWith('（演示）'));
    expect((fair?.date ?? '') >= chinaDate(new Date())).toBe(true);
    expect(fair?.jobs.length).toBeGreaterThanOrEqual(3);
    expect(fair?.brandNames).toEqual(expect.arrayContaining(['福绵裁缝', '八桂家政']));
  });

  it('seeding again adds and changes nothing', async () => {
    const snapshot = async () => {
      const jobs = await t.db
        .getRepository(JobPostingEntity)
        .find({ where: { isDemo: true }, order: { id: 'ASC' } });
      const applications = await t.db
        .getRepository(JobApplicationEntity)
        .find({ where: { jobId: In(jobs.map((j) => j.id)) }, order: { id: 'ASC' } });
      return {
        jobs,
        applications,
        events: await t.db.getRepository(ApplicationEventEntity).find({
          where: { applicationId: In(applications.map((a) => a.id)) },
          order: { id: 'ASC' },
        }),
        records: await t.db
          .getRepository(EmploymentRecordEntity)
          .find({ where: { jobId: In(jobs.map((j) => j.id)) }, order: { id: 'ASC' } }),
        invitations: await t.db
          .getRepository(JobInvitationEntity)
          .find({ where: { jobId: In(jobs.map((j) => j.id)) }, order: { id: 'ASC' } }),
        // the seed's own messages (another file's test may tell the demo worker something meanwhile)
        inbox: await t.db
          .getRepository(NotificationEntity)
          .find({ where: { id: Like('00000000-0000-4000-9c30-%') }, order: { id: 'ASC' } }),
      };
    };
    const before = await snapshot();
    const again = await prepareDatabase(testConfig());
    expect(again.demoJobs).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
