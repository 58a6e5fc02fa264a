/**
 * A clause 10.2 journey done from the ISO 42001 issue panel, in the browser, as the people who do
 * it: the glance shows the step's guidance without a click; the manager adds the panel, sees the
 * validator refuse a step taken too early in the panel, records each step, creates the corrective
 * action already linked and assigned, chooses the reviewer and moves the issue on; the member
 * finishes the action from its panel; the manager verifies and closes. Light and dark, axe-clean,
 * one step with the keyboard. Clicks and page loads are counted (the figures of the report).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PanelSite } from '../integration/issue-panel/panel-test-site';
import { seriousA11yViolations } from './support/accessibility';
import { launchBrowser } from './support/browser';
import { tabUntilFocused } from './support/focus';
import type { PanelSteps } from './support/panel-steps';
import { countPageLoads, ISSUE_PANEL, newJourneyCost, panelSteps } from './support/panel-steps';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expectAttribute, expectCount, expectText } from './support/eventually';

jest.setTimeout(240_000);

const PANEL = ISSUE_PANEL;

let ps: PanelSite;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

const cost = newJourneyCost();
let steps: PanelSteps;

beforeAll(async () => {
  [ps, browser] = await Promise.all([PanelSite.start({ withShell: true }), launchBrowser()]);
  base = ps.site.url;
  steps = panelSteps(base, cost);
});

afterAll(async () => {
  console.log(`[panel journey] ${JSON.stringify(cost)}`);
  for (const c of contexts) await c.close();
  await browser?.close();
  await ps?.host.waitForIdle();
  await ps?.close();
});

async function personPage(login: 'manager' | 'member'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, base, login);
  countPageLoads(page, cost);
  return page;
}

const panelDocument = (page: Page) => {
  const frame = page.frames().find((f) => f.url().includes('/forge/frames/'));
  if (!frame) throw new Error('The panel frame is not on the page');
  return frame;
};

async function dark(page: Page): Promise<void> {
  await page.locator('#theme-toggle').click();
  await page.waitForFunction((selector) => {
    const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
    return doc?.documentElement.getAttribute('data-color-mode') === 'dark';
  }, PANEL);
  await page.waitForTimeout(300);
}

test('a nonconformity is worked from React to effective closure from its issue panel', async () => {
  const finding = await ps.create('Audit Finding', 'Retrained model shipped without validation');
  const nc = await ps.create('Nonconformity', 'Scoring model retrained without validation');
  await ps.link('AIMS Raises', finding, nc);
  const manager = await personPage('manager');

  // The glance shows the step's guidance before anyone opens anything; the panel is closed.
  await manager.goto(`${base}/jira/browse/${nc}`);
  await expectText(manager.getByTestId('glances'), '10.2 a: 2 to record');
  await expectCount(manager.locator(PANEL), 0);
  expect(await seriousA11yViolations(manager)).toEqual([]);
  await screenshot(manager, 'panel-journey-1-glance');

  let frame = await steps.open(manager, nc);
  expect(await seriousA11yViolations(panelDocument(manager))).toEqual([]);

  // a) Moving on too early: the validator's refusal, in the panel.
  await steps.click(steps.transition(frame, 'Start cause analysis'));
  await frame
    .getByTestId('transition-refusal')
    .getByText('Record the correction or containment taken (10.2 a).', { exact: false })
    .waitFor({ timeout: 30_000 });
  await screenshot(manager, 'panel-journey-2-refused');
  await steps.fill(
    frame,
    'Correction and containment',
    'Model v3 withdrawn; validated v2 restored',
  );
  await steps.fill(frame, 'Consequences dealt with', 'Scores made by v3 recomputed');
  await steps.save(frame);
  // With the keyboard: Tab to the transition and press Enter.
  await tabUntilFocused(manager, steps.transition(frame, 'Start cause analysis'), 120);
  cost.clicks += 1;
  await manager.keyboard.press('Enter');
  await steps.expectStatus(frame, 'Cause Analysis');

  // b) Causes, then the corrective action created here: linked and assigned at once.
  await steps.fill(frame, 'Root cause', 'The retraining job skips the validation step');
  await steps.choose(frame, 'Similar nonconformities', 'Similar could occur');
  await steps.fill(frame, 'Similar nonconformities notes', 'Two other jobs share the step list');
  await steps.choose(frame, 'Corrective action decision', 'Corrective action needed');
  await steps.save(frame);
  const caKey = await steps.createCorrectiveAction(
    frame,
    'Make validation a required step of the job',
    'Mel Member',
  );
  await screenshot(manager, 'panel-journey-3-action-created');
  await steps.move(frame, 'Implement corrective actions', 'Implementing Actions');

  // c) The reviewer is chosen here; the member finishes the action from its own panel.
  await steps.choosePerson(frame, 'Effectiveness reviewer', 'Morgan Manager');
  expect(
    (await ps.fieldValue(nc, 'Effectiveness reviewer')) as { displayName: string },
  ).toMatchObject({
    displayName: 'Morgan Manager',
  });
  const member = await personPage('member');
  const caFrame = await steps.open(member, caKey);
  await steps.fill(caFrame, 'Implementation notes', 'Validation is a required job step');
  await steps.fill(caFrame, 'Evidence', 'https://ci.example.com/run/7');
  await steps.save(caFrame);
  await steps.move(caFrame, 'Done', 'Done');

  // d, e) The app moved the nonconformity to its review; the manager verifies and closes it.
  await ps.host.waitForIdle();
  frame = await steps.open(manager, nc);
  await steps.expectStatus(frame, 'Effectiveness Review');
  await dark(manager);
  expect(await seriousA11yViolations(panelDocument(manager))).toEqual([]);
  expect(await seriousA11yViolations(manager)).toEqual([]);
  await screenshot(manager, 'panel-journey-4-review-dark');
  await steps.choose(frame, 'Effectiveness verdict', 'Effective');
  await steps.fill(frame, 'Effectiveness evidence', 'Three retrainings ran the validation step');
  await steps.choose(frame, 'AIMS change needed', 'No');
  await steps.save(frame);
  await steps.move(frame, 'Verify effective and close', 'NC Closed');
  await expectAttribute(frame.getByTestId('nc-step-e'), 'data-status', 'done');
  await screenshot(manager, 'panel-journey-5-closed-dark');
  // Before: ~20 clicks and ~13 page loads over 4 pages (nonconformity-flow.e2e.test.ts).
  expect(cost.pageLoads).toBeLessThanOrEqual(6);
});
