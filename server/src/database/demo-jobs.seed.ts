import type { EntityManager } from 'typeorm';
import type { ApplicationStatus, CertificateLevel } from '@app/shared/enums';
import { socialCreditCodeCheckChar } from '@app/shared/validators';
import { chinaDate } from '../common/china-time';
import { DEMO_ACCOUNTS, DEMO_EMPLOYER_ID } from '../modules/auth/demo-accounts';
import {
  applicationDedupeKey,
  APPLICATIONS_LINK,
  invitedDedupeKey,
  invitedMessage,
  stepNotice,
} from '../modules/jobs/job-rules';
import {
  ApplicationEventEntity,
  EmploymentRecordEntity,
  FairJobEntity,
  JobApplicationEntity,
  JobFairEntity,
  JobInvitationEntity,
  JobPostingEntity,
} from '../modules/jobs/job.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { fairDedupeKey, fairLink, fairMessage } from '../modules/fairs/fair-rules';
import { EmployerEntity } from '../modules/organisations/employer.entity';
import { UserEntity } from '../modules/users/user.entity';
import { WorkerProfileEntity } from '../modules/workers/worker-profile.entity';

const uuid = (block: string, n: number) =>
  `00000000-0000-4000-${block}-${String(n).padStart(12, '0')}`;

const WORKER = DEMO_ACCOUNTS.worker.id;
const EMPLOYER_STAFF = DEMO_ACCOUNTS.employer.id;
const ADMIN = DEMO_ACCOUNTS.admin.id;
const DAY = 86_400_000;
/** Demo postings stay open this long from the day they are (re)dated… */
const OPEN_DAYS = 60;
/** …and are dated again on a start that finds fewer days than this left, so a demo never runs dry. */
const MIN_DAYS_LEFT = 30;
const FAIR_ID = uuid('9d00', 1);
const FAIR_PLACE = '玉林市人力资源市场一楼大厅（演示地址）';

/** Invented employers (all verified, all marked 演示), with a credit code whose check char is real. */
interface DemoEmployer {
  n: number;
  name: string;
  regionCode: string;
  address: string;
  contactName: string;
  description: string;
}

const EMPLOYERS: readonly DemoEmployer[] = [
  {
    n: 1,
    name: '玉林八桂家政服务有限公司（演示）',
    regionCode: '450902',
    address: '玉林市玉州区人民中路（演示地址）',
    contactName: '覃主任',
    description: '演示用人单位：母婴护理、养老护理、家务服务，八桂家政品牌合作企业。',
  },
  {
    n: 2,
    name: '玉林市福绵区锦绣制衣厂（演示）',
    regionCode: '450903',
    address: '玉林市福绵区福绵镇服装产业园（演示地址）',
    contactName: '庞厂长',
    description: '演示用人单位：牛仔裤、休闲服加工。',
  },
  {
    n: 3,
    name: '玉林八桂米粉餐饮有限公司（演示）',
    regionCode: '450902',
    address: '玉林市玉州区江岸路（演示地址）',
    contactName: '黄店长',
    description: '演示用人单位：牛腩粉连锁门店。',
  },
  {
    n: 4,
    name: '北流市陶韵陶瓷有限公司（演示）',
    regionCode: '450981',
    address: '北流市陶瓷工业园（演示地址）',
    contactName: '陈主管',
    description: '演示用人单位：日用陶瓷、工艺陶瓷生产。',
  },
  {
    n: 5,
    name: '广州羊城家政服务有限公司（演示）',
    regionCode: '440106',
    address: '广州市天河区天河路（演示地址）',
    contactName: '李经理',
    description: '演示用人单位：羊城家政品牌企业，母婴护理、育婴服务。',
  },
  {
    n: 6,
    name: '广州从化月嫂服务中心（演示）',
    regionCode: '440117',
    address: '广州市从化区街口街（演示地址）',
    contactName: '欧阳主任',
    description: '演示用人单位：从化月嫂品牌服务机构。',
  },
  {
    n: 7,
    name: '广州粤味餐饮管理有限公司（演示）',
    regionCode: '440104',
    address: '广州市越秀区北京路（演示地址）',
    contactName: '梁师傅',
    description: '演示用人单位：粤菜酒楼，粤菜师傅工程合作企业。',
  },
];

