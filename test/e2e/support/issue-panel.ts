import type { Page } from 'playwright-core';

/**
 * Adds the app's issue panel `title` to the open issue, as a person does in Jira Cloud: the panel
 * stays closed until its button is clicked (then it stays on the issue). Nothing when it is
 * already there.
 */
export async function addIssuePanel(page: Page, title: string): Promise<void> {
  const button = page
    .getByRole('group', { name: 'Add app content' })
    .getByRole('button', { name: title, exact: true });
  if ((await button.count()) === 0) return;
  await button.click();
  await page.waitForSelector(`iframe[title="${title}"]`, { timeout: 30_000 });
}
