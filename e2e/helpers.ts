import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPhone } from './chromium';

/** What the journeys share: phones, demo logins, the API as the people off screen. */

export const ARTIFACTS = join(__dirname, '..', 'artifacts', 'screenshots');
export const baseUrl = process.env.LB_E2E_BASE_URL as string;
export const journey = process.env.LB_E2E_SKIPPED ? describe.skip : describe;

/** Lets the page-slide animation finish before a screenshot. */
export const settle = (page: Page) => page.waitForTimeout(800);

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

/** The first element with this text that is on screen (Taro keeps hidden pages in the DOM). */
export const visibleText = (page: Page, text: string | RegExp) =>
  page.getByText(text).filter({ visible: true }).first();

/**
 * Phones for one journey: each its own Chromium profile, closed and removed afterwards. A page error
 * fails the journey.
 */
export function phones() {
  const dirs: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    async open(): Promise<{ context: BrowserContext; page: Page }> {
      mkdirSync(ARTIFACTS, { recursive: true });
      const dir = mkdtempSync(join(tmpdir(), 'lb-chrome-'));
      dirs.push(dir);
      const context = await launchPhone(dir);
      contexts.push(context);
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => {
        throw e;
      });
      return { context, page };
    },
    async close(): Promise<void> {
      for (const c of contexts) await c.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

const DEMO_BUTTONS = {
  worker: '以劳动者身份体验',
  employer: '以用人单位身份体验',
  trainer: '以培训讲师身份体验',
  admin: '以管理员身份体验',
} as const;

/** Logs in with a demo button on the login page and answers the access token the app stored. */
export async function demoLogin(page: Page, role: keyof typeof DEMO_BUTTONS): Promise<string> {
  await page.goto(`${baseUrl}/pages/login/index`);
  await page.getByText(DEMO_BUTTONS[role]).click();
  await page.getByText(DEMO_BUTTONS[role]).waitFor({ state: 'hidden', timeout: 15000 });
  const stored = await page.evaluate(() => localStorage.getItem('lb.accessToken'));
  const token = (JSON.parse(stored ?? '{}') as { data?: string }).data ?? '';
  expect(token).not.toBe('');
  return token;
}

/** Calls the API directly; answers the status and the parsed body. */
export async function api<T>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Asks `read` again until `ok` holds of its answer (or the time is up); answers the last one. */
export async function poll<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 15000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

/** The `src` of the QR image inside `scope`, once it has loaded and drawn a code (a GIF data URL). */
export async function qrImage(page: Page, scope = '.qr-code'): Promise<string> {
  const image = page.locator(`${scope} img`).filter({ visible: true }).first();
  await image.waitFor({ timeout: 15000 });
  const width = await poll(
    () => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)),
    (w) => w > 0,
  );
  expect(width).toBeGreaterThan(100); // a code of at least 21 modules at 8 px each
  const src = (await image.getAttribute('src')) ?? '';
  expect(src).toMatch(/^data:image\/gif;base64,/);
  return src;
}
