import type { Locator, Page } from 'playwright-core';

/** A column of the shell's board page, by its heading. */
export const boardColumn = (page: Page, name: string): Locator =>
  page.locator('.board-column').filter({ has: page.getByRole('heading', { name }) });

/** An issue's card on the board page. */
export const boardCard = (page: Page, key: string): Locator =>
  page.locator(`.board-card[data-issue-key="${key}"]`);

/** Opens the card's "Move to" menu and picks `transition` with the keyboard (the page reloads). */
export async function moveCardByKeyboard(
  page: Page,
  key: string,
  transition: string,
): Promise<void> {
  const menu = boardCard(page, key).locator('summary');
  await menu.focus();
  await page.keyboard.press('Enter');
  const option = boardCard(page, key).getByRole('button', { name: new RegExp(`^${transition} →`) });
  await option.focus();
  await Promise.all([page.waitForURL(/\/boards\/\d+\?/), page.keyboard.press('Enter')]);
}
