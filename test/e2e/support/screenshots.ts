import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** With SCREENSHOTS=1, saves a full-page PNG to docs/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string | undefined> {
  if (process.env.SCREENSHOTS !== '1') return undefined;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
