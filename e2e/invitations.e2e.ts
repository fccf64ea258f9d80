import type { Page } from 'playwright-core';
import type {
  CandidateRecommendationListResponse,
  JobInput,
  JobInvitationListResponse,
  JobResponse,
  MeResponse,
  NotificationListResponse,
} from '@app/shared/api';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { idNumberCheckChar } from '@app/shared/validators';
import {
  api,
  baseUrl,
  confirmModal,
  demoLogin,
  fillField,
  journey,
  phones,
  poll,
  settle,
  shot,
} from './helpers';

const smsUrl = process.env.LB_E2E_SMS_URL as string;
const stamp = String(Date.now()).slice(-5);
const TITLE = `育婴护理员${stamp}`;
/** A worker no employer knows yet: 欧** to the demo employer until she accepts. */
const WORKER_NAME = '欧桂兰';
const MASKED = '欧**';
const WORKER_PHONE = `1330000${stamp.slice(-4)}`;
const ID_17 = `45090319900505${stamp.slice(-3)}`;

/** Waits until the toast saying `text` has gone, so a screenshot shows the page under it. */
async function toastGone(page: Page, text: string): Promise<void> {
  const toast = page.locator('.taro__toast p', { hasText: text });
  await toast.first().waitFor({ state: 'attached', timeout: 5000 });
  await poll(
    () => toast.evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null)),
    (shown) => !shown,
    5000,
  );
}

/** Answers the API's body, failing the journey on an unexpected status. */
async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await api<T>(method, path, token, body);
  if (res.status >= 300)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The newest code the fake SMS gateway holds for `phone` once there are more than `before`. */
async function smsCode(phone: string, before: number): Promise<string> {
  const read = async () =>
    (await (await fetch(`${smsUrl}/messages?phone=${phone}`)).json()) as { code: string }[];
  const messages = await poll(read, (m) => m.length > before);
  expect(messages.length).toBeGreaterThan(before);
  return messages[messages.length - 1].code;
}

/** In China, `days` from today: YYYY-MM-DD. */
const chinaDay = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The demo employer's 八桂家政 posting with no certificate required: opening it recommends it to the
 * workers who want that brand, the new worker of this journey among them. (The demo worker may
 * already be known to the demo employer by name — the jobs journey has her apply — so a worker
 * nobody knows yet plays the invited candidate.)
 */
const JOB: JobInput = {
  title: TITLE,
  brandCode: 'bagui-jiazheng',
  occupationCode: 'muying-huliyuan',
  regionCode: '450903',
  address: '福绵镇新华街门店（演示地址）',
  salaryMin: 5000,
  salaryMax: 7000,
  headcount: 2,
  requiredCertificate: null,
  acceptsTrainees: true,
  accommodation: true,
  meals: true,
  workingHours: '白班 8:00–18:00，月休4天',
  description: '照看0–3岁婴幼儿，公司带教。',
  closesOn: chinaDay(30),
};

