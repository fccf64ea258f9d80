import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { idNumberCheckChar, socialCreditCodeCheckChar } from '@app/shared/validators';
import { launchPhone } from './chromium';

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'screenshots');
const skipped = process.env.LB_E2E_SKIPPED;
const journey = skipped ? describe.skip : describe;
const baseUrl = process.env.LB_E2E_BASE_URL as string;
const smsUrl = process.env.LB_E2E_SMS_URL as string;

const stamp = String(Date.now()).slice(-6);
const ID_17 = `45090319910203${stamp.slice(-3)}`;
const ID_NUMBER = ID_17 + idNumberCheckChar(ID_17);
const CREDIT_17 = `91450903MA${stamp}0`;
const CREDIT_CODE = CREDIT_17 + socialCreditCodeCheckChar(CREDIT_17);
const COMPANY = `玉林市福绵区联调服装厂${stamp}`;
const EMPLOYER_PHONE = `1370000${stamp.slice(-4)}`;
const WORKER_PHONE = `1390000${stamp.slice(-4)}`;

/** Types into the Taro input inside the form field labelled `label`. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  const field = page.locator('.field', { hasText: label }).first();
  await field.locator('input').first().fill(value);
}

/** Opens the region picker of a field and accepts what it offers (广西 玉林市, first county). */
async function pickDefaultRegion(page: Page, label: string): Promise<void> {
  await page.locator('.field', { hasText: label }).first().click();
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click();
  await page.waitForTimeout(400);
}

async function smsCodeFor(phone: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const res = await fetch(`${smsUrl}/messages?phone=${phone}`);
    const messages = (await res.json()) as { code: string }[];
    if (messages.length) return messages[messages.length - 1].code;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no SMS for ${phone}`);
}

journey('journey: accounts — profile with consent, employer sign-up, admin approval', () => {
  const profiles: string[] = [];
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];

  async function open(): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'lb-chrome-'));
    profiles.push(dir);
    const context = await launchPhone(dir);
    contexts.push(context);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => {
      throw e;
    });
    pages.push(page);
    return page;
  }

  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));
  afterAll(async () => {
    for (const c of contexts) await c.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  });

  it('a new worker logs in by SMS, agrees to the privacy notice, fills in the profile and sees the ID masked', async () => {
    const page = await open();
    await page.goto(`${baseUrl}/pages/login/index`);
    // a new account (the demo worker already has a profile): signed in by SMS through the fake gateway
    await fill(page, '手机号', WORKER_PHONE);
    await page.getByText('获取验证码').click();
    await fill(page, '验证码', await smsCodeFor(WORKER_PHONE));
    await page.locator('#app').getByText('登录', { exact: true }).click();
    // no profile yet: the privacy notice comes first
    await page.getByText('我已阅读并同意').waitFor({ timeout: 15000 });
    await page.screenshot({ path: join(ARTIFACTS, 'worker-consent.png'), fullPage: true });
    await page.getByText('我已阅读并同意').click();
    await page.getByText('同意并继续').click();

    await page.locator('.field', { hasText: '真实姓名' }).first().waitFor({ timeout: 15000 });
    await fill(page, '真实姓名', '陆桂英');
    await fill(page, '身份证号', ID_NUMBER);
    await pickDefaultRegion(page, '户籍所在地');
    await pickDefaultRegion(page, '现居住地');
    await fill(page, '技能', '缝纫、熨烫');
    await page.screenshot({ path: join(ARTIFACTS, 'worker-profile-form.png'), fullPage: true });
    await page.getByText('保存', { exact: true }).click();

    const masked = `${ID_NUMBER.slice(0, 6)}**********${ID_NUMBER.slice(-2)}`;
    await page.getByText(masked).first().waitFor({ timeout: 15000 });
    await expect(page.getByText('陆桂英').first().isVisible()).resolves.toBe(true);
    expect(await page.content()).not.toContain(ID_NUMBER);
    await page.screenshot({ path: join(ARTIFACTS, 'worker-profile.png'), fullPage: true });
  });

  it('a new user logs in by SMS and signs an employer up; it waits for review', async () => {
    const page = await open();
    await page.goto(`${baseUrl}/pages/login/index`);
    await fill(page, '手机号', EMPLOYER_PHONE);
    await page.getByText('获取验证码').click();
    await fill(page, '验证码', await smsCodeFor(EMPLOYER_PHONE));
    await page.locator('#app').getByText('登录', { exact: true }).click();
    // a new account is a worker without a profile: the notice appears; this person came for the employer form
    await page.getByText('我已阅读并同意').waitFor({ timeout: 15000 });
    await page.goto(`${baseUrl}/packages/employer/pages/signup/index`);

    await page.locator('.field', { hasText: '单位名称' }).first().waitFor({ timeout: 15000 });
    await fill(page, '单位名称', COMPANY);
    await fill(page, '统一社会信用代码', CREDIT_CODE);
    await pickDefaultRegion(page, '所在地区');
    await fill(page, '详细地址', '福绵镇服装产业园12号');
    await fill(page, '联系人', '陈经理');
    await fill(page, '联系电话', EMPLOYER_PHONE);
    await page.screenshot({ path: join(ARTIFACTS, 'employer-signup.png'), fullPage: true });
    await page.getByText('提交审核', { exact: true }).click();
    await page.getByText('待审核').first().waitFor({ timeout: 15000 });
    await page.screenshot({ path: join(ARTIFACTS, 'employer-pending.png'), fullPage: true });
  });

  it('the admin of 玉林 approves it, and the employer sees it verified', async () => {
    const admin = await open();
    await admin.goto(`${baseUrl}/pages/login/index`);
    await admin.getByText('以管理员身份体验').click();
    await admin.waitForTimeout(1000);
    await admin.goto(`${baseUrl}/packages/admin/pages/organisations/index`);
    const card = admin.locator('.org-card', { hasText: COMPANY }).first();
    await card.waitFor({ timeout: 15000 });
    await admin.screenshot({ path: join(ARTIFACTS, 'admin-review.png'), fullPage: true });
    await card.getByText('通过', { exact: true }).click();
    await admin.waitForTimeout(500);
    await admin.locator('.taro-modal__foot').getByText('通过', { exact: true }).click(); // the confirmation
    await card.waitFor({ state: 'detached', timeout: 15000 });

    const employer = pages[1];
    await employer.reload();
    await employer.getByText('已认证').first().waitFor({ timeout: 15000 });
    await employer.screenshot({ path: join(ARTIFACTS, 'employer-verified.png'), fullPage: true });
  });
});
