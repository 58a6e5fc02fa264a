/**
 * The whole journey on the demo site `npm start` makes, in the browser, each step as the person
 * who takes it (issue 15, item 3): the admin finishes the Getting started steps still open and
 * finds the AIMS board the demo made through the same page; the auditor records a major finding
 * in the internal audit from its panel;
 * the app raises the Nonconformity, whose glance shows the step's guidance and whose card is on
 * the board; the manager tries to skip a step on the board and reads the validator's message;
 * records the correction, causes and similar-nonconformities check in the panel and creates the
 * corrective action there; the member does it; another manager, the effectiveness reviewer,
 * finds it ineffective, which sends it back to cause analysis; a second action is done and found
 * effective; the NC closes and the app closes the finding. Then the manager approves the SoA,
 * holds the management review with a decision that becomes an AIMS Action linking back to the
 * review page, and the overview's figures moved as they should, each equal to its JQL's count.
 * Screenshots journey-NN-*.png (SCREENSHOTS=1) are the user guide's "The whole journey".
 */
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { seedDemo } from '../../emulator/seed/demo';
import type { DemoSeedResult } from '../../emulator/seed/demo';
import type { SeededLogin } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import type { AimsE2eSite } from './support/aims-site';
import { startAimsE2eSite } from './support/aims-site';
import { boardCard, moveCardByKeyboard } from './support/board';
import { launchBrowser } from './support/browser';
import { chooseByTyping } from './support/keyboard-select';
import type { OverviewFigure } from './support/overview-figures';
import { figuresNotMatchingJql, readOverviewFigures } from './support/overview-figures';
import type { JourneyCost } from './support/panel-steps';
import { ISSUE_PANEL, countPageLoads, newJourneyCost, panelSteps } from './support/panel-steps';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

jest.setTimeout(300_000);

const ADMIN_FRAME = 'iframe[title="AIMS for Jira & Confluence"]';
const OVERVIEW_FRAME = 'iframe[title="AIMS overview"]';
const SOA_FRAME = 'iframe[title="ISO 42001 Statement of Applicability"]';
const REVIEW_FRAME = 'iframe[title="ISO 42001 Management Review"]';

let e2e: AimsE2eSite;
let browser: Browser;
let base: string;
let demo: DemoSeedResult;
const contexts: BrowserContext[] = [];
const people = new Map<SeededLogin, Page>();
const cost: JourneyCost = newJourneyCost();
const started = Date.now();
let panel: ReturnType<typeof panelSteps>;

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startAimsE2eSite(), launchBrowser()]);
  demo = await seedDemo(e2e.site, e2e.host);
  base = e2e.site.url;
  panel = panelSteps(base, cost);
});

afterAll(async () => {
  console.log(
    `[whole journey] ${JSON.stringify(cost)} in ${((Date.now() - started) / 1000).toFixed(0)} s (site and demo seed included)`,
  );
  for (const c of contexts) await c.close();
  await browser?.close();
  await e2e?.host.waitForIdle();
  await e2e?.close();
});

/** The person's own browser (signed in once); their page loads and clicks are counted. */
async function as(login: SeededLogin): Promise<Page> {
  const known = people.get(login);
  if (known) return known;
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, base, login, '/jira');
  countPageLoads(page, cost);
  people.set(login, page);
  return page;
}

/** Opens the AIMS overview from Jira's Apps menu and reads its figures once they are there. */
async function overviewFigures(page: Page): Promise<{ frame: Frame; figures: OverviewFigure[] }> {
  await page.goto(`${base}/jira`);
  await panel.click(
    page
      .getByRole('navigation', { name: 'Jira navigation' })
      .getByRole('link', { name: 'AIMS overview' }),
  );
  const frame = await appFrame(page, OVERVIEW_FRAME, 'register', 90_000);
  await frame.getByTestId('trend-chart').waitFor({ timeout: 60_000 });
  return { frame, figures: await readOverviewFigures(frame) };
}

/** The one figure with `label` (the overview shows each of these once). */
function figure(figures: readonly OverviewFigure[], label: string): number {
  const found = figures.filter((f) => f.label === label);
  if (found.length !== 1) throw new Error(`${found.length} figures "${label}" on the overview`);
  return found[0]?.count ?? Number.NaN;
}

/** Reloads the issue until `text` shows in `testId` (the app's automation runs after an event). */
async function reloadUntil(page: Page, key: string, testId: string, text: string): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    await e2e.host.waitForIdle();
    await page.goto(`${base}/jira/browse/${key}`);
    await page.getByTestId('issue-summary').waitFor({ timeout: 30_000 });
    const shown = await page
      .getByTestId(testId)
      .textContent()
      .catch(() => '');
    if (shown?.includes(text)) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`${key}: "${text}" never showed in ${testId}`);
}

