import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { idNumberCheckChar } from '@app/shared/validators';
import { launchPhone } from './chromium';
import { api as callApi } from './helpers';

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'screenshots');
const skipped = process.env.LB_E2E_SKIPPED;
const journey = skipped ? describe.skip : describe;
const baseUrl = process.env.LB_E2E_BASE_URL as string;

/** Lets the page-slide animation finish before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(800);

/** Opens a field's picker and accepts what it offers. */
async function acceptPicker(page: Page, label: string): Promise<void> {
  await page.locator('.field', { hasText: label }).first().click();
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click();
  await page.waitForTimeout(300);
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.locator('.field', { hasText: label }).first().locator('input').first().fill(value);
}

const SESSION_TITLE = `福绵裁缝夜校班${String(Date.now()).slice(-4)}`;
const smsUrl = process.env.LB_E2E_SMS_URL as string;

/** Calls the API directly (for the other people in a journey, who are not the one on screen). */
async function api<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const res = await callApi<T>(method, path, token, body);
  if (res.status >= 300 && res.status !== 404) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

const PROFILE = {
  realName: '梁小燕',
  householdRegionCode: '450903',
  currentRegionCode: '450903',
  education: null,
  skills: [],
  wantedBrands: [],
  wantedRegionCodes: [],
  minMonthlySalary: null,
  priorityGroup: null,
  priorityGroupConsent: false,
  consentVersion: PRIVACY_NOTICE_VERSION,
};

/** A worker with a profile, signed in by SMS through the fake gateway. */
async function workerWithProfile(phone: string, idNumber: string): Promise<string> {
  await api('POST', '/auth/sms/send', undefined, { phone });
  const messages = (await (await fetch(`${smsUrl}/messages?phone=${phone}`)).json()) as {
    code: string;
  }[];
  const login = await api<{ accessToken: string }>('POST', '/auth/sms/login', undefined, {
    phone,
    code: messages[messages.length - 1].code,
  });
  await api('PUT', '/workers/me/profile', login.accessToken, { ...PROFILE, idNumber });
  return login.accessToken;
}