const employerId = (n: number) => uuid('9a00', n);
/** One staff account per demo employer: the author of its postings and of its pipeline steps. */
const staffId = (n: number) => uuid('9a10', n);

/** 91 (企业, 工商登记) + region + an invented organisation code + the real MOD 31 check char. */
function demoCreditCode(regionCode: string, n: number): string {
  const first17 = `91${regionCode}MA5L0DJ${String(n).padStart(2, '0')}`;
  return first17 + socialCreditCodeCheckChar(first17);
}

interface DemoJob {
  n: number;
  /** The employer's number in EMPLOYERS, or 0 for the demo employer. */
  employer: number;
  title: string;
  brandCode: string;
  occupationCode: string;
  regionCode: string;
  address: string;
  salaryMin: number;
  salaryMax: number;
  headcount: number;
  required: { type: '职业技能等级认定'; minLevel: CertificateLevel } | null;
  acceptsTrainees: boolean;
  accommodation: boolean;
  meals: boolean;
  workingHours: string;
  description: string;
}

/** The demo employer's 缝纫工 posting whose applicants stand at every step of the pipeline. */
const PIPELINE_JOB = uuid('9b00', 1);
/** The posting the demo worker applied to (invited to an interview). */
const WORKER_JOB = uuid('9b00', 3);
/** 锦绣制衣厂's 平车工 posting, which invited the demo worker to apply (邀请投递, awaiting her answer). */
const INVITED_JOB = uuid('9b00', 5);
const WORKER_INVITATION = uuid('9c40', 1);

/**
 * Open postings for the Yulin and Guangzhou brands. Four of them (1, 2, 4, 5) fit the demo worker
 * (母婴护理员 五级 certificate, 缝纫工 class, 福绵区, at least 3500 a month) and she has not applied
 * to them, so a recommendation pass finds at least three for her; the rest give the list variety.
 */
