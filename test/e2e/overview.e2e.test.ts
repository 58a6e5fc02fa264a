/**
 * The AIMS overview (9.1) in the browser, on the demo site: reached from the Apps menu of Jira's
 * navigation (after an admin created the implementation roadmap, so its progress shows), every
 * figure equal to the approximate count of the JQL it links to, a KPI added to
 * the monitoring register with the keyboard only, axe-clean in light and dark (screenshots); a
 * member whose Jira profile language is German reads it in German (Forge i18n), dates and
 * percentages in the German format.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { seedDemo } from '../../emulator/seed/demo';
import { callAs } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { switchToDarkMode } from './support/dark-mode';
import { setProfileLocale } from './support/profile-locale';
import type { AimsE2eSite } from './support/aims-site';
import { startAimsE2eSite } from './support/aims-site';
import { launchBrowser } from './support/browser';
import { tabUntilFocused } from './support/focus';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

jest.setTimeout(300_000);

const FRAME = 'iframe[title="AIMS overview"]';

let e2e: AimsE2eSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startAimsE2eSite(), launchBrowser()]);
  await seedDemo(e2e.site, e2e.host);
});

afterAll(async () => {
  await browser?.close();
  await e2e?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

const overviewFrame = (): Promise<Frame> => appFrame(page, FRAME, 'register', 90_000);

test('an admin previews, then creates, the implementation roadmap from the admin page', async () => {
  await signIn(page, e2e.site.url, 'admin', '/jira/admin/apps/aims-admin');
  const admin = page.frameLocator('iframe[title="AIMS for Jira & Confluence"]');
  const section = admin.getByTestId('section-roadmap');
  await section.waitFor({ timeout: 60_000 });
  const preview = section.getByRole('button', { name: 'Preview the roadmap (dry run)' });
  await tabUntilFocused(page, preview, 200);
  await page.keyboard.press('Enter');
  const outcome = section.getByTestId('roadmap-outcome');
  await expect(outcome.textContent()).resolves.toContain(
    'Dry run: 10 epics and 29 starter tasks would be created (0 already there)',
  );
  await expect(outcome.getByRole('listitem').first().textContent()).resolves.toBe(
    'Step 1: Understand the requirements (3 starter tasks)',
  );
  await section.getByRole('button', { name: 'Create the roadmap' }).click();
  await expect(
    outcome.getByText(/^Created 10 epics and 29 starter tasks/).waitFor({ timeout: 30_000 }),
  ).resolves.toBeUndefined();
  const frame = page.frames().find((f) => f.url().includes('/forge/frames/'));
  if (!frame) throw new Error('The admin page frame is not on the page');
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'admin-page-roadmap');
});

test('a member opens the overview from the Apps menu; each figure is the count of its JQL', async () => {
  await signIn(page, e2e.site.url, 'member', '/jira');
  await page
    .getByRole('navigation', { name: 'Jira navigation' })
    .getByRole('link', { name: 'AIMS overview' })
    .click();
  await page.waitForURL(/\/jira\/apps\/[^/]+\/[^/]+$/);
  const frame = await overviewFrame();
  await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });
  const figures = await frame.getByTestId('figure').evaluateAll((links) =>
    links.map((a) => ({
      jql: a.getAttribute('data-jql') ?? '',
      count: Number(a.getAttribute('data-count')),
    })),
  );
  expect(figures.length).toBeGreaterThan(60);
  const mismatches: string[] = [];
  for (const f of figures) {
    const res = await callAs(e2e.site, 'member', 'POST', '/rest/api/3/search/approximate-count', {
      jql: f.jql,
    });
    const count = (res.body as { count: number }).count;
    if (count !== f.count) mismatches.push(`${f.jql}: shows ${f.count}, counts ${count}`);
  }
  expect(mismatches).toEqual([]);
  // Figures link to Jira's issue search with their JQL.
  const href = await frame.getByTestId('figure').first().getAttribute('href');
  expect(href).toMatch(/^\/issues\/\?jql=/);
  // A member reads the register but does not change it.
  await expect(frame.getByTestId('register').textContent()).resolves.toContain(
    'Only AIMS managers change the register',
  );
  expect(await seriousA11yViolations(frame)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a manager adds a KPI with the keyboard only, in light and dark', async () => {
  await signIn(page, e2e.site.url, 'manager', '/jira');
  await page.getByRole('link', { name: 'AIMS overview' }).click();
  let frame = await overviewFrame();
  await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });

  const name = frame.getByLabel('KPI', { exact: true });
  await tabUntilFocused(page, name, 200);
  await page.keyboard.type('Open major nonconformities');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Count of open findings graded Major nonconformity');
  await page.keyboard.press('Tab'); // frequency (Monthly)
  await page.keyboard.press('Tab');
  await page.keyboard.type('AIMS manager');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await page.keyboard.type(
    'project = AIMS AND issuetype = "Audit Finding" AND statusCategory != "Done"',
  );
  await page.keyboard.press('Enter');
  const table = frame.getByTestId('register-table');
  await table.waitFor({ timeout: 30_000 });
  await expect(table.textContent()).resolves.toContain('Open major nonconformities');
  await expect(table.textContent()).resolves.toMatch(/JQL: \d+ now/);

  // Record today's result from the JQL's count, with the keyboard.
  const record = frame.getByRole('button', {
    name: 'Record a result of Open major nonconformities',
  });
  await tabUntilFocused(page, record, 200);
  await page.keyboard.press('Enter');
  // The result under its date as the manager's locale (en-GB, the seeded profile) writes it.
  await frame.waitForFunction(
    () =>
      /\d{1,2} [A-Z][a-z]{2} \d{4}: \d+/.test(
        document.querySelector('[data-testid="register-table"]')?.textContent ?? '',
      ),
    undefined,
    { timeout: 30_000 },
  );

  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'overview');

  await switchToDarkMode(page, FRAME);
  frame = await overviewFrame();
  await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'overview-dark');
});

test('a manager adds a competence requirement of a role with the keyboard only, in light and dark', async () => {
  await signIn(page, e2e.site.url, 'manager', '/jira');
  await page.getByRole('link', { name: 'AIMS overview' }).click();
  let frame = await overviewFrame();
  const section = frame.getByTestId('competence-requirements');
  const role = frame.getByLabel('AIMS role', { exact: true });
  await role.waitFor({ timeout: 30_000 });
  await role.selectOption('auditor');
  await tabUntilFocused(page, frame.getByLabel('Requirement', { exact: true }), 200);
  await page.keyboard.type('ISO/IEC 42001 auditor qualification');
  await page.keyboard.press('Tab');
  await page.keyboard.type('iso-42001-auditing');
  await page.keyboard.press('Enter');
  const table = frame.getByTestId('competence-requirements-table');
  await table.waitFor({ timeout: 30_000 });
  await expect(table.textContent()).resolves.toContain('ISO/IEC 42001 auditor qualification');
  await expect(table.textContent()).resolves.toContain('aims-competence-req-iso-42001-auditing');

  // A bad id is refused with the rule, and nothing is added.
  await frame.getByLabel('Requirement', { exact: true }).fill('Model cards');
  await frame.getByLabel('Requirement id', { exact: true }).fill('Model Cards');
  await frame.getByRole('button', { name: 'Add requirement' }).click();
  // The refusal arrives after a resolver round trip: wait for it rather than read at once.
  await section.getByText('The requirement was not saved').waitFor({ timeout: 30_000 });
  await frame.getByText('lower-case letters', { exact: false }).first().waitFor();
  await expect(table.textContent()).resolves.not.toContain('Model cards');

  // Added, then removed with the keyboard.
  await frame.getByLabel('Requirement id', { exact: true }).fill('model-cards');
  await frame.getByRole('button', { name: 'Add requirement' }).click();
  const removeButton = frame.getByRole('button', { name: 'Remove Model cards' });
  await tabUntilFocused(page, removeButton, 200);
  await page.keyboard.press('Enter');
  await removeButton.waitFor({ state: 'detached', timeout: 30_000 });
  await expect(table.textContent()).resolves.not.toContain('Model cards');
  await expect(table.textContent()).resolves.toContain('ISO/IEC 42001 auditor qualification');

  expect(await seriousA11yViolations(frame)).toEqual([]);
  await switchToDarkMode(page, FRAME);
  frame = await overviewFrame();
  await frame.getByTestId('competence-requirements-table').waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(frame)).toEqual([]);
});

test('a member reads the competence requirements but cannot change them', async () => {
  await signIn(page, e2e.site.url, 'member', '/jira');
  await page.getByRole('link', { name: 'AIMS overview' }).click();
  const frame = await overviewFrame();
  const section = frame.getByTestId('competence-requirements');
  await frame.getByText('Only AIMS managers change the competence requirements').waitFor({
    timeout: 30_000,
  });
  await expect(section.textContent()).resolves.toContain('aims-managers');
  expect(await frame.getByLabel('Requirement id').count()).toBe(0);
});

test('a member whose profile language is German reads the overview in German, light and dark', async () => {
  await setProfileLocale(e2e.site.url, 'member', 'de_DE');
  try {
    await signIn(page, e2e.site.url, 'member', '/jira');
    await page.getByRole('link', { name: 'AIMS overview' }).click();
    let frame = await overviewFrame();
    await frame.getByText('Nur AIMS-Manager ändern das Register').waitFor({ timeout: 30_000 });
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('de-DE');
    const main = frame.getByRole('main', { name: 'AIMS-Übersicht' });
    await main
      .getByRole('heading', { name: 'Nichtkonformitäten und Korrekturmaßnahmen (10.2)' })
      .waitFor();
    await main.getByRole('heading', { name: 'Überwachungsregister (9.1)' }).waitFor();
    await main.getByRole('heading', { name: 'Kompetenzanforderungen (7.2, A.4.6)' }).waitFor();
    await frame.getByText('Nur AIMS-Manager ändern die Kompetenzanforderungen').waitFor();
    await expect(main.getByText(/^Projekt /).textContent()).resolves.toMatch(
      /Stand \d{2}\.\d{2}\.\d{4}\./,
    );
    await main.getByRole('columnheader', { name: 'Quartal' }).waitFor();
    await main.getByRole('heading', { name: 'Überfällige Arbeit' }).waitFor();
    const text = (await main.textContent()) ?? '';
    for (const english of ['Overdue work', 'Monitoring register', 'Competence requirements'])
      expect(text).not.toContain(english);
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(page, 'overview-de');

    await switchToDarkMode(page, FRAME);
    frame = await overviewFrame();
    await frame.getByText('Nur AIMS-Manager ändern das Register').waitFor({ timeout: 30_000 });
    await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(page, 'overview-de-dark');
  } finally {
    await setProfileLocale(e2e.site.url, 'member', 'en_GB');
  }
});
