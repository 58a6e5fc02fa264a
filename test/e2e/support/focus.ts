import type { Locator, Page } from 'playwright-core';

/** Presses Tab until `target` has focus; fails if it is not reached within `maxTabs` presses. */
export async function tabUntilFocused(page: Page, target: Locator, maxTabs = 40): Promise<number> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('Tab target is not in the page');
  for (let i = 1; i <= maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await handle.evaluate((el) => el === document.activeElement);
    if (focused) return i;
  }
  throw new Error(`Element not reached with ${maxTabs} presses of Tab`);
}