const JOBS: readonly DemoJob[] = [
  {
    n: 1,
    employer: 0,
    title: '牛仔服装车位工',
    brandCode: 'fumian-caifeng',
    occupationCode: 'fengrengong',
    regionCode: '450903',
    address: '福绵镇服装产业园3号厂房（演示地址）',
    salaryMin: 4000,
    salaryMax: 6500,
    headcount: 8,
    required: null,
    acceptsTrainees: true,
    accommodation: true,
    meals: true,
    workingHours: '8:00–17:30，月休4天',
    description: '计件工资，熟手月入6000以上；福绵裁缝培训学员优先，可带教。',
  },
  {
    n: 2,
    employer: 0,
    title: '童装缝纫工（学徒可）',
    brandCode: 'fumian-caifeng',
    occupationCode: 'fengrengong',
    regionCode: '450903',
    address: '福绵镇服装产业园3号厂房（演示地址）',
    salaryMin: 3600,
    salaryMax: 5200,
    headcount: 5,
    required: null,
    acceptsTrainees: true,
    accommodation: true,
    meals: false,
    workingHours: '8:00–18:00，月休4天',
    description: '学徒期保底3600元，出师后计件。',
  },
  {
    n: 3,
    employer: 1,
    title: '母婴护理员（月嫂）',
    brandCode: 'bagui-jiazheng',
    occupationCode: 'muying-huliyuan',
    regionCode: '450902',
    address: '玉州区人民中路门店（演示地址）',
    salaryMin: 5000,
    salaryMax: 8000,
    headcount: 6,
    required: { type: '职业技能等级认定', minLevel: 5 },
    acceptsTrainees: false,
    accommodation: true,
    meals: true,
    workingHours: '住家，26天一单',
    description: '持母婴护理员证书上岗，公司统一派单、购买意外险。',
  },
  {
    n: 4,
    employer: 1,
    title: '育儿嫂（福绵区门店）',
    brandCode: 'bagui-jiazheng',
    occupationCode: 'muying-huliyuan',
    regionCode: '450903',
    address: '福绵区福绵镇新华街门店（演示地址）',
    salaryMin: 4500,
    salaryMax: 7000,
    headcount: 4,
    required: null,
    acceptsTrainees: true,
    accommodation: false,
    meals: true,
    workingHours: '白班 8:00–18:00，月休4天',
    description: '照看0–3岁婴幼儿，培训结业学员可上岗，公司带教。',
  },
  {
    n: 5,
    employer: 2,
    title: '休闲裤平车工',
    brandCode: 'fumian-caifeng',
    occupationCode: 'fengrengong',
    regionCode: '450903',
    address: '福绵镇服装产业园12号（演示地址）',
    salaryMin: 3800,
    salaryMax: 6000,
    headcount: 10,
    required: null,
    acceptsTrainees: true,
    accommodation: true,
    meals: true,
    workingHours: '8:00–17:30，月休4天',
    description: '流水线平车，包吃住，满一年发全勤奖。',
  },
  {
    n: 6,
    employer: 3,
    title: '牛腩粉师傅',
    brandCode: 'bagui-mifen-shifu',
    occupationCode: 'niunanfen-zhizuogong',
    regionCode: '450902',
    address: '玉州区江岸路总店（演示地址）',
    salaryMin: 4000,
    salaryMax: 6000,
    headcount: 3,
    required: null,
    acceptsTrainees: true,
    accommodation: true,
    meals: true,
    workingHours: '6:00–14:00，月休4天',
    description: '熬汤、卤牛腩、烫粉，师傅带教。',
  },
  {
    n: 7,
    employer: 4,
    title: '陶瓷施釉工',
    brandCode: 'beiliu-taoci-gongjiang',
    occupationCode: 'taoci-chengxing-shiyougong',
    regionCode: '450981',
    address: '北流市陶瓷工业园A区（演示地址）',
    salaryMin: 4200,
    salaryMax: 6500,
    headcount: 6,
    required: null,
    acceptsTrainees: true,
    accommodation: true,
    meals: true,
    workingHours: '8:00–17:00，月休4天',
    description: '日用瓷施釉，计件加底薪。',
  },
  {
    n: 8,
    employer: 5,
    title: '高级母婴护理员（天河）',
    brandCode: 'yangcheng-jiazheng',
    occupationCode: 'muying-huliyuan',
    regionCode: '440106',
    address: '天河区天河路服务中心（演示地址）',
    salaryMin: 8000,
    salaryMax: 12000,
    headcount: 5,
    required: { type: '职业技能等级认定', minLevel: 4 },
    acceptsTrainees: false,
    accommodation: true,
    meals: true,
    workingHours: '住家，26天一单',
    description: '需四级/中级工及以上母婴护理员证书，外地务工人员可提供集体宿舍。',
  },
  {
    n: 9,
    employer: 6,
    title: '育婴员',
    brandCode: 'conghua-yuesao',
    occupationCode: 'yuyingyuan',
    regionCode: '440117',
    address: '从化区街口街服务中心（演示地址）',
    salaryMin: 5500,
    salaryMax: 8500,
    headcount: 8,
    required: null,
    acceptsTrainees: true,
    accommodation: true,
    meals: true,
    workingHours: '住家或白班，月休4天',
    description: '从化月嫂品牌企业，岗前免费培训。',
  },
  {
    n: 10,
    employer: 7,
    title: '粤菜厨师（炒锅）',
    brandCode: 'yuecai-shifu',
    occupationCode: 'yuecai-chushi',
    regionCode: '440104',
    address: '越秀区北京路酒楼（演示地址）',
    salaryMin: 6000,
    salaryMax: 9000,
    headcount: 2,
    required: null,
    acceptsTrainees: false,
    accommodation: true,
    meals: true,
    workingHours: '10:00–14:00，17:00–21:00，月休4天',
    description: '粤菜师傅工程合作酒楼，有证者优先。',
  },
];