let before: OverviewFigure[] = [];
let finding = '';
let nc = '';
const FINDING = 'Scoring model 4.3 retrained without a bias test';

test('0. before: the manager reads the overview of the demo AIMS', async () => {
  const { figures } = await overviewFigures(await as('manager'));
  before = figures;
  expect(figure(before, 'Open nonconformities')).toBeGreaterThan(0);
});

test('1. the admin finishes the Getting started steps still open; the AIMS board is in place', async () => {
  const page = await as('admin');
  await page.goto(`${base}/jira/admin/apps/aims-admin`);
  const frame = page.frameLocator(ADMIN_FRAME);
  const summary = frame.getByTestId('onboarding-summary');
  // The demo site was installed and provisioned, with its risk matrix and its AIMS board: roles
  // are next.
  await summary.getByText('4 of 7 steps done. Next: Roles.').waitFor({ timeout: 60_000 });
  await chooseByTyping(page, frame, 'Top management', 'aims-man');
  await panel.click(frame.getByRole('button', { name: 'Save the roles' }));
  await summary
    .getByText('5 of 7 steps done. Next: Confluence pages.')
    .waitFor({ timeout: 30_000 });
  await chooseByTyping(page, frame, 'Confluence space', 'AIMS');
  await panel.click(frame.getByRole('button', { name: 'Create the AIMS pages' }));
  await frame.getByTestId('pages-outcome').getByText('4 of 4 pages created').waitFor({
    timeout: 60_000,
  });
  await summary.getByText(/^The AIMS is set up/).waitFor({ timeout: 30_000 });

  // The demo's board (made by the seed through this page) reads back as in place, with its link.
  const board = frame.getByTestId('section-board');
  await board
    .getByTestId('board-state')
    .getByText(/^In place: AIMS board \(AIMS\), its filter and columns right\./)
    .waitFor({ timeout: 30_000 });
  await board.getByRole('link', { name: 'Open AIMS board (AIMS)' }).waitFor();
  await screenshot(page, 'journey-01-admin-onboarded', { fullPage: false });
});

test('2. the auditor records a major finding in the internal audit, from its panel', async () => {
  const page = await as('auditor');
  const frame = await panel.open(page, demo.audit.audit);
  const form = frame.getByTestId('add-finding');
  await panel.fill(form, 'Summary', FINDING);
  await panel.choose(form, 'Finding grade', 'Major nonconformity');
  await panel.click(form.getByRole('button', { name: 'Add finding' }));
  // The shell's issue view shows the new link at once, as Jira's does after an app's change.
  const link = page.getByTestId('issue-links').locator('li').filter({ hasText: FINDING });
  await link.waitFor({ timeout: 30_000 });
  finding = /AIMS-\d+/.exec((await link.textContent()) ?? '')?.[0] ?? '';
  expect(finding).not.toBe('');
  await screenshot(page, 'journey-02-finding-recorded');
});

test('3. the nonconformity appears by itself, with its guidance and on the AIMS board', async () => {
  const auditor = await as('auditor');
  await reloadUntil(auditor, finding, 'issue-details', 'Nonconformity Raised');
  const raised = auditor.getByTestId('issue-links').locator('li').filter({ hasText: 'raises' });
  nc = /AIMS-\d+/.exec((await raised.textContent()) ?? '')?.[0] ?? '';
  expect(nc).not.toBe('');

  const manager = await as('manager');
  await manager.goto(`${base}/jira/browse/${nc}`);
  // The glance shows what the step needs before anyone opens the panel.
  await manager.getByTestId('glances').getByText('10.2 a: 2 to record').waitFor({
    timeout: 30_000,
  });
  await screenshot(manager, 'journey-03-nc-raised-glance');

  // From the project list to the board: the card is there.
  await manager.goto(`${base}/jira`);
  await panel.click(manager.locator('a[href="/jira/software/c/projects/AIMS/boards"]'));
  await Promise.all([
    manager.waitForURL(/\/boards\/\d+$/),
    panel.click(manager.getByRole('link', { name: 'AIMS board (AIMS)' })),
  ]);
  await boardCard(manager, nc).waitFor({ timeout: 30_000 });
});

test('4. the manager tries to skip a step on the board and reads the validator’s message', async () => {
  const manager = await as('manager');
  cost.clicks += 1;
  await moveCardByKeyboard(manager, nc, 'Start cause analysis');
  const refusal = manager.getByRole('alert').filter({ hasText: `${nc} was not moved` });
  await refusal
    .getByText('Record the correction or containment taken (10.2 a).', { exact: false })
    .waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(manager)).toEqual([]);
  await screenshot(manager, 'journey-04-board-refused', { fullPage: false });
});