journey('journey: the brand directory and the training catalogue', () => {
  const dirs: string[] = [];
  const contexts: BrowserContext[] = [];

  async function open(): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'lb-chrome-'));
    dirs.push(dir);
    const context = await launchPhone(dir);
    contexts.push(context);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => {
      throw e;
    });
    return page;
  }

  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));
  afterAll(async () => {
    for (const c of contexts) await c.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('a visitor finds 福绵裁缝 on the home page, opens the brand and one of its sessions', async () => {
    const page = await open();
    await page.goto(`${baseUrl}/`);
    await page.locator('.brand-card', { hasText: '八桂家政' }).first().waitFor({ timeout: 15000 });
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'catalogue-home.png'), fullPage: true });

    await page.locator('.search-bar input').first().fill('福绵');
    await page.locator('.search-bar').getByText('搜索', { exact: true }).click();
    await page
      .locator('.brand-card', { hasText: '八桂家政' })
      .first()
      .waitFor({ state: 'detached', timeout: 15000 });
    await page.locator('.brand-card', { hasText: '福绵裁缝' }).first().click();

    await page.getByText('缝纫工').filter({ visible: true }).first().waitFor({ timeout: 15000 });
    await page.getByText(/10000/).filter({ visible: true }).first().waitFor({ timeout: 5000 }); // the 2025 target
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'catalogue-brand.png'), fullPage: true });

    await page
      .locator('.session-card', { hasText: '福绵裁缝冬季班' })
      .filter({ visible: true })
      .first()
      .click();
    await page.getByText('时间安排').filter({ visible: true }).first().waitFor({ timeout: 15000 });
    await page.getByText('实操考核').filter({ visible: true }).first().waitFor({ timeout: 5000 });
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'catalogue-session.png'), fullPage: true });
    // a visitor who taps 报名 is asked to log in first
    await page.getByText('报名', { exact: true }).last().click();
    await page
      .getByText('获取验证码')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 10000 });
  });

  it('a provider schedules a session, and it appears in the public list', async () => {
    const page = await open();
    await page.goto(`${baseUrl}/pages/login/index`);
    await page.getByText('以培训讲师身份体验').click();
    await page.getByText('以培训讲师身份体验').waitFor({ state: 'hidden', timeout: 15000 });
    await page.goto(`${baseUrl}/packages/trainer/pages/session-edit/index`);
    await page.locator('.field', { hasText: '班次名称' }).first().waitFor({ timeout: 15000 });

    const title = SESSION_TITLE;
    await acceptPicker(page, '课程');
    await fill(page, '班次名称', title);
    await acceptPicker(page, '县（区）');
    await fill(page, '详细地址', '福绵镇服装产业园培训楼201');
    await acceptPicker(page, '开班日期');
    await acceptPicker(page, '结束日期');
    await acceptPicker(page, '报名开始日期');
    await acceptPicker(page, '报名截止日期');
    await fill(page, '名额', '1');
    await page.getByText('添加一节课', { exact: true }).click();
    await acceptPicker(page, '上课日期');
    await fill(page, '内容', '裁剪基础');
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'provider-session-form.png'), fullPage: true });
    await page
      .locator('.btn-primary', { hasText: /保存|创建|提交/ })
      .last()
      .click();

    await page.getByText(title).filter({ visible: true }).first().waitFor({ timeout: 15000 });
    await page.goto(`${baseUrl}/pages/training/index`);
    await page.getByText(title).first().waitFor({ timeout: 15000 });
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'catalogue-training.png'), fullPage: true });
  });

  it('a worker enrols in the full session, waits first in line, and is promoted when a seat frees up', async () => {
    const stamp = String(Date.now()).slice(-4);
    const first17 = `45090319850101${stamp.slice(-3)}`;
    const other = await workerWithProfile(`1360000${stamp}`, first17 + idNumberCheckChar(first17));
    const list = await api<{ items: { id: string; title: string }[] }>(
      'GET',
      `/sessions?pageSize=100`,
    );
    const target = list.items.find((x) => x.title === SESSION_TITLE);
    expect(target).toBeDefined();
    const taken = await api<{ enrolment: { id: string; status: string } }>(
      'POST',
      `/sessions/${target?.id}/enrolments`,
      other,
      {},
    );
    expect(taken.enrolment.status).toBe('enrolled'); // the only seat

    // the person on screen: a new worker, logged in by SMS in the browser; their profile is filled
    // in through the API with the token the app stored (the profile form has its own journey)
    const phone = `1350000${stamp}`;
    const page = await open();
    await page.goto(`${baseUrl}/pages/login/index`);
    await fill(page, '手机号', phone);
    await page.getByText('获取验证码').click();
    await page.waitForTimeout(500);
    const sent = (await (await fetch(`${smsUrl}/messages?phone=${phone}`)).json()) as {
      code: string;
    }[];
    await fill(page, '验证码', sent[sent.length - 1].code);
    await page.locator('#app').getByText('登录', { exact: true }).click();
    await page
      .getByText('我已阅读并同意')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15000 });
    const stored = await page.evaluate(() => localStorage.getItem('lb.accessToken'));
    const token = (JSON.parse(stored ?? '{}') as { data?: string }).data ?? '';
    const second17 = `45090319860202${stamp.slice(-3)}`;
    await api('PUT', '/workers/me/profile', token, {
      ...PROFILE,
      realName: '黄丽娟',
      idNumber: second17 + idNumberCheckChar(second17),
    });
    await page.goto(`${baseUrl}/packages/catalogue/pages/session/index?id=${target?.id}`);
    await page.getByText('报名', { exact: true }).filter({ visible: true }).last().click();
    await page
      .getByText(/已进入候补，当前第 1 位/)
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15000 });
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'enrol-waitlisted.png'), fullPage: true });

    await api('POST', `/enrolments/${taken.enrolment.id}/cancel`, other);
    await page.goto(`${baseUrl}/packages/worker/pages/enrolments/index`);
    await page
      .locator('.enrolment-card', { hasText: SESSION_TITLE })
      .getByText('已报名')
      .first()
      .waitFor({ timeout: 15000 });
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'enrol-promoted.png'), fullPage: true });
  });
});
