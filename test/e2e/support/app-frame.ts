import type { Frame, Page } from 'playwright-core';

/** The document of an app's iframe (panel, macro, admin page), once `testId` has rendered in it. */
export async function appFrame(
  page: Page,
  frameSelector: string,
  testId: string,
  timeout = 30_000,
): Promise<Frame> {
  const handle = await page.waitForSelector(frameSelector, { timeout });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${frameSelector} has no document`);
  await frame.getByTestId(testId).waitFor({ timeout });
  return frame;
}