const jobId = (n: number) => uuid('9b00', n);

/** Demo classmates (demo-journeys.seed.ts) at each step of the pipeline job. */
const PIPELINE: readonly { classmate: number; status: ApplicationStatus; daysAgo: number }[] = [
  { classmate: 101, status: 'applied', daysAgo: 1 },
  { classmate: 102, status: 'viewed', daysAgo: 3 },
  { classmate: 103, status: 'interview', daysAgo: 5 },
  { classmate: 104, status: 'offered', daysAgo: 7 },
  { classmate: 105, status: 'hired', daysAgo: 12 },
  { classmate: 106, status: 'rejected', daysAgo: 6 },
  { classmate: 107, status: 'applied', daysAgo: 0 },
];

/** The steps that lead to each status, in order (a rejection here comes after the employer looked). */
const PATH: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  applied: ['applied'],
  viewed: ['applied', 'viewed'],
  interview: ['applied', 'viewed', 'interview'],
  offered: ['applied', 'viewed', 'interview', 'offered'],
  hired: ['applied', 'viewed', 'interview', 'offered', 'hired'],
  rejected: ['applied', 'viewed', 'rejected'],
  withdrawn: ['applied', 'withdrawn'],
};

const INTERVIEW_PLACE = '福绵镇服装产业园3号厂房 二楼办公室（演示地址）';

/**
 * Demo jobs (demo mode only): verified demo employers in 玉林 and 广州 with open postings, the demo
 * employer's 缝纫工 posting with applicants at every step (and a hire with its employment record),
 * the demo worker's own application with an interview invitation in her inbox, an employer's
 * invitation to apply (邀请投递) awaiting her answer, and a 专场招聘 fair.
 * Rows are made once under fixed ids; later starts only move the postings' last day (and the fair's
 * date) forward, so the demo keeps showing open jobs without ever duplicating a row.
 */
export async function seedDemoJobs(em: EntityManager, now: Date): Promise<number> {
  // the demo employer and the classmates' profiles come from the seeds that run before this one
  if (!(await em.getRepository(EmployerEntity).existsBy({ id: DEMO_EMPLOYER_ID }))) return 0;
  let created = 0;
  created += await ensureEmployers(em);
  created += await ensureJobs(em, now);
  await keepJobsOpen(em, now);
  if (!(await em.getRepository(JobApplicationEntity).existsBy({ jobId: PIPELINE_JOB }))) {
    created += await seedPipeline(em, now);
  }
  if (!(await em.getRepository(JobApplicationEntity).existsBy({ jobId: WORKER_JOB }))) {
    created += await seedWorkerApplication(em, now);
  }
  if (
    !(await em
      .getRepository(JobInvitationEntity)
      .existsBy({ jobId: INVITED_JOB, workerId: WORKER }))
  ) {
    created += await seedWorkerInvitation(em, now);
  }
  created += await ensureFair(em, now);
  return created;
}