test('5. the manager records the correction, causes and similar-NC check in the panel', async () => {
  const manager = await as('manager');
  const frame = await panel.open(manager, nc);
  await panel.fill(frame, 'Correction and containment', 'Model 4.3 withdrawn; 4.2 restored');
  await panel.fill(frame, 'Consequences dealt with', 'Scores made by 4.3 recomputed');
  await panel.save(frame);
  await panel.move(frame, 'Start cause analysis', 'Cause Analysis');
  await panel.fill(frame, 'Root cause', 'The retraining pipeline has no bias-test stage');
  await panel.choose(frame, 'Similar nonconformities', 'Similar could occur');
  await panel.fill(frame, 'Similar nonconformities notes', 'The chatbot pipeline is the same');
  await panel.choose(frame, 'Corrective action decision', 'Corrective action needed');
  await panel.save(frame);
  await screenshot(manager, 'journey-05-causes-recorded');
});

let firstAction = '';

/**
 * The manager creates a corrective action from the Nonconformity's panel (implemented by Mel),
 * moves the NC on to implementation and names Ada, another manager, the effectiveness reviewer.
 */
async function planCorrectiveAction(frame: FrameLocator, summary: string): Promise<string> {
  const key = await panel.createCorrectiveAction(frame, summary, 'Mel Member');
  await panel.move(frame, 'Implement corrective actions', 'Implementing Actions');
  await panel.choosePerson(frame, 'Effectiveness reviewer', 'Ada Admin');
  return key;
}

/** The member, its implementer, records what was done and marks the action Done, from its panel. */
async function memberCompletes(action: string, notes: string, evidence: string): Promise<Page> {
  const member = await as('member');
  const frame = await panel.open(member, action);
  await panel.fill(frame, 'Implementation notes', notes);
  await panel.fill(frame, 'Evidence', evidence);
  await panel.save(frame);
  await panel.move(frame, 'Done', 'Done');
  return member;
}

/** The reviewer opens the Nonconformity, which the app moved to its effectiveness review. */
async function reviewerOpensReview(): Promise<{ reviewer: Page; frame: FrameLocator }> {
  const reviewer = await as('admin');
  await e2e.host.waitForIdle();
  const frame = await panel.open(reviewer, nc);
  await panel.expectStatus(frame, 'Effectiveness Review');
  return { reviewer, frame };
}

test('6. a corrective action is created from the panel and the member does it', async () => {
  const manager = await as('manager');
  firstAction = await planCorrectiveAction(
    manager.frameLocator(ISSUE_PANEL),
    'Add a bias-test stage to the retraining pipeline',
  );
  const member = await memberCompletes(
    firstAction,
    'Bias test added as a pipeline stage',
    'https://ci.example.com/pipelines/retrain/41',
  );
  await screenshot(member, 'journey-06-action-done');
});

test('7. the reviewer finds it ineffective; a second action is done, found effective, and the NC and finding close', async () => {
  let { reviewer, frame } = await reviewerOpensReview();
  await panel.choose(frame, 'Effectiveness verdict', 'Ineffective');
  await panel.fill(frame, 'Effectiveness evidence', 'Retrain 42 skipped the stage on a timeout');
  // The step's other answer (AIMS change) is for closing: the verdict is shown as recorded.
  await panel.save(
    frame,
    frame
      .getByRole('table', { name: 'Effectiveness review and AIMS change' })
      .getByText('Ineffective', { exact: true }),
  );
  await panel.move(frame, 'Ineffective: back to cause analysis', 'Cause Analysis');
  await screenshot(reviewer, 'journey-07-found-ineffective');

  // The next review starts blank (the first is kept in the loop record): the reviewer is named again.
  const secondAction = await planCorrectiveAction(
    await panel.open(await as('manager'), nc),
    'Fail the pipeline when the bias-test stage times out',
  );
  expect(secondAction).not.toBe(firstAction);
  await memberCompletes(
    secondAction,
    'A timeout now fails the pipeline',
    'https://ci.example.com/pipelines/retrain/45',
  );

  ({ reviewer, frame } = await reviewerOpensReview());
  await panel.choose(frame, 'Effectiveness verdict', 'Effective');
  await panel.fill(frame, 'Effectiveness evidence', 'Retrains 45 to 48 ran the bias test');
  await panel.choose(frame, 'AIMS change needed', 'No');
  await panel.save(frame);
  await panel.move(frame, 'Verify effective and close', 'NC Closed');
  await screenshot(reviewer, 'journey-08-nc-closed');

  // The app closes the finding that raised it.
  await reloadUntil(await as('auditor'), finding, 'issue-details', 'Finding Closed');
});

