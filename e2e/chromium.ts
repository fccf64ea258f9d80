import { existsSync } from 'node:fs';
import { type BrowserContext, chromium } from 'playwright-core';

/** Chromium for the browser journeys: CHROME_PATH, Debian's /usr/bin/chromium, then Playwright's own. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here
  }
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_HINT =
  'Browser journeys skipped: no Chromium found. Install one (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH.';

/**
 * A phone-sized Chromium with its own fresh profile (Playwright hands the folder to Chromium as
 * --user-data-dir). The caller removes the folder after closing the context.
 */
export function launchPhone(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.LB_E2E_CHROME,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
}
