import type { Frame, FrameLocator, Page } from 'playwright-core';

/** Picks an option of an Atlaskit select by typing part of it and pressing Enter, as a keyboard user. */
export async function chooseByTyping(
  page: Page,
  frame: Frame | FrameLocator,
  label: string,
  typed: string,
): Promise<void> {
  const input = frame.getByLabel(label, { exact: true });
  await input.focus();
  await page.keyboard.type(typed);
  await frame
    .getByRole('option', { name: new RegExp(typed, 'i') })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}
