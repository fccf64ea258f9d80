import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
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

// ——— forms ———

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The form row on screen whose label reads `label` (a required field's ` *` aside). */
export function formField(page: Page, label: string): Locator {
  const exact = new RegExp(`^${escapeRegExp(label)}( \\*)?$`);
  return page
    .locator('.field')
    .filter({ visible: true })
    .filter({ has: page.locator('.field__label', { hasText: exact }) })
    .first();
}

/** Types `value` into the text box of the row labelled `label`. */
export async function fillField(page: Page, label: string, value: string): Promise<void> {
  await formField(page, label).locator('input, textarea').first().fill(value);
}

/** Turns the switch of the row labelled `label` on or off. */
export async function setSwitch(page: Page, label: string, on: boolean): Promise<void> {
  const box = formField(page, label).locator('input[type="checkbox"]');
  if ((await box.isChecked()) !== on) await box.click();
  expect(
    await poll(
      () => box.isChecked(),
      (checked) => checked === on,
      5000,
    ),
  ).toBe(on);
}

/** Where a wheel column stands: the option under the indicator, the one wanted, and a row's height. */
async function wheelState(
  column: Locator,
  wanted: string,
): Promise<{ current: number; target: number; row: number; options: string[] }> {
  return column.evaluate((el, text) => {
    const items = Array.from(el.querySelectorAll<HTMLElement>('.weui-picker__item'));
    const options = items.map((i) => (i.textContent ?? '').trim());
    const content = el.querySelector<HTMLElement>('.weui-picker__content');
    const indicator = el.querySelector<HTMLElement>('.weui-picker__indicator');
    const row = items[0]?.offsetHeight || 34;
    // The wheel's own offset (its inline transform, not the animated one): the option at the
    // indicator is (indicator top − offset) / row.
    const offset = Number(
      /translate3d\([^,]+,\s*(-?[\d.]+)px/.exec(content?.style.transform ?? '')?.[1],
    );
    const current = Math.round(((indicator?.offsetTop ?? 0) - offset) / row);
    return { current, target: options.indexOf(text), row, options };
  }, wanted);
}

/**
 * Turns one wheel of an open H5 picker until `wanted` sits under the indicator, as a finger would:
 * short drags inside the column (a drag that leaves it ends there), a few rows at a time.
 */
async function turnWheel(page: Page, column: Locator, wanted: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const state = await wheelState(column, wanted);
    if (state.target < 0) {
      // The options may still be on their way (a list loaded from the server).
      if (attempt < 20) {
        await page.waitForTimeout(250);
        continue;
      }
      throw new Error(`the picker offers no “${wanted}”: ${state.options.join('、')}`);
    }
    if (!Number.isInteger(state.current)) throw new Error('cannot tell where the wheel stands');
    if (state.current === state.target) return;
    const box = await column.boundingBox();
    if (!box) throw new Error('the picker column is not on screen');
    const rows = Math.max(-5, Math.min(5, state.target - state.current));
    const x = box.x + box.width / 2;
    // Further down the list means dragging up, from near the bottom edge, and the other way round.
    const from = rows > 0 ? box.y + box.height - 15 : box.y + 15;
    await page.mouse.move(x, from);
    await page.mouse.down();
    await page.mouse.move(x, from - rows * state.row, { steps: 8 });
    await page.mouse.up();
    // The wheel snaps to the row (a 0.3 s transition) and a linked column may get new options.
    await page.waitForTimeout(400);
  }
  throw new Error(`could not turn the picker to “${wanted}”`);
}

/**
 * Taps the picker box of a form row and answers the sheet that slides up. Taro's H5 picker moves its
 * sheet out of the row (to the end of <body>), so it is found as the one picker sheet on screen.
 */
async function openPicker(page: Page, row: Locator): Promise<Locator> {
  await row.locator('.field__picker').click();
  const sheet = page.locator('.weui-picker').filter({ visible: true });
  await sheet.waitFor({ state: 'visible' });
  expect(await sheet.count()).toBe(1);
  return sheet;
}

/**
 * Chooses in the H5 picker of the row labelled `label` (Taro's weui picker: one wheel per column)
 * the option `choices[i]` on wheel i, by dragging the wheels, then taps 确定. Wheels not named keep
 * what they show. Checks that the row then shows the last choice.
 */
export async function pick(page: Page, label: string, ...choices: string[]): Promise<void> {
  const row = formField(page, label);
  const sheet = await openPicker(page, row);
  await page.waitForTimeout(400); // the sheet slides up
  const columns = sheet.locator('.weui-picker__group');
  for (const [i, wanted] of choices.entries()) await turnWheel(page, columns.nth(i), wanted);
  // A later wheel may have reset an earlier one's options: check them all before confirming.
  for (const [i, wanted] of choices.entries()) {
    const state = await wheelState(columns.nth(i), wanted);
    expect(state.options[state.current]).toBe(wanted);
  }
  await sheet.locator('.weui-picker__action', { hasText: '确定' }).click();
  await sheet.waitFor({ state: 'hidden' });
  const last = choices[choices.length - 1];
  if (last) await row.locator('.field__picker', { hasText: last }).waitFor({ timeout: 5000 });
}

/** Taps a modal's button (发录用, 邀请, 婉拒 …). */
export async function confirmModal(page: Page, text: string): Promise<void> {
  await page.locator('.taro-modal__foot').getByText(text, { exact: true }).click();
}

/** Takes what the picker of the row labelled `label` shows first (a date picker opens on today). */
export async function acceptPicker(page: Page, label: string): Promise<void> {
  const sheet = await openPicker(page, formField(page, label));
  await sheet.locator('.weui-picker__action', { hasText: '确定' }).click();
  await sheet.waitFor({ state: 'hidden' });
}
