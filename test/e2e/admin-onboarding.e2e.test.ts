/**
 * The guided onboarding on the admin page, in the browser, on a fresh site (the app installed
 * without its install trigger): the tracker says what is done and what is next; the admin, mostly
 * by keyboard, creates a project, provisions it, saves the risk criteria, maps the AIMS roles to
 * Jira groups, creates the AIMS pages in Confluence (and again: nothing new) and the AIMS board,
 * and the tracker reads every step back as done (the board with a link to its page). No default
 * issue type name is a reserved JQL word; one the admin types is warned about. Accessibility (axe: no serious or critical violation) in light
 * and dark; screenshots.
 */
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { callAs } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import { AIMS_APP_ROOT } from './support/aims-site';
import { launchBrowser } from './support/browser';
import type { E2eSite } from './support/e2e-site';
import { startE2eSite } from './support/e2e-site';
import { appFrame } from './support/app-frame';
import { chooseByTyping } from './support/keyboard-select';
import { switchToDarkMode } from './support/dark-mode';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import {
  eventually,
  expectAttribute,
  expectCount,
  expectExactText,
  expectNoText,
  expectText,
} from './support/eventually';

jest.setTimeout(240_000);

const ADMIN_FRAME = 'iframe[title="AIMS for Jira & Confluence"]';

let e2e: E2eSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startE2eSite(AIMS_APP_ROOT), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await e2e?.close();
});

const adminFrame = (): Promise<Frame> => appFrame(page, ADMIN_FRAME, 'onboarding-summary');

const choose = (frame: FrameLocator, label: string, typed: string): Promise<void> =>
  chooseByTyping(page, frame, label, typed);

const summary = (frame: FrameLocator) => frame.getByTestId('onboarding-summary');
const stepStatus = (frame: FrameLocator, id: string) => frame.getByTestId(`step-status-${id}`);

