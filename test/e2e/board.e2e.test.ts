/**
 * AIMS work on a Jira board, in the browser: the admin makes the AIMS board from the admin page;
 * the manager opens it from the project list, moves a card with its "Move to" menu (the keyboard
 * way) and by dragging it, and sees the validator's message when a Nonconformity is moved on too
 * early, the card staying where it was. Light and dark, axe-clean.
 */
import type { Browser, Frame } from 'playwright-core';
import { callAs, jsonOk } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import type { AimsE2eSite } from './support/aims-site';
import { pageAs, startAimsE2eSite } from './support/aims-site';
import { boardCard, boardColumn, moveCardByKeyboard } from './support/board';
import { launchBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { expectCount, expectText } from './support/eventually';

jest.setTimeout(240_000);

const ADMIN_FRAME = 'iframe[title="AIMS for Jira & Confluence"]';

let e2e: AimsE2eSite;
let browser: Browser;
let base: string;

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startAimsE2eSite(), launchBrowser()]);
  base = e2e.site.url;
  await e2e.host.waitForIdle();
});

afterAll(async () => {
  await browser?.close();
  await e2e?.close();
});

async function createIssue(type: string, summary: string): Promise<string> {
  const created = await jsonOk<{ key: string }>(
    callAs(e2e.site, 'manager', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'AIMS' }, issuetype: { name: type }, summary },
    }),
  );
  return created.key;
}

let boardUrl = '';

test('the admin makes the AIMS board from the admin page, once', async () => {
  const page = await pageAs(browser, base, 'admin', '/jira/admin/apps/aims-admin');
  const frame = page.frameLocator(ADMIN_FRAME);
  const section = frame.getByTestId('section-board');
  await section.getByRole('button', { name: 'Create or repair the AIMS board' }).click();
  const outcome = section.getByTestId('board-outcome');
  await expectText(
    outcome.getByRole('status'),
    'Created the filter "AIMS work (AIMS)" and the board "AIMS board (AIMS)"',
  );
  const table = outcome.getByRole('table', { name: 'Board columns' });
  await expectText(table, 'React');
  await expectText(table, 'NC Closed');
  const adminFrame = page.frames().find((f) => f.url().includes('/forge/frames/')) as Frame;
  expect(await seriousA11yViolations(adminFrame)).toEqual([]);
  await screenshot(page, 'board-1-admin-created');

  await section.getByRole('button', { name: 'Create or repair the AIMS board' }).click();
  await expectText(outcome.getByRole('status'), 'are already there. Nothing was created.');
  const href = await outcome
    .getByRole('link', { name: 'Open AIMS board (AIMS)' })
    .getAttribute('href');
  boardUrl = href ?? '';
  expect(boardUrl).toMatch(/^\/jira\/software\/c\/projects\/AIMS\/boards\/\d+$/);
  await page.context().close();
});

test('a card moves by its menu and by drag; a refused move shows the validator’s message', async () => {
  const action = await createIssue('AIMS Action', 'Brief the model owners on the AI policy');
  const nc = await createIssue('Nonconformity', 'Model card missing for release 4.2');

  const page = await pageAs(browser, base, 'manager', '/jira');
  // From the project list to the board, as a person finds it.
  await page.locator('a[href="/jira/software/c/projects/AIMS/boards"]').click();
  await Promise.all([
    page.waitForURL(/\/boards\/\d+$/),
    page.getByRole('link', { name: 'AIMS board (AIMS)' }).click(),
  ]);
  expect(new URL(page.url()).pathname).toBe(boardUrl);
  for (const key of [action, nc]) {
    await expectCount(boardColumn(page, 'To Do').locator(`[data-issue-key="${key}"]`), 1);
  }

  // Allowed, with the keyboard: the AIMS Action goes to In Progress.
  await moveCardByKeyboard(page, action, 'Start');
  await expectCount(page.getByRole('status').filter({ hasText: `${action} moved` }), 1);
  await expectCount(boardColumn(page, 'In Progress').locator(`[data-issue-key="${action}"]`), 1);
  expect(page.url()).not.toContain('flag=');

  // Refused: the Nonconformity cannot start cause analysis before the correction is recorded.
  await moveCardByKeyboard(page, nc, 'Start cause analysis');
  const refusal = page.getByRole('alert').filter({ hasText: `${nc} was not moved` });
  await expectText(refusal, /correction|containment|consequences/i);
  await expectCount(boardColumn(page, 'To Do').locator(`[data-issue-key="${nc}"]`), 1);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'board-2-refused-move');
  // A reload does not send the move again: the address holds no form, and the message is gone.
  await page.reload();
  await boardColumn(page, 'To Do').locator(`[data-issue-key="${nc}"]`).waitFor();
  await expectCount(page.getByRole('alert').filter({ hasText: 'was not moved' }), 0);

  // Allowed, by drag: the AIMS Action goes on to Done.
  await Promise.all([
    page.waitForURL(/flag=|\/boards\/\d+\?/),
    boardCard(page, action).dragTo(boardColumn(page, 'Done')),
  ]);
  await boardColumn(page, 'Done').locator(`[data-issue-key="${action}"]`).waitFor();

  // Dark mode: the same board, still axe-clean.
  await page.locator('#theme-toggle').click();
  await page.waitForSelector('html[data-color-mode="dark"]');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'board-3-dark');
  await page.context().close();
});