async function ensureEmployers(em: EntityManager): Promise<number> {
  const repo = em.getRepository(EmployerEntity);
  let created = 0;
  for (const e of EMPLOYERS) {
    const id = employerId(e.n);
    if (await repo.existsBy({ id })) continue;
    await repo.insert({
      id,
      name: e.name,
      creditCode: demoCreditCode(e.regionCode, e.n),
      regionCode: e.regionCode,
      address: e.address,
      contactName: e.contactName,
      contactPhone: `138000001${String(e.n).padStart(2, '0')}`,
      description: e.description,
      status: 'verified',
      rejectReason: null,
      reviewedBy: ADMIN,
      reviewedAt: new Date('2026-11-01T00:00:00Z'),
      createdBy: staffId(e.n),
      isDemo: true,
      blacklistedAt: null,
      blacklistReason: null,
    });
    created += 1;
  }
  const users = em.getRepository(UserEntity);
  for (const e of EMPLOYERS) {
    if (await users.existsBy({ id: staffId(e.n) })) continue;
    await users.insert({
      id: staffId(e.n),
      displayName: e.contactName,
      phone: null,
      wechatOpenId: null,
      wechatUnionId: null,
      roles: ['employer'],
      status: 'active',
      regionCode: null,
      employerId: employerId(e.n),
      providerId: null,
      providerRole: null,
      deletedAt: null,
      isDemo: true,
    });
  }
  return created;
}

async function ensureJobs(em: EntityManager, now: Date): Promise<number> {
  const repo = em.getRepository(JobPostingEntity);
  let created = 0;
  for (const j of JOBS) {
    const id = jobId(j.n);
    if (await repo.existsBy({ id })) continue;
    await repo.insert({
      id,
      employerId: j.employer ? employerId(j.employer) : DEMO_EMPLOYER_ID,
      title: j.title,
      brandCode: j.brandCode,
      occupationCode: j.occupationCode,
      regionCode: j.regionCode,
      address: j.address,
      salaryMin: j.salaryMin,
      salaryMax: j.salaryMax,
      headcount: j.headcount,
      hires: 0,
      requiredCertificateType: j.required?.type ?? null,
      requiredCertificateLevel: j.required?.minLevel ?? null,
      acceptsTrainees: j.acceptsTrainees,
      accommodation: j.accommodation,
      meals: j.meals,
      workingHours: j.workingHours,
      description: j.description,
      status: 'open',
      closesOn: chinaDate(now, OPEN_DAYS),
      // a day apart, so the newest-first list has a stable, readable order
      openedAt: new Date(now.getTime() - j.n * DAY),
      closedAt: null,
      isDemo: true,
      createdBy: j.employer ? staffId(j.employer) : EMPLOYER_STAFF,
    });
    created += 1;
  }
  return created;
}

/**
 * Dates the demo postings forward when their last day draws near, and reopens one that closed only
 * because that day passed (its closing moment is after the old last day and hires are left); a
 * posting a demo user closed before its last day, or one filled by hires, stays closed.
 */
async function keepJobsOpen(em: EntityManager, now: Date): Promise<void> {
  const repo = em.getRepository(JobPostingEntity);
  const soon = chinaDate(now, MIN_DAYS_LEFT);
  for (const j of JOBS) {
    const row = await repo.findOneBy({ id: jobId(j.n) });
    if (!row || row.closesOn >= soon) continue;
    const closedByDate =
      row.status === 'closed' &&
      row.closedAt !== null &&
      chinaDate(row.closedAt) > row.closesOn &&
      row.hires < row.headcount;
    await repo.update(
      { id: row.id },
      closedByDate
        ? { closesOn: chinaDate(now, OPEN_DAYS), status: 'open', closedAt: null }
        : { closesOn: chinaDate(now, OPEN_DAYS) },
    );
  }
}