test('8. the manager approves the Statement of Applicability in its macro', async () => {
  const manager = await as('manager');
  await manager.goto(`${base}/wiki/pages/${demo.pages.soa}`);
  const frame = await appFrame(manager, SOA_FRAME, 'soa-tables-live', 60_000);
  await panel.click(frame.getByRole('button', { name: 'Approve this SoA' }));
  await panel.click(
    frame.getByTestId('soa-approve-confirmation').getByRole('button', {
      name: 'Approve',
      exact: true,
    }),
  );
  await frame
    .getByTestId('soa-flag')
    .getByText('Statement of Applicability approved at page version', { exact: false })
    .waitFor({ timeout: 30_000 });
  await frame.getByTestId('soa-no-changes').waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(manager, 'journey-09-soa-approved');
});

test('9. the management review is held; its decision becomes an AIMS Action that links back', async () => {
  const manager = await as('manager');
  const reviewUrl = `${base}/wiki/pages/${demo.pages.reviewQ4}`;
  await manager.goto(reviewUrl);
  let frame = await appFrame(manager, REVIEW_FRAME, 'review-macro', 60_000);
  const attendees = frame.getByTestId('attendees');
  await chooseByTyping(manager, frame, 'People who attended', 'Morgan');
  await chooseByTyping(manager, frame, 'People who attended', 'Ada');
  await panel.click(attendees.getByRole('button', { name: 'Save attendees' }));
  await attendees
    .getByTestId('attendees-saved')
    .getByText('Saved: Morgan Manager, Ada Admin.')
    .waitFor({ timeout: 30_000 });

  const decision = 'Add a bias test to every retraining pipeline';
  await panel.fill(frame, 'Decision', decision);
  await chooseByTyping(manager, frame, 'Owner', 'Morgan');
  await panel.fill(frame, 'Due date (YYYY-MM-DD)', '2027-03-31');
  await panel.click(frame.getByRole('button', { name: 'Add decision' }));
  const added = frame.getByTestId('decision-added');
  await added.waitFor({ timeout: 30_000 });
  const action = /AIMS-\d+/.exec((await added.textContent()) ?? '')?.[0] ?? '';
  expect(action).not.toBe('');

  await panel.click(frame.getByRole('button', { name: 'Record as held' }));
  await panel.click(frame.getByRole('button', { name: 'Yes, record as held' }));
  await frame.getByTestId('review-held').waitFor({ timeout: 30_000 });
  frame = await appFrame(manager, REVIEW_FRAME, 'review-held', 60_000);
  await frame.getByTestId('decisions').getByText(decision).waitFor({ timeout: 30_000 });
  for (const person of ['Morgan Manager', 'Ada Admin'])
    await frame
      .getByTestId('attendees')
      .getByText(person, { exact: false })
      .waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(manager, 'journey-10-review-held');

  // The AIMS Action, opened from its key, links back to the review page.
  const [tab] = await Promise.all([
    manager.context().waitForEvent('page'),
    panel.click(
      frame
        .getByRole('table', { name: 'Decisions of the review' })
        .getByRole('link', { name: action }),
    ),
  ]);
  await tab.waitForURL(new RegExp(`/jira/browse/${action}$`));
  await tab.getByTestId('issue-summary').getByText(decision).waitFor({ timeout: 30_000 });
  await Promise.all([
    tab.waitForURL(new RegExp(`/wiki/pages/${demo.pages.reviewQ4}`)),
    panel.click(tab.getByRole('link', { name: 'Management Review 2026-Q4' })),
  ]);
  await appFrame(tab, REVIEW_FRAME, 'review-held', 60_000);
  await tab.close();
});

test('10. the overview counts all of it, each figure equal to its JQL’s count', async () => {
  await e2e.host.waitForIdle();
  const manager = await as('manager');
  const { frame, figures: after } = await overviewFigures(manager);
  const change = (label: string) => figure(after, label) - figure(before, label);
  // One nonconformity raised and closed: as many open as before, one more closed as effective.
  expect(change('Open nonconformities')).toBe(0);
  expect(change('Closed as effective')).toBe(1);
  // Its two corrective actions, both closed.
  expect(change('Closed')).toBe(2);
  expect(change('Open, on time')).toBe(0);
  expect(change('Open, late')).toBe(0);
  // The review's decision: one more open AIMS Action, not overdue.
  expect(change('Open actions')).toBe(1);
  expect(change('Overdue actions')).toBe(0);
  expect(await figuresNotMatchingJql(e2e.site, 'manager', after)).toEqual([]);
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(manager, 'journey-11-overview');
});
