import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPhone } from './chromium';

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

    await page.locator('.session-card', { hasText: '福绵裁缝' }).first().click();
    await page.getByText('时间安排').filter({ visible: true }).first().waitFor({ timeout: 15000 });
    await page.getByText('实操考核').filter({ visible: true }).first().waitFor({ timeout: 5000 });
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'catalogue-session.png'), fullPage: true });
    await page.getByText('报名', { exact: true }).last().click();
    await page
      .getByText(/即将开放/)
      .first()
      .waitFor({ timeout: 5000 });
  });

  it('a provider schedules a session, and it appears in the public list', async () => {
    const page = await open();
    await page.goto(`${baseUrl}/pages/login/index`);
    await page.getByText('以培训讲师身份体验').click();
    await page.getByText('以培训讲师身份体验').waitFor({ state: 'hidden', timeout: 15000 });
    await page.goto(`${baseUrl}/packages/trainer/pages/session-edit/index`);
    await page.locator('.field', { hasText: '班次名称' }).first().waitFor({ timeout: 15000 });

    const title = `福绵裁缝夜校班${String(Date.now()).slice(-4)}`;
    await acceptPicker(page, '课程');
    await fill(page, '班次名称', title);
    await acceptPicker(page, '县（区）');
    await fill(page, '详细地址', '福绵镇服装产业园培训楼201');
    await acceptPicker(page, '开班日期');
    await acceptPicker(page, '结束日期');
    await acceptPicker(page, '报名开始日期');
    await acceptPicker(page, '报名截止日期');
    await fill(page, '名额', '25');
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
});
