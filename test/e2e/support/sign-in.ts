import type { Page } from 'playwright-core';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { SeededLogin } from '../../support/test-site';

/** Signs in through the shell's sign-in form as a seeded user and waits for the landing page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  login: SeededLogin,
  next = '/jira',
): Promise<void> {
  const user = SEEDED_USERS.find((u) => u.email === `${login}@example.com`);
  if (!user) throw new Error(`No seeded user ${login}`);
  await page.goto(`${baseUrl}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('User', { exact: true }).selectOption(user.accountId);
  await Promise.all([page.waitForURL(`${baseUrl}${next}`), page.locator('#signin-demo').click()]);
}
