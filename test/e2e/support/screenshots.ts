import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');

/**
 * With SCREENSHOTS=1, saves a PNG to docs/screenshots/<name>.png (the full page, or only what the
 * window shows with `fullPage: false`, for a long page whose top is the point); returns its path.
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string | undefined> {
  if (process.env.SCREENSHOTS !== '1') return undefined;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