journey('journey: invitations — an employer invites a recommended worker, who accepts', () => {
  const devices = phones();
  let employer: Page;
  let employerToken = '';
  let worker: Page;
  let workerToken = '';
  let workerId = '';
  let jobId = '';

  beforeAll(async () => {
    employer = (await devices.open()).page;
    employerToken = await demoLogin(employer, 'employer');

    // a new worker signs in by SMS on her phone; her profile (she wants 八桂家政 jobs) goes in
    // through the API with the token the app stored (the profile form has its own journey)
    worker = (await devices.open()).page;
    const before = (
      (await (await fetch(`${smsUrl}/messages?phone=${WORKER_PHONE}`)).json()) as unknown[]
    ).length;
    await worker.goto(`${baseUrl}/pages/login/index`);
    await fillField(worker, '手机号', WORKER_PHONE);
    await worker.getByText('获取验证码').click();
    await fillField(worker, '验证码', await smsCode(WORKER_PHONE, before));
    await worker.locator('#app').getByText('登录', { exact: true }).click();
    await worker
      .getByText('我已阅读并同意')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15000 });
    const stored = await worker.evaluate(() => localStorage.getItem('lb.accessToken'));
    workerToken = (JSON.parse(stored ?? '{}') as { data?: string }).data ?? '';
    expect(workerToken).not.toBe('');
    await call('PUT', '/workers/me/profile', workerToken, {
      realName: WORKER_NAME,
      idNumber: ID_17 + idNumberCheckChar(ID_17),
      householdRegionCode: '450903',
      currentRegionCode: '450903',
      education: null,
      skills: ['带娃', '做饭'],
      wantedBrands: ['八桂家政'],
      wantedRegionCodes: ['450903'],
      minMonthlySalary: null,
      priorityGroup: null,
      priorityGroupConsent: false,
      consentVersion: PRIVACY_NOTICE_VERSION,
    });
    workerId = (await call<MeResponse>('GET', '/me', workerToken)).user.id;
  });
  afterAll(() => devices.close());

  it('the employer opens a job; the new worker is among its candidates, her name masked', async () => {
    jobId = (await call<JobResponse>('POST', '/employer/jobs', employerToken, JOB)).job.id;
    await call('POST', `/employer/jobs/${jobId}/open`, employerToken);
    const candidates = await poll(
      () =>
        call<CandidateRecommendationListResponse>(
          'GET',
          `/employer/jobs/${jobId}/candidates`,
          employerToken,
        ),
      (res) => res.items.some((c) => c.candidate.workerId === workerId),
    );
    const mine = candidates.items.find((c) => c.candidate.workerId === workerId);
    expect(mine).toMatchObject({
      candidate: { name: MASKED, phone: null },
      applied: false,
      invitation: null,
    });
  });

  it('the employer taps 邀请投递 on 推荐人选: the card shows 已邀请, the name still masked', async () => {
    await employer.goto(`${baseUrl}/packages/employer/pages/candidates/index?jobId=${jobId}`);
    const card = employer
      .locator('.candidate', { hasText: MASKED })
      .filter({ visible: true })
      .first();
    await card.waitFor({ timeout: 15000 });
    await card.getByText('邀请投递', { exact: true }).click();
    await confirmModal(employer, '邀请');
    await card.locator('.candidate__invitation', { hasText: '已邀请' }).waitFor({ timeout: 15000 });
    await card.getByText('邀请投递', { exact: true }).waitFor({ state: 'detached' });
    expect(await card.locator('.candidate__name').textContent()).toBe(MASKED);
    expect(await card.textContent()).not.toContain(WORKER_PHONE);
    await toastGone(employer, '已发出邀请');
    await settle(employer);
    await shot(employer, 'job-invite-sent');

    // the worker is told, with a link to 我的投递
    const inbox = await poll(
      () => call<NotificationListResponse>('GET', '/notifications/mine', workerToken),
      (res) => res.items.some((n) => n.kind === 'job.invited'),
    );
    expect(inbox.items.find((n) => n.kind === 'job.invited')?.link).toMatch(
      /^\/packages\/worker\/pages\/applications\/index/,
    );
  });

  it('the worker opens 我的投递, finds the invitation under 岗位邀请 and accepts it', async () => {
    await worker.goto(`${baseUrl}/packages/worker/pages/applications/index`);
    const card = worker
      .locator('.invitation', { hasText: TITLE })
      .filter({ visible: true })
      .first();
    await card.waitFor({ timeout: 15000 });
    await worker
      .locator('.section-title', { hasText: '岗位邀请' })
      .filter({ visible: true })
      .first()
      .waitFor();
    for (const text of ['待回复', '5000–7000元/月', '福绵区 福绵镇新华街门店（演示地址）']) {
      await card.getByText(text).first().waitFor();
    }
    await settle(worker);
    await shot(worker, 'job-invitation');

    await card.getByText('接受', { exact: true }).click();
    await card.locator('.tag', { hasText: '已接受' }).waitFor({ timeout: 15000 });
    await card.getByText(/现在可以看到你的姓名和电话/).waitFor();
    await card.getByText('去投递', { exact: true }).waitFor();
    const mine = await call<JobInvitationListResponse>('GET', '/invitations/mine', workerToken);
    expect(mine.items.find((i) => i.jobId === jobId)?.status).toBe('accepted');
    await toastGone(worker, '已接受');
    await settle(worker);
    await shot(worker, 'job-invitation-accepted');

    // accepting is not applying: 去投递 opens the job, where 投递 is
    await card.getByText('去投递', { exact: true }).click();
    await worker.waitForURL(new RegExp(`/packages/catalogue/pages/job/index\\?id=${jobId}`));
    await worker.getByText('投递', { exact: true }).filter({ visible: true }).first().waitFor();
  });

  it('the employer reloads 推荐人选 and sees her full name, phone and 已接受', async () => {
    await employer.reload();
    const card = employer
      .locator('.candidate', { hasText: WORKER_NAME })
      .filter({ visible: true })
      .first();
    await card.waitFor({ timeout: 15000 });
    expect(await card.locator('.candidate__name').textContent()).toBe(WORKER_NAME);
    await card.locator('.candidate__invitation', { hasText: '已接受' }).waitFor();
    await card.getByText(WORKER_PHONE).waitFor();
    expect(await card.getByText('邀请投递', { exact: true }).count()).toBe(0);
    await settle(employer);
    await shot(employer, 'job-invite-accepted');

    // the employer's staff were told of the answer
    const told = await poll(
      () => call<NotificationListResponse>('GET', '/notifications/mine', employerToken),
      (res) => res.items.some((n) => n.kind === 'invitation.answered'),
    );
    expect(told.items.some((n) => n.kind === 'invitation.answered')).toBe(true);
  });
});
