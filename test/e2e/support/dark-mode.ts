import type { Page } from 'playwright-core';

/**
 * Switches the shell to dark mode (its toggle, kept across the reload) and waits until the app's
 * frame `frameSelector` follows it, as Atlassian's products pass the theme to Custom UI.
 */
export async function switchToDarkMode(page: Page, frameSelector: string): Promise<void> {
  await page.locator('#theme-toggle').click();
  await page.reload();
  await page.waitForSelector(frameSelector);
  await page.waitForFunction(
    (selector) =>
      document
        .querySelector<HTMLIFrameElement>(selector)
        ?.contentDocument?.documentElement.getAttribute('data-color-mode') === 'dark',
    frameSelector,
  );
}
