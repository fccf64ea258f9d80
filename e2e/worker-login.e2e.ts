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

  it('opens /, logs in as a demo worker and sees the Chinese tab bar and home page', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${baseUrl}/pages/login/index`);
    await page.getByText('以劳动者身份体验').click();
    // After login a worker goes on (to the privacy notice first, while the profile is missing);
    // the home tab then greets them by name.
    await page.getByText('以劳动者身份体验').waitFor({ state: 'hidden', timeout: 15000 });
    await page.goto(`${baseUrl}/`);
    await page.getByText(/你好/).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(400);
    for (const tab of ['首页', '培训', '岗位', '我的']) {
      await expect(page.getByText(tab, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText('黄秀梅').first().isVisible()).resolves.toBe(true);
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
