import { fireEvent, screen, within } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type {
  ApplicationStepRequest,
  ApplicationView,
  HireRequest,
  JobInput,
  JobView,
} from '@app/shared/api';
import type { ApplicationStatus } from '@app/shared/enums';
import {
  nextActions,
  validateHire,
  validateInterview,
} from '../../src/packages/employer/applicant-steps';
import {
  addDays,
  emptyJobForm,
  jobFormFrom,
  validateJobForm,
  type JobForm,
} from '../../src/packages/employer/job-form';
import ApplicantsPage from '../../src/packages/employer/pages/applicants/index';
import JobEditPage from '../../src/packages/employer/pages/job-edit/index';
import EmployerJobsPage from '../../src/packages/employer/pages/jobs/index';
import { saveLogin } from '../../src/services/auth-store';
import { chinaToday } from '../../src/utils/catalogue';
import {
  BRAND_FUMIAN,
  OCCUPATION,
  page,
  pathOf,
  sentCalls,
  sentWith,
  serve,
  SPECIAL_OCCUPATION,
} from './catalogue-fixtures';
import { EMPLOYER_VIEW, fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { application, JOB } from './job-fixtures';
import { choose, click, field, flip, messageUnder, renderSettled, type } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;
const EMPLOYER_USER = { ...WORKER, roles: ['employer' as const], employerId: 'e1' };
const TODAY = '2026-11-25';

const bodiesOf = (method: string, path: string) =>
  sentWith(method)
    .filter((o) => pathOf(o) === path)
    .map((o) => o.data);

describe('job form rules (pure)', () => {
  const filled: JobForm = { ...jobFormFrom(JOB), closesOn: '2026-12-31' };
  const check = (change: Partial<JobForm>, context = {}) =>
    validateJobForm({ ...filled, ...change }, { today: TODAY, ...context });

  it('builds the request from a complete form', () => {
    const { errors, input } = check({ title: '  车位工 ', brandCode: '' });
    expect(errors).toEqual({});
    expect(input).toEqual<JobInput>({
      ...JOB_INPUT,
      title: '车位工',
      brandCode: null,
      closesOn: '2026-12-31',
    });
  });

  it('asks for everything required on an empty form', () => {
    const { errors, input } = validateJobForm(emptyJobForm(), { today: TODAY });
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(
      [
        'title',
        'occupationCode',
        'regionCode',
        'address',
        'salaryMin',
        'salaryMax',
        'headcount',
        'workingHours',
        'closesOn',
      ].sort(),
    );
  });

  it('keeps the server limits on title, salary and headcount', () => {
    expect(check({ title: '工' }).errors.title).toBe('岗位名称应为2到64个字');
    expect(check({ title: '工'.repeat(65) }).errors.title).toBe('岗位名称应为2到64个字');
    expect(check({ salaryMin: '499' }).errors.salaryMin).toMatch(/500到100000/);
    expect(check({ salaryMax: '100001' }).errors.salaryMax).toMatch(/500到100000/);
    expect(check({ salaryMin: '4500.5' }).errors.salaryMin).toMatch(/整数/);
    expect(check({ salaryMin: '6000', salaryMax: '5000' }).errors.salaryMax).toBe(
      '最高月薪不能低于最低月薪',
    );
    expect(check({ salaryMin: '5000', salaryMax: '5000' }).input).not.toBeNull();
    expect(check({ headcount: '0' }).errors.headcount).toBe('招聘人数应为1到1000之间的整数');
    expect(check({ headcount: '1001' }).errors.headcount).toBe('招聘人数应为1到1000之间的整数');
    expect(check({ headcount: '1' }, { hires: 2 }).errors.headcount).toBe(
      '已录用2人，招聘人数不能更少',
    );
  });

  it('sends a level only for 职业技能等级认定, and none for no requirement', () => {
    expect(
      check({ certificateType: '', certificateLevel: '4' }).input?.requiredCertificate,
    ).toBeNull();
    expect(
      check({ certificateType: '专项职业能力考核', certificateLevel: '4' }).input
        ?.requiredCertificate,
    ).toEqual({ type: '专项职业能力考核', minLevel: null });
    expect(
      check({ certificateType: '职业技能等级认定', certificateLevel: '4' }).input
        ?.requiredCertificate,
    ).toEqual({ type: '职业技能等级认定', minLevel: 4 });
    expect(
      check({ certificateType: '职业技能等级认定', certificateLevel: '' }).input
        ?.requiredCertificate,
    ).toEqual({ type: '职业技能等级认定', minLevel: null });
  });

  it('takes a last day from today to a year ahead; a stored past one may stay', () => {
    expect(check({ closesOn: '2026-11-24' }).errors.closesOn).toBe('截止日期不能早于今天');
    expect(check({ closesOn: TODAY }).input).not.toBeNull();
    expect(check({ closesOn: addDays(TODAY, 366) }).input).not.toBeNull();
    expect(check({ closesOn: addDays(TODAY, 367) }).errors.closesOn).toBe('截止日期不能超过一年');
    expect(
      check({ closesOn: '2026-11-01' }, { storedClosesOn: '2026-11-01' }).input,
    ).not.toBeNull();
  });
});

const JOB_INPUT: JobInput = {
  title: JOB.title,
  brandCode: JOB.brandCode,
  occupationCode: JOB.occupationCode,
  regionCode: JOB.regionCode,
  address: JOB.address,
  salaryMin: JOB.salaryMin,
  salaryMax: JOB.salaryMax,
  headcount: JOB.headcount,
  requiredCertificate: JOB.requiredCertificate,
  acceptsTrainees: JOB.acceptsTrainees,
  accommodation: JOB.accommodation,
  meals: JOB.meals,
  workingHours: JOB.workingHours,
  description: JOB.description,
  closesOn: JOB.closesOn,
};

describe('applicant steps (pure)', () => {
  it('offers only the steps the server allows from each status', () => {
    const table: Record<ApplicationStatus, string[]> = {
      applied: ['view', 'interview', 'reject'],
      viewed: ['interview', 'offer', 'reject'],
      interview: ['interview', 'offer', 'reject'],
      offered: ['hire', 'reject'],
      hired: [],
      rejected: [],
      withdrawn: [],
    };
    for (const [status, actions] of Object.entries(table)) {
      expect(nextActions(status as ApplicationStatus)).toEqual(actions);
    }
  });

  it('checks an interview and a hire before sending', () => {
    expect(
      validateInterview({ date: '', time: '09:00', place: '人', note: '' }, TODAY).errors,
    ).toEqual({
      date: '请选择面试日期',
      place: '面试地点应为2到100个字',
    });
    expect(
      validateInterview({ date: '2026-12-01', time: '09:30', place: ' 人事部 ', note: '' }, TODAY)
        .input,
    ).toEqual({
      action: 'interview',
      interviewAt: '2026-12-01T09:30:00+08:00',
      interviewPlace: '人事部',
    });
    expect(validateHire({ startDate: '', contract: '', socialInsurance: true }).errors).toEqual({
      startDate: '请选择入职日期',
      contract: '请选择劳动合同签订情况',
    });
  });
});

describe('发布岗位 / 修改岗位', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    (Taro.getCurrentPages as jest.Mock).mockReturnValue([{}, {}]);
  });

  function serveForm(
    job: JobView | null,
    openAnswer = () => ok({ job: { ...JOB, status: 'open' } }),
  ) {
    serve((method, path) => {
      if (path === '/brands?pageSize=50') return page([BRAND_FUMIAN]);
      if (path === '/occupations') return ok({ items: [OCCUPATION, SPECIAL_OCCUPATION] });
      if (path === '/occupations?brandCode=fumian-tailor') return ok({ items: [OCCUPATION] });
      if (job && method === 'GET' && path === `/jobs/${job.id}`) return ok({ job });
      if (method === 'POST' && path === '/employer/jobs')
        return ok({ job: { ...JOB, id: 'j9', status: 'draft' } });
      if (method === 'PUT' && path.startsWith('/employer/jobs/')) return ok({ job: job ?? JOB });
      if (method === 'POST' && path.endsWith('/open')) return openAnswer();
      return undefined;
    });
  }

  async function fillNewJob() {
    type('岗位名称', '车位工');
    choose('职业', '服装熨烫');
    fireEvent.click(screen.getByText('请选择省、市、县（区）'));
    type('详细地址', '福绵镇服装产业园8号');
    type('最低月薪（元）', '4500');
    type('最高月薪（元）', '6000');
    type('工作时间', '8:00–17:30');
    type('招聘人数', '5');
    choose('证书要求', '专项职业能力考核');
    flip('包住');
    const date = field('截止日期').querySelector('input[data-mode="date"]') as HTMLInputElement;
    fireEvent.change(date, { target: { value: addDays(chinaToday(), 30) } });
  }

  it('shows what needs fixing and sends nothing', async () => {
    serveForm(null);
    await renderSettled(<JobEditPage />);
    await click('保存草稿');
    expect(messageUnder('岗位名称')).toBe('请填写岗位名称');
    expect(screen.getByText(/处需要修改/)).toBeTruthy();
    expect(sentWith('POST')).toEqual([]);
  });

  it('saves a new job as a draft', async () => {
    serveForm(null);
    await renderSettled(<JobEditPage />);
    await fillNewJob();
    await click('保存草稿');
    const [body] = bodiesOf('POST', '/employer/jobs') as JobInput[];
    expect(body).toMatchObject({
      title: '车位工',
      brandCode: null,
      occupationCode: 'garment-ironing',
      salaryMin: 4500,
      salaryMax: 6000,
      headcount: 5,
      accommodation: true,
      meals: false,
      requiredCertificate: { type: '专项职业能力考核', minLevel: null },
    });
    expect(body.regionCode).toMatch(/^4509\d\d$/);
    expect(sentCalls().some((c) => c.endsWith('/open'))).toBe(false);
    expect(Taro.navigateBack).toHaveBeenCalled();
  });

  it('saves and publishes a new job', async () => {
    serveForm(null);
    await renderSettled(<JobEditPage />);
    await fillNewJob();
    await click('保存并发布');
    expect(sentCalls().filter((c) => c.startsWith('POST'))).toEqual([
      'POST /employer/jobs',
      'POST /employer/jobs/j9/open',
    ]);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '岗位已发布' }));
  });

  it('says the draft was kept when publishing is refused, and changes that draft on the next tap', async () => {
    serveForm(null, () => fail(403, 'EMPLOYER_NOT_VERIFIED', '单位审核通过后才能发布岗位'));
    await renderSettled(<JobEditPage />);
    await fillNewJob();
    await click('保存并发布');
    expect(screen.getByText('已保存为草稿，但没有发布：单位审核通过后才能发布岗位')).toBeTruthy();
    await click('保存并发布');
    expect(
      sentCalls().filter((c) => c.startsWith('POST /employer/jobs') || c.startsWith('PUT')),
    ).toEqual([
      'POST /employer/jobs',
      'POST /employer/jobs/j9/open',
      'PUT /employer/jobs/j9',
      'POST /employer/jobs/j9/open',
    ]);
  });

  it('edits an open job with 保存修改 only', async () => {
    mockRouter.mockReturnValue({ params: { id: 'j1' } });
    const closesOn = addDays(chinaToday(), 30);
    serveForm({ ...JOB, closesOn });
    await renderSettled(<JobEditPage />);
    expect(screen.queryByText('保存并发布')).toBeNull();
    type('最高月薪（元）', '6500');
    await click('保存修改');
    expect(bodiesOf('PUT', '/employer/jobs/j1')).toEqual([
      { ...JOB_INPUT, salaryMax: 6500, closesOn },
    ]);
  });

  it('shows the server’s message under its field', async () => {
    mockRouter.mockReturnValue({ params: { id: 'j1' } });
    serve((method, path) => {
      if (path === '/brands?pageSize=50') return page([BRAND_FUMIAN]);
      if (path === '/occupations?brandCode=fumian-tailor') return ok({ items: [OCCUPATION] });
      if (method === 'GET' && path === '/jobs/j1') {
        return ok({ job: { ...JOB, status: 'draft', closesOn: addDays(chinaToday(), 30) } });
      }
      return fail(400, 'VALIDATION_FAILED', '填写有误', [
        { field: 'requiredCertificate.minLevel', messages: ['专项职业能力证书不分等级'] },
      ]);
    });
    await renderSettled(<JobEditPage />);
    await click('保存修改');
    expect(messageUnder('最低等级')).toBe('专项职业能力证书不分等级');
  });
});

