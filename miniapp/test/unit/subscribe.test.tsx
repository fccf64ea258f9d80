import { act, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { EnrolmentView } from '@app/shared/api';
import SessionPage from '../../src/packages/catalogue/pages/session/index';
import JobPage from '../../src/packages/catalogue/pages/job/index';
import JobsPage from '../../src/pages/jobs/index';
import EmployerJobsPage from '../../src/packages/employer/pages/jobs/index';
import { saveLogin } from '../../src/services/auth-store';
import { askToSubscribe, canSubscribe } from '../../src/utils/subscribe';
import { page, SESSION, SESSION_DETAIL, sentCalls, sentWith, serve } from './catalogue-fixtures';
import { EMPLOYER_VIEW, fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { application, JOB } from './job-fixtures';
import { recommendation } from './recommendation-fixtures';
import { click, renderSettled } from './ui';

// The Taro mock has no subscribe messages: this stands in for WeChat's dialog.
const requestSubscribeMessage = jest.fn();
Object.assign(Taro, { requestSubscribeMessage });

const mockModal = Taro.showModal as unknown as jest.Mock;
const mockRouter = useRouter as unknown as jest.Mock;
const globals = globalThis as { WECHAT_TEMPLATE_IDS?: Record<string, string> };

const TEMPLATES = {
  enrolment: 'tmpl-enrolment',
  application: 'tmpl-application',
  recommendation: 'tmpl-recommendation',
};

/** Answers the report of accepted templates with the credits, as the server does. */
const subscriptions = () => sentWith('POST').filter((r) => r.url.endsWith('/wechat/subscriptions'));
const reported = () => subscriptions().map((r) => r.data);
const answerReport = (path: string, body: unknown) =>
  path === '/wechat/subscriptions'
    ? ok({
        credits: Object.fromEntries((body as { accepted: string[] }).accepted.map((id) => [id, 1])),
      })
    : undefined;

/** Lets a fire-and-forget chain (modal → WeChat → report) finish. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('askToSubscribe', () => {
  const env = process.env.TARO_ENV;
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    globals.WECHAT_TEMPLATE_IDS = TEMPLATES;
    requestSubscribeMessage.mockReset();
    saveLogin(WORKER_LOGIN);
    serve((method, path, body) => (method === 'POST' ? answerReport(path, body) : undefined));
  });
  afterEach(() => {
    process.env.TARO_ENV = env;
    delete globals.WECHAT_TEMPLATE_IDS;
  });

  it('asks WeChat for the group’s template and reports it when accepted', async () => {
    requestSubscribeMessage.mockResolvedValue({
      errMsg: 'requestSubscribeMessage:ok',
      'tmpl-enrolment': 'accept',
    });
    await expect(askToSubscribe('enrolment')).resolves.toBe(true);
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-enrolment'] });
    expect(reported()).toEqual([{ accepted: ['tmpl-enrolment'] }]);
    expect(mockModal).not.toHaveBeenCalled();
  });

  it.each(['reject', 'ban', 'filter'])('reports nothing when WeChat answers %s', async (answer) => {
    requestSubscribeMessage.mockResolvedValue({
      errMsg: 'requestSubscribeMessage:ok',
      'tmpl-application': answer,
    });
    await expect(askToSubscribe('application')).resolves.toBe(false);
    expect(sentCalls()).toEqual([]);
  });

  it('never throws: a failed dialog or a refused report answers false', async () => {
    requestSubscribeMessage.mockRejectedValueOnce({
      errMsg: 'requestSubscribeMessage:fail',
      errCode: 20004,
    });
    await expect(askToSubscribe('enrolment')).resolves.toBe(false);
    expect(sentCalls()).toEqual([]);

    requestSubscribeMessage.mockResolvedValue({ 'tmpl-enrolment': 'accept' });
    serve(() => fail(400, 'VALIDATION_FAILED', '模板不存在'));
    await expect(askToSubscribe('enrolment')).resolves.toBe(false);
    expect(sentCalls()).toEqual(['POST /wechat/subscriptions']);
  });

  it('does nothing for a group without a template', async () => {
    globals.WECHAT_TEMPLATE_IDS = { enrolment: 'tmpl-enrolment' };
    expect(canSubscribe('certification')).toBe(false);
    await expect(askToSubscribe('certification')).resolves.toBe(false);
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('does nothing on H5, which has no subscribe messages', async () => {
    process.env.TARO_ENV = 'h5';
    expect(canSubscribe('enrolment')).toBe(false);
    await expect(askToSubscribe('enrolment')).resolves.toBe(false);
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
    expect(sentCalls()).toEqual([]);
  });

  it('asks in a modal first when told to, and stops if the user declines', async () => {
    requestSubscribeMessage.mockResolvedValue({ 'tmpl-enrolment': 'accept' });
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    const confirm = { title: '订阅报名通知', content: '开班时间变动会通知你' };
    await expect(askToSubscribe('enrolment', { confirm })).resolves.toBe(false);
    expect(requestSubscribeMessage).not.toHaveBeenCalled();

    await expect(askToSubscribe('enrolment', { confirm })).resolves.toBe(true);
    expect(mockModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '订阅报名通知', confirmText: '订阅' }),
    );
    expect(reported()).toEqual([{ accepted: ['tmpl-enrolment'] }]);
  });
});

describe('subscribe requests in the mini-program', () => {
  const env = process.env.TARO_ENV;
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    globals.WECHAT_TEMPLATE_IDS = TEMPLATES;
    requestSubscribeMessage
      .mockReset()
      .mockImplementation(async ({ tmplIds }: { tmplIds: string[] }) =>
        Object.fromEntries(tmplIds.map((id) => [id, 'accept'])),
      );
    saveLogin(WORKER_LOGIN);
  });
  afterEach(() => {
    process.env.TARO_ENV = env;
    delete globals.WECHAT_TEMPLATE_IDS;
  });

  it('offers 报名 notices once 报名 went through', async () => {
    const enrolled: EnrolmentView = {
      id: 'e1',
      sessionId: 's1',
      status: 'enrolled',
      waitlistPosition: null,
      nextLesson: null,
      attendance: null,
      priority: false,
      createdAt: '2026-11-22T02:00:00.000Z',
      session: SESSION,
    };
    mockRouter.mockReturnValue({ params: { id: 's1' } });
    serve((method, path, body) => {
      if (method === 'GET' && path === '/sessions/s1') return ok({ session: SESSION_DETAIL });
      if (method === 'GET' && path === '/enrolments/mine') return ok({ items: [] });
      if (method === 'POST' && path === '/sessions/s1/enrolments')
        return ok({ enrolment: enrolled });
      return answerReport(path, body);
    });
    await renderSettled(<SessionPage />);
    await click('报名');
    await settle();
    expect(screen.getByText('报名成功')).toBeTruthy();
    expect(mockModal).toHaveBeenCalledWith(expect.objectContaining({ title: '订阅报名通知' }));
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-enrolment'] });
    expect(reported()).toEqual([{ accepted: ['tmpl-enrolment'] }]);
  });

  it('asks nothing when 报名 is refused', async () => {
    mockRouter.mockReturnValue({ params: { id: 's1' } });
    serve((method, path) => {
      if (method === 'GET' && path === '/sessions/s1') return ok({ session: SESSION_DETAIL });
      if (method === 'GET' && path === '/enrolments/mine') return ok({ items: [] });
      if (method === 'POST') return fail(409, 'SESSION_FULL', '名额已满');
      return undefined;
    });
    await renderSettled(<SessionPage />);
    await click('报名');
    await settle();
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
    expect(subscriptions()).toEqual([]);
  });

  it('offers 投递 notices once 投递 went through, and not for an earlier application', async () => {
    mockRouter.mockReturnValue({ params: { id: 'j1' } });
    let mine: unknown[] = [];
    serve((method, path, body) => {
      if (method === 'GET' && path === '/jobs/j1') return ok({ job: JOB });
      if (method === 'GET' && path === '/applications/mine') return ok({ items: mine });
      if (method === 'POST' && path === '/jobs/j1/applications') {
        return ok({ application: application() });
      }
      return answerReport(path, body);
    });
    const first = await renderSettled(<JobPage />);
    await click('投递');
    await settle();
    expect(screen.getByText('已投递')).toBeTruthy();
    expect(mockModal).toHaveBeenCalledWith(expect.objectContaining({ title: '订阅投递进度通知' }));
    expect(reported()).toEqual([{ accepted: ['tmpl-application'] }]);
    first.unmount();

    mine = [application()];
    requestSubscribeMessage.mockClear();
    await renderSettled(<JobPage />);
    await settle();
    expect(screen.getByText('投递状态：已投递')).toBeTruthy();
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('subscribes to 岗位推荐 from the 为你推荐 button, straight from the tap', async () => {
    serve((_method, path, body) => {
      if (path.startsWith('/jobs?')) return page([JOB]);
      if (path === '/recommendations/mine') return ok({ items: [recommendation()] });
      return answerReport(path, body);
    });
    await renderSettled(<JobsPage />);
    await click('订阅岗位推荐通知');
    await settle();
    expect(mockModal).not.toHaveBeenCalled();
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-recommendation'] });
    expect(reported()).toEqual([{ accepted: ['tmpl-recommendation'] }]);
    expect(Taro.showToast).toHaveBeenCalledWith({
      title: '已订阅，有合适岗位会通知你',
      icon: 'none',
    });
  });
  it('offers the employer 投递 notices once a job is published, and not when publishing fails', async () => {
    saveLogin({
      ...WORKER_LOGIN,
      user: { ...WORKER, roles: ['employer' as const], employerId: 'e1' },
    });
    let refuse = false;
    serve((method, path, body) => {
      if (path === '/employers/mine')
        return ok({ employer: { ...EMPLOYER_VIEW, status: 'verified' } });
      if (path === '/employer/jobs?page=1&pageSize=20') {
        return page([{ ...JOB, id: 'd1', title: '草稿岗位', status: 'draft', hires: 0 }]);
      }
      if (method === 'POST' && path === '/employer/jobs/d1/open') {
        return refuse
          ? fail(403, 'EMPLOYER_NOT_VERIFIED', '单位审核通过后才能发布岗位')
          : ok({ job: { ...JOB, id: 'd1', title: '草稿岗位', status: 'open' } });
      }
      return answerReport(path, body);
    });
    refuse = true;
    const first = await renderSettled(<EmployerJobsPage />);
    await click('发布');
    await settle();
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
    first.unmount();

    refuse = false;
    await renderSettled(<EmployerJobsPage />);
    await click('发布');
    await settle();
    expect(mockModal).toHaveBeenCalledWith(expect.objectContaining({ title: '投递提醒' }));
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-application'] });
    expect(reported()).toEqual([{ accepted: ['tmpl-application'] }]);
  });
});