/** Classmates' applications to the pipeline job, each with its timeline; the hire with its record. */
async function seedPipeline(em: EntityManager, now: Date): Promise<number> {
  const at = (daysAgo: number, hour: number) =>
    new Date(`${chinaDate(now, -daysAgo)}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  for (const [i, a] of PIPELINE.entries()) {
    const workerId = uuid('8000', a.classmate);
    if (!(await em.getRepository(WorkerProfileEntity).existsBy({ userId: workerId }))) continue;
    const id = uuid('9c00', 100 + i);
    const interviewAt = a.status === 'interview' ? at(-2, 10) : null;
    await em.getRepository(JobApplicationEntity).insert({
      id,
      jobId: PIPELINE_JOB,
      workerId,
      employerId: DEMO_EMPLOYER_ID,
      status: a.status,
      interviewAt,
      interviewPlace: interviewAt ? INTERVIEW_PLACE : null,
      note: a.status === 'rejected' ? '本批次名额已满' : null,
      createdAt: at(a.daysAgo, 9),
    });
    // one step a day from the day of applying, at 09:00 for the application and 15:00 after
    for (const [k, status] of PATH[a.status].entries()) {
      await em.getRepository(ApplicationEventEntity).insert({
        id: uuid('9c10', (100 + i) * 10 + k),
        applicationId: id,
        status,
        at: at(Math.max(a.daysAgo - k, 0), k === 0 ? 9 : 15),
        actorId: k === 0 ? workerId : EMPLOYER_STAFF,
        note:
          status === 'interview'
            ? `${chinaDate(now, 2)} 10:00，${INTERVIEW_PLACE}`
            : status === 'rejected'
              ? '本批次名额已满'
              : null,
      });
    }
    if (a.status === 'hired') {
      await em.getRepository(EmploymentRecordEntity).insert({
        id: uuid('9c20', 100 + i),
        applicationId: id,
        workerId,
        jobId: PIPELINE_JOB,
        employerId: DEMO_EMPLOYER_ID,
        brandCode: 'fumian-caifeng',
        occupationCode: 'fengrengong',
        startDate: chinaDate(now, -7),
        contract: 'electronic',
        socialInsurance: true,
        householdRegionCode: '450903',
        jobRegionCode: '450903',
        crossRegion: false,
        createdBy: EMPLOYER_STAFF,
      });
      await em.getRepository(JobPostingEntity).increment({ id: PIPELINE_JOB }, 'hires', 1);
    }
  }
  return 1;
}

/** The demo worker applied to the 月嫂 posting; the employer looked and invited her to an interview. */
async function seedWorkerApplication(em: EntityManager, now: Date): Promise<number> {
  if (!(await em.getRepository(WorkerProfileEntity).existsBy({ userId: WORKER }))) return 0;
  const id = uuid('9c00', 1);
  const interviewAt = new Date(`${chinaDate(now, 3)}T10:00:00+08:00`);
  const place = '玉州区人民中路门店 3楼（演示地址）';
  const facts = {
    employer: EMPLOYERS[0].name,
    jobTitle: JOBS.find((j) => j.n === 3)?.title ?? '',
  };
  const viewed = stepNotice('view', { ...facts, note: null });
  const invited = stepNotice('interview', {
    ...facts,
    note: '请带身份证和母婴护理员证书',
    interview: { at: interviewAt, place },
  });
  const day = (d: number, hour: number) =>
    new Date(`${chinaDate(now, d)}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  await em.getRepository(JobApplicationEntity).insert({
    id,
    jobId: WORKER_JOB,
    workerId: WORKER,
    employerId: employerId(1),
    status: 'interview',
    interviewAt,
    interviewPlace: place,
    note: '请带身份证和母婴护理员证书',
    createdAt: day(-3, 9),
  });
  const steps: readonly [ApplicationStatus, number, string, string | null][] = [
    ['applied', -3, WORKER, null],
    ['viewed', -2, staffId(1), null],
    ['interview', -1, staffId(1), invited.note],
  ];
  for (const [k, [status, d, actorId, note]] of steps.entries()) {
    await em.getRepository(ApplicationEventEntity).insert({
      id: uuid('9c10', 10 + k),
      applicationId: id,
      status,
      at: day(d, k === 0 ? 9 : 15),
      actorId,
      note,
    });
  }
  // the same notices and keys the pipeline writes (job-rules stepNotice), so a real step never repeats them
  const messages = [
    { n: 1, kind: 'application.viewed' as const, notice: viewed },
    { n: 2, kind: 'application.interview' as const, notice: invited },
  ];
  for (const m of messages) {
    await em.getRepository(NotificationEntity).insert({
      id: uuid('9c30', m.n),
      userId: WORKER,
      kind: m.kind,
      dedupeKey: applicationDedupeKey(id, m.notice.dedupe),
      title: m.notice.title,
      body: m.notice.body,
      link: APPLICATIONS_LINK,
      status: 'pending',
      readAt: null,
    });
  }
  return 1;
}

/**
 * 锦绣制衣厂 invited the demo worker (a 缝纫工 trainee in 福绵区) to apply to its 平车工 posting; the
 * invitation waits for her answer in 我的投递, and the job.invited message is in her inbox. Not when
 * she has applied to that posting meanwhile: an invitation is for a job not applied to.
 */
async function seedWorkerInvitation(em: EntityManager, now: Date): Promise<number> {
  if (!(await em.getRepository(WorkerProfileEntity).existsBy({ userId: WORKER }))) return 0;
  const applied = await em
    .getRepository(JobApplicationEntity)
    .existsBy({ jobId: INVITED_JOB, workerId: WORKER });
  const job = JOBS.find((j) => j.n === 5);
  if (applied || !job) return 0;
  const message = '看到你在学缝纫工，欢迎来厂里试工（演示）';
  await em.getRepository(JobInvitationEntity).insert({
    id: WORKER_INVITATION,
    jobId: INVITED_JOB,
    workerId: WORKER,
    employerId: employerId(job.employer),
    status: 'pending',
    message,
    createdBy: staffId(job.employer),
    createdAt: new Date(`${chinaDate(now, -1)}T14:00:00+08:00`),
    respondedAt: null,
  });
  // the key the invitations service writes, so a real invitation never repeats it
  await em.getRepository(NotificationEntity).insert({
    id: uuid('9c30', 3),
    userId: WORKER,
    kind: 'job.invited',
    dedupeKey: invitedDedupeKey(WORKER_INVITATION),
    ...invitedMessage(EMPLOYERS[job.employer - 1].name, job, message),
    link: APPLICATIONS_LINK,
    status: 'pending',
    readAt: null,
  });
  return 1;
}

/**
 * A 专场招聘 for 福绵裁缝 and 八桂家政 two weeks ahead, with the matching postings attached and the demo
 * worker told; moved forward again once its day has passed.
 */
async function ensureFair(em: EntityManager, now: Date): Promise<number> {
  const repo = em.getRepository(JobFairEntity);
  const existing = await repo.findOneBy({ id: FAIR_ID });
  if (existing) {
    if (existing.date < chinaDate(now)) {
      await repo.update({ id: FAIR_ID }, { date: chinaDate(now, 14) });
    }
    return 0;
  }
  const date = chinaDate(now, 14);
  await repo.insert({
    id: FAIR_ID,
    title: '福绵裁缝·八桂家政专场招聘会（演示）',
    regionCode: '450900',
    date,
    place: FAIR_PLACE,
    brandCodes: ['fumian-caifeng', 'bagui-jiazheng'],
    createdBy: ADMIN,
  });
  for (const n of [1, 2, 3, 4, 5]) {
    await em.getRepository(FairJobEntity).insert({ fairId: FAIR_ID, jobId: jobId(n) });
  }
  const fair = { title: '福绵裁缝·八桂家政专场招聘会（演示）', date, place: FAIR_PLACE };
  await em.getRepository(NotificationEntity).insert({
    id: uuid('9c30', 10),
    userId: WORKER,
    kind: 'fair.announced',
    dedupeKey: fairDedupeKey(FAIR_ID, WORKER),
    ...fairMessage(fair),
    link: fairLink(FAIR_ID),
    status: 'pending',
    readAt: null,
  });
  return 1;
}