describe('岗位管理', () => {
  let jobs: JobView[];
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    jobs = [
      { ...JOB, id: 'd1', title: '草稿岗位', status: 'draft', hires: 0 },
      JOB,
      { ...JOB, id: 'c1', title: '已结束岗位', status: 'closed' },
    ];
    serve((method, path) => {
      if (path === '/employers/mine')
        return ok({ employer: { ...EMPLOYER_VIEW, status: 'verified' } });
      if (path === '/employer/jobs?page=1&pageSize=20') return page(jobs);
      if (method === 'POST' && path === '/employer/jobs/d1/open') {
        return ok({ job: { ...jobs[0], status: 'open' } });
      }
      if (method === 'POST' && path === '/employer/jobs/j1/close') {
        return ok({ job: { ...JOB, status: 'closed' } });
      }
      return undefined;
    });
  });

  const card = (title: string) => screen.getByText(title).closest('.job-card') as HTMLElement;
  const buttons = (title: string) =>
    Array.from(card(title).querySelectorAll('button')).map((b) => b.textContent);

  it('lists every job with its status, hires and the actions its status allows', async () => {
    await renderSettled(<EmployerJobsPage />);
    expect(within(card('草稿岗位')).getByText('草稿')).toBeTruthy();
    expect(card('牛仔服装车位工').textContent).toContain('招聘 10 人，已录用 2 人');
    expect(buttons('草稿岗位')).toEqual(['编辑', '发布']);
    expect(buttons('牛仔服装车位工')).toEqual(['编辑', '结束招聘', '推荐人选', '查看投递']);
    expect(buttons('已结束岗位')).toEqual(['查看投递']);
    await click('发布岗位');
    await click('查看投递', card('已结束岗位'));
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/employer/pages/job-edit/index',
      '/packages/employer/pages/applicants/index?jobId=c1',
    ]);
  });

  it('publishes a draft', async () => {
    await renderSettled(<EmployerJobsPage />);
    await click('发布', card('草稿岗位'));
    expect(sentCalls()).toContain('POST /employer/jobs/d1/open');
    expect(within(card('草稿岗位')).getByText('招聘中')).toBeTruthy();
  });

  it('ends an open job only after a confirmation', async () => {
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await renderSettled(<EmployerJobsPage />);
    await click('结束招聘', card('牛仔服装车位工'));
    expect(sentCalls()).not.toContain('POST /employer/jobs/j1/close');
    await click('结束招聘', card('牛仔服装车位工'));
    expect(sentCalls()).toContain('POST /employer/jobs/j1/close');
    expect(buttons('牛仔服装车位工')).toEqual(['查看投递']);
  });
});

