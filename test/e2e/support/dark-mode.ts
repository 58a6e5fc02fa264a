import type { Page } from 'playwright-core';

/**
 * Switches the shell to dark mode (its toggle, kept across the reload) and waits until the app's
 * frame `frameSelector` follows it, as Atlassian's products pass the theme to Custom UI.
 *
 * The toggle is on the page, which a modal dialog (a macro's settings) makes inert, as in the
 * products: an open dialog is closed first (its Close button, as a person does), and `reopen`
 * (e.g. the click that opened it) brings the app's frame back after the reload, which closes
 * dialogs.
 */
export async function switchToDarkMode(
  page: Page,
  frameSelector: string,
  reopen?: (page: Page) => Promise<void>,
): Promise<void> {
  const dialog = page.locator('dialog[open]');
  if ((await dialog.count()) > 0) {
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await page.locator('#theme-toggle').click();
  await page.reload();
  await reopen?.(page);
  await page.waitForSelector(frameSelector);
  await page.waitForFunction(
    (selector) =>
      document
        .querySelector<HTMLIFrameElement>(selector)
        ?.contentDocument?.documentElement.getAttribute('data-color-mode') === 'dark',
    frameSelector,
  );
}