test('an admin onboards a fresh site step by step, and every step reads back as done', async () => {
  await signIn(page, e2e.site.url, 'admin', '/jira/admin/apps/aims-admin');
  const frame = page.frameLocator(ADMIN_FRAME);
  await summary(frame)
    .getByText('1 of 7 steps done. Next: Provision.')
    .waitFor({ timeout: 30_000 });
  await expectExactText(stepStatus(frame, 'project'), 'Step 1 of 7: done');
  await expectExactText(stepStatus(frame, 'provisioning'), 'Step 2 of 7: to do');
  await expectExactText(stepStatus(frame, 'roadmap'), 'Step 6 of 7 (optional): to do');
  await expectExactText(stepStatus(frame, 'board'), 'Step 7 of 7 (optional): to do');
  // No default issue type name is a reserved JQL word; "Audit" typed by the admin is warned about.
  await expectCount(frame.getByTestId('reserved-jql-names'), 0);
  const auditName = frame.getByLabel('AIMS Audit', { exact: true });
  await auditName.fill('Audit');
  await expectText(frame.getByTestId('reserved-jql-names'), /“Audit” is a reserved word/);
  await auditName.fill('AIMS Audit');
  await frame.getByTestId('reserved-jql-names').waitFor({ state: 'detached' });
  expect(await seriousA11yViolations(await adminFrame())).toEqual([]);
  await screenshot(page, 'admin-onboarding-start');

  // The next-step button moves focus to that step's heading.
  await frame.getByRole('button', { name: 'Go to the next step: Provision' }).press('Enter');
  const admin = await adminFrame();
  await eventually(
    () => admin.evaluate(() => document.activeElement?.id ?? ''),
    (focused) => expect(focused).toBe('provisioning-target'),
  );

  // Step 1: a new project, typed and submitted with Enter; a bad key is refused in words.
  const key = frame.getByLabel('Key', { exact: true });
  await key.fill('1x');
  await frame.getByLabel('Name', { exact: true }).fill('Onboarded AIMS');
  await frame.getByLabel('Name', { exact: true }).press('Enter');
  await expectText(frame.getByTestId('project-problem'), 'starts with a letter');
  await key.fill('ONB');
  await frame.getByLabel('Name', { exact: true }).press('Enter');
  await frame.getByTestId('project-saved').getByText('project ONB (Onboarded AIMS)').waitFor();
  const project = await callAs(e2e.site, 'admin', 'GET', '/rest/api/3/project/ONB');
  expect(project.status).toBe(200);
  await expectText(
    frame.getByTestId('project-current'),
    'In use: ONB (Onboarded AIMS), company-managed',
  );

  // Step 2: provision it (confirmed with the keyboard).
  await frame.getByRole('button', { name: 'Provision', exact: true }).click();
  await frame.getByRole('button', { name: 'Yes, provision' }).press('Enter');
  await frame
    .getByTestId('provisioning-run')
    .getByText('Provisioning made')
    .waitFor({ timeout: 180_000 });
  await summary(frame).getByText('2 of 7 steps done. Next: Risk matrix.').waitFor();

  // Step 3: the default risk criteria, saved.
  await frame.getByRole('button', { name: 'Save risk matrix' }).press('Enter');
  await frame.getByTestId('risk-matrix-saved').waitFor();
  await summary(frame).getByText('3 of 7 steps done. Next: Roles.').waitFor();

  // Step 4: the top management group does not exist yet; choose one from Jira's groups.
  await expectText(
    frame.getByTestId('roles-missing'),
    '“aims-top-management” does not exist in Jira.',
  );
  await choose(frame, 'Top management', 'aims-man');
  await frame.getByRole('button', { name: 'Save the roles' }).press('Enter');
  await summary(frame).getByText('4 of 7 steps done. Next: Confluence pages.').waitFor();
  await expectCount(frame.getByTestId('roles-missing'), 0);

  // Step 5: the AIMS pages in space AIMS; a second run finds them all.
  await choose(frame, 'Confluence space', 'AIMS');
  await frame.getByRole('button', { name: 'Create the AIMS pages' }).press('Enter');
  await frame.getByTestId('pages-outcome').getByText('4 of 4 pages created').waitFor();
  await summary(frame)
    .getByText(/^The AIMS is set up/)
    .waitFor();
  await expectNoText(frame.getByTestId('pages-status'), 'to create');
  await frame.getByRole('button', { name: 'Create the AIMS pages' }).press('Enter');
  await frame
    .getByTestId('pages-outcome')
    .getByText('Every AIMS page was already there: nothing was created.')
    .waitFor();
  const pages = await callAs(
    e2e.site,
    'admin',
    'GET',
    `/wiki/api/v2/pages?title=${encodeURIComponent('Statement of Applicability (ONB)')}`,
  );
  expect((pages.body as { results: unknown[] }).results).toHaveLength(1);

  // Step 7 (optional): the AIMS board, with the keyboard; read back as in place, with its link.
  const boardSection = frame.getByTestId('section-board');
  await boardSection.getByTestId('board-state').getByText('There is no AIMS board yet.').waitFor();
  await boardSection.getByRole('button', { name: 'Create or repair the AIMS board' }).focus();
  await page.keyboard.press('Enter');
  await boardSection
    .getByTestId('board-outcome')
    .getByText('Created the filter "AIMS work (ONB)" and the board "AIMS board (ONB)".')
    .waitFor({ timeout: 60_000 });
  await boardSection
    .getByTestId('board-state')
    .getByText(/^In place: AIMS board \(ONB\), its filter and columns right\./)
    .waitFor({ timeout: 30_000 });
  await expectExactText(stepStatus(frame, 'board'), 'Step 7 of 7 (optional): done');
  const boardLink = boardSection
    .getByTestId('board-state')
    .getByRole('link', { name: 'Open AIMS board (ONB)' });
  await expectAttribute(boardLink, 'href', /^\/jira\/software\/c\/projects\/ONB\/boards\/\d+$/);

  expect(await seriousA11yViolations(await adminFrame())).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'admin-onboarding-done');

  // Dark, after a reload: the frame follows the shell's theme; the steps read back as done.
  await switchToDarkMode(page, ADMIN_FRAME);
  await summary(frame)
    .getByText(/^The AIMS is set up/)
    .waitFor({ timeout: 30_000 });
  await frame
    .getByTestId('board-state')
    .getByText(/^In place: AIMS board \(ONB\)/)
    .waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(await adminFrame())).toEqual([]);
  await screenshot(page, 'admin-onboarding-dark');

  // The link opens the board's page (in a new tab, as Forge's router.open does).
  await frame.getByRole('link', { name: 'Open AIMS board (ONB)' }).focus();
  const [boardPage] = await Promise.all([
    context.waitForEvent('page'),
    page.keyboard.press('Enter'),
  ]);
  await boardPage.waitForURL(/\/jira\/software\/c\/projects\/ONB\/boards\/\d+$/);
  await boardPage
    .getByRole('heading', { name: 'AIMS board (ONB)' })
    .first()
    .waitFor({ timeout: 30_000 });
  await boardPage.close();
});