describe('投递人员', () => {
  let items: ApplicationView[];
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    mockRouter.mockReturnValue({ params: { jobId: 'j1' } });
    items = [
      application({ id: 'a1', status: 'applied' }),
      application({
        id: 'a2',
        status: 'viewed',
        candidate: { ...application().candidate, workerId: 'u2', name: '李春燕', certificates: [] },
      }),
      application({
        id: 'a3',
        status: 'offered',
        candidate: { ...application().candidate, workerId: 'u3', name: '陈美玲' },
      }),
      application({
        id: 'a4',
        status: 'withdrawn',
        candidate: { ...application().candidate, workerId: 'u4', name: '韦丽' },
      }),
    ];
    serve((method, path, body) => {
      if (method === 'GET' && path === '/jobs/j1') return ok({ job: JOB });
      if (method === 'GET' && path === '/employer/jobs/j1/applications') return ok({ items });
      const stepped = /^\/applications\/(a\d)\/(step|hire)$/.exec(path);
      if (method === 'POST' && stepped) {
        const current = items.find((a) => a.id === stepped[1]) as ApplicationView;
        if (stepped[2] === 'hire') {
          const hire = body as HireRequest;
          return ok({
            application: { ...current, status: 'hired' },
            employment: {
              id: 'r1',
              applicationId: current.id,
              workerId: current.candidate.workerId,
              jobId: 'j1',
              ...hire,
              householdRegionCode: '450903',
              jobRegionCode: '450903',
              crossRegion: false,
            },
          });
        }
        const step = body as ApplicationStepRequest;
        const status = {
          view: 'viewed',
          interview: 'interview',
          offer: 'offered',
          reject: 'rejected',
        }[step.action] as ApplicationStatus;
        return ok({
          application: {
            ...current,
            status,
            interviewAt: step.interviewAt ?? current.interviewAt,
            interviewPlace: step.interviewPlace ?? current.interviewPlace,
          },
        });
      }
      return undefined;
    });
  });

  const card = (name: string) => screen.getByText(name).closest('.applicant') as HTMLElement;
  const buttons = (name: string) =>
    Array.from(card(name).querySelectorAll('button')).map((b) => b.textContent);
  const steps = () => sentWith('POST').map((o) => [pathOf(o), o.data]);

  it('shows each candidate with phone, county, certificates, skills, status and the next steps', async () => {
    await renderSettled(<ApplicantsPage />);
    const first = card('黄秀梅');
    expect(first.textContent).toContain('13800000001');
    expect(first.textContent).toContain('福绵区');
    expect(first.textContent).toContain('缝纫工（职业技能等级认定 · 四级 / 中级工）');
    expect(first.textContent).toContain('缝纫、熨烫');
    expect(within(first).getAllByText('已投递').length).toBeGreaterThan(0);
    expect(buttons('黄秀梅')).toEqual(['标记已查看', '安排面试', '不合适']);
    expect(buttons('李春燕')).toEqual(['安排面试', '发录用', '不合适']);
    expect(buttons('陈美玲')).toEqual(['办理入职', '不合适']);
    expect(buttons('韦丽')).toEqual([]);
  });

  it('marks as viewed, offers after a confirmation and rejects after a confirmation', async () => {
    await renderSettled(<ApplicantsPage />);
    await click('标记已查看', card('黄秀梅'));
    expect(buttons('黄秀梅')).toEqual(['安排面试', '发录用', '不合适']);
    await click('发录用', card('李春燕'));
    expect(mockModal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '发录用' }));
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('不合适', card('黄秀梅'));
    await click('不合适', card('黄秀梅'));
    expect(steps()).toEqual([
      ['/applications/a1/step', { action: 'view' }],
      ['/applications/a2/step', { action: 'offer' }],
      ['/applications/a1/step', { action: 'reject' }],
    ]);
    expect(buttons('黄秀梅')).toEqual([]);
    expect(buttons('李春燕')).toEqual(['办理入职', '不合适']);
  });

  it('arranges an interview with a date, a time and a place', async () => {
    await renderSettled(<ApplicantsPage />);
    await click('安排面试', card('李春燕'));
    const scope = card('李春燕');
    await click('通知面试', scope);
    expect(messageUnder('面试日期', scope)).toBe('请选择面试日期');
    const date = field('面试日期', scope).querySelector(
      'input[data-mode="date"]',
    ) as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2099-12-01' } });
    const time = field('面试时间', scope).querySelector(
      'input[data-mode="time"]',
    ) as HTMLInputElement;
    fireEvent.change(time, { target: { value: '14:30' } });
    type('面试地点', '人事部三楼', scope);
    await click('通知面试', scope);
    expect(steps()).toEqual([
      [
        '/applications/a2/step',
        {
          action: 'interview',
          interviewAt: '2099-12-01T14:30:00+08:00',
          interviewPlace: '人事部三楼',
        },
      ],
    ]);
    expect(card('李春燕').textContent).toContain('2099-12-01 14:30 人事部三楼');
    expect(buttons('李春燕')).toEqual(['改期', '发录用', '不合适']);
  });

  it('hires an offered candidate with the start date, contract and 社保', async () => {
    await renderSettled(<ApplicantsPage />);
    await click('办理入职', card('陈美玲'));
    const scope = card('陈美玲');
    const date = field('入职日期', scope).querySelector(
      'input[data-mode="date"]',
    ) as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    choose('劳动合同', '已签电子合同', scope);
    fireEvent.click(field('缴纳社保', scope).querySelector('[role="switch"]') as HTMLElement);
    await click('确认入职', scope);
    expect(steps()).toEqual([
      [
        '/applications/a3/hire',
        { startDate: '2026-12-01', contract: 'electronic', socialInsurance: false },
      ],
    ]);
    expect(within(card('陈美玲')).getAllByText('已入职').length).toBeGreaterThan(0);
    expect(buttons('陈美玲')).toEqual([]);
  });

  it('reloads and explains when someone else moved the application first', async () => {
    await renderSettled(<ApplicantsPage />);
    serve((method, path) => {
      if (method === 'GET' && path === '/jobs/j1') return ok({ job: JOB });
      if (method === 'GET' && path === '/employer/jobs/j1/applications') {
        return ok({ items: items.map((a) => (a.id === 'a1' ? { ...a, status: 'withdrawn' } : a)) });
      }
      return fail(409, 'APPLICATION_STEP_INVALID', '当前状态不能进行这一步');
    });
    await click('标记已查看', card('黄秀梅'));
    expect(Taro.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '当前状态不能进行这一步' }),
    );
    expect(buttons('黄秀梅')).toEqual([]);
  });
});
