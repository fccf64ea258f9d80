import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPhone } from './chromium';

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'screenshots');
const skipped = process.env.LB_E2E_SKIPPED;
const journey = skipped ? describe.skip : describe;

journey('journey: a worker tries the app in the browser', () => {
  let browser: BrowserContext;
  let page: Page;
  let profile: string;
  const baseUrl = process.env.LB_E2E_BASE_URL as string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'lb-chrome-'));
    browser = await launchPhone(profile);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('logs in as the demo worker (who has a profile), lands on 我的, then sees the Chinese tab bar and home page', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${baseUrl}/pages/login/index`);
    await page.getByText('以劳动者身份体验').click();
    // The demo worker has a profile: no privacy notice, straight to 我的 with their own pages.
    await page.waitForURL(/\/pages\/mine\/index/, { timeout: 15000 });
    const mine = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true });
    await mine('黄秀梅').first().waitFor({ timeout: 15000 });
    for (const link of ['我的消息', '我的培训', '我的证书', '个人信息']) {
      await mine(link).first().waitFor({ timeout: 5000 });
    }
    // the certificate issued in the demo data is an unread message
    await page
      .getByText(/\d+ 条未读/)
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 5000 });
    await expect(page.getByText('我已阅读并同意').count()).resolves.toBe(0);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(ARTIFACTS, 'worker-mine.png'), fullPage: true });

    // the home tab then greets them by name
    await page.goto(`${baseUrl}/`);
    await page.getByText('你好，黄秀梅').first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(400);
    for (const tab of ['首页', '培训', '岗位', '我的']) {
      await expect(page.getByText(tab, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'worker-home.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('serves the app for a deep page URL but never over /api', async () => {
    const page2 = await browser.newPage();
    const res = await page2.goto(`${baseUrl}/pages/mine/index`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toContain('text/html');
    const api = await page2.goto(`${baseUrl}/api/v1/index.html`);
    expect(api?.status()).toBe(404);
    expect(api?.headers()['content-type']).toContain('application/json');
    await page2.close();
  });
});
