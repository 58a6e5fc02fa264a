import type { Frame, Page } from 'playwright-core';

/**
 * Approves a controlled document's current page version with the keyboard only: Enter on
 * "Approve this version" opens the confirmation, whose confirm button must take the focus, and
 * Enter confirms. Resolves once the macro's `flagTestId` says the version is approved.
 */
export async function approveByKeyboard(
  page: Page,
  frame: Frame,
  version: number,
  flagTestId: string,
): Promise<string | null> {
  await frame.getByRole('button', { name: 'Approve this version' }).focus();
  await page.keyboard.press('Enter');
  const confirm = frame.getByRole('button', { name: `Approve version ${version}` });
  await confirm.waitFor();
  if (!(await confirm.evaluate((el) => el === document.activeElement))) {
    throw new Error('The confirm button did not take the focus');
  }
  await page.keyboard.press('Enter');
  await frame.getByTestId(flagTestId).getByText(`Version ${version} approved`).waitFor();
  await frame.getByTestId('changed-since-approval').waitFor({ state: 'detached' });
  return frame.getByTestId('document-control').textContent();
}
