/**
 * The AIMS overview (9.1) in the browser, on the demo site: reached from the Apps menu of Jira's
 * navigation (after an admin created the implementation roadmap, so its progress shows), every
 * figure equal to the approximate count of the JQL it links to, a KPI added to
 * the monitoring register with the keyboard only, axe-clean in light and dark (screenshots); a
 * member whose Jira profile language is German reads it in German (Forge i18n), dates and
 * percentages in the German format.
 */
import type { Frame } from 'playwright-core';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { switchToDarkMode } from './support/dark-mode';
import { demoBrowserSuite } from './support/demo-browser-suite';
import { figuresNotMatchingJql, readOverviewFigures } from './support/overview-figures';
import { setProfileLocale } from './support/profile-locale';
import { tabUntilFocused } from './support/focus';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import {
  expectAttribute,
  expectCount,
  expectExactText,
  expectNoText,
  expectText,
} from './support/eventually';

jest.setTimeout(300_000);

const FRAME = 'iframe[title="AIMS overview"]';

const suite = demoBrowserSuite();

const overviewFrame = (): Promise<Frame> => appFrame(suite.page, FRAME, 'register', 90_000);

test('an admin previews, then creates, the implementation roadmap from the admin page', async () => {
  await signIn(suite.page, suite.url, 'admin', '/jira/admin/apps/aims-admin');
  const admin = suite.page.frameLocator('iframe[title="AIMS for Jira & Confluence"]');
  const section = admin.getByTestId('section-roadmap');
  await section.waitFor({ timeout: 60_000 });
  const preview = section.getByRole('button', { name: 'Preview the roadmap (dry run)' });
  await tabUntilFocused(suite.page, preview, 200);
  await suite.page.keyboard.press('Enter');
  const outcome = section.getByTestId('roadmap-outcome');
  await expectText(
    outcome,
    'Dry run: 10 epics and 29 starter tasks would be created (0 already there)',
  );
  await expectExactText(
    outcome.getByRole('listitem').first(),
    'Step 1: Understand the requirements (3 starter tasks)',
  );
  await section.getByRole('button', { name: 'Create the roadmap' }).click();
  await outcome.getByText(/^Created 10 epics and 29 starter tasks/).waitFor({ timeout: 30_000 });
  const frame = suite.page.frames().find((f) => f.url().includes('/forge/frames/'));
  if (!frame) throw new Error('The admin page frame is not on the page');
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(suite.page, 'admin-page-roadmap');
});

test('a member opens the overview from the Apps menu; each figure is the count of its JQL', async () => {
  await signIn(suite.page, suite.url, 'member', '/jira');
  await suite.page
    .getByRole('navigation', { name: 'Jira navigation' })
    .getByRole('link', { name: 'AIMS overview' })
    .click();
  await suite.page.waitForURL(/\/jira\/apps\/[^/]+\/[^/]+$/);
  const frame = await overviewFrame();
  await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });
  const figures = await readOverviewFigures(frame);
  expect(figures.length).toBeGreaterThan(60);
  expect(await figuresNotMatchingJql(suite.site.site, 'member', figures)).toEqual([]);
  // Figures link to Jira's issue search with their JQL.
  const href = await frame.getByTestId('figure').first().getAttribute('href');
  expect(href).toMatch(/^\/issues\/\?jql=/);
  // A member reads the register but does not change it.
  await expectText(frame.getByTestId('register'), 'Only AIMS managers change the register');
  expect(await seriousA11yViolations(frame)).toEqual([]);
  expect(await seriousA11yViolations(suite.page)).toEqual([]);
});

test('a manager adds a KPI with the keyboard only, in light and dark', async () => {
  await signIn(suite.page, suite.url, 'manager', '/jira');
  await suite.page.getByRole('link', { name: 'AIMS overview' }).click();
  let frame = await overviewFrame();
  await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });

  const name = frame.getByLabel('KPI', { exact: true });
  await tabUntilFocused(suite.page, name, 200);
  await suite.page.keyboard.type('Open major nonconformities');
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.type('Count of open findings graded Major nonconformity');
  await suite.page.keyboard.press('Tab'); // frequency (Monthly)
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.type('AIMS manager');
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.type('0');
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.type(
    'project = AIMS AND issuetype = "Audit Finding" AND statusCategory != "Done"',
  );
  await suite.page.keyboard.press('Enter');
  const table = frame.getByTestId('register-table');
  await table.waitFor({ timeout: 30_000 });
  await expectText(table, 'Open major nonconformities');
  await expectText(table, /JQL: \d+ now/);

  // Record today's result from the JQL's count, with the keyboard.
  const record = frame.getByRole('button', {
    name: 'Record a result of Open major nonconformities',
  });
  await tabUntilFocused(suite.page, record, 200);
  await suite.page.keyboard.press('Enter');
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
  await screenshot(suite.page, 'overview');

  await switchToDarkMode(suite.page, FRAME);
  frame = await overviewFrame();
  await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(suite.page, 'overview-dark');
});

test('a manager adds a competence requirement of a role with the keyboard only, in light and dark', async () => {
  await signIn(suite.page, suite.url, 'manager', '/jira');
  await suite.page.getByRole('link', { name: 'AIMS overview' }).click();
  let frame = await overviewFrame();
  const section = frame.getByTestId('competence-requirements');
  const role = frame.getByLabel('AIMS role', { exact: true });
  await role.waitFor({ timeout: 30_000 });
  await role.selectOption('auditor');
  await tabUntilFocused(suite.page, frame.getByLabel('Requirement', { exact: true }), 200);
  await suite.page.keyboard.type('ISO/IEC 42001 auditor qualification');
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.type('iso-42001-auditing');
  await suite.page.keyboard.press('Enter');
  const table = frame.getByTestId('competence-requirements-table');
  // The demo's requirements are listed already: wait for the added one's row, then read it.
  const added = table.getByRole('row', { name: /ISO\/IEC 42001 auditor qualification/ });
  await added.waitFor({ timeout: 30_000 });
  // Each requirement shows how many people of its role lack a current record for it.
  await expectText(added, /of \d+ (person|people)|None of \d+|Nobody is in the role/);

  // A bad id is refused with the rule, and nothing is added.
  await frame.getByLabel('Requirement', { exact: true }).fill('Model cards');
  await frame.getByLabel('Requirement id', { exact: true }).fill('Model Cards');
  await frame.getByRole('button', { name: 'Add requirement' }).click();
  // The refusal arrives after a resolver round trip: wait for it rather than read at once.
  await section.getByText('The requirement was not saved').waitFor({ timeout: 30_000 });
  await frame.getByText('lower-case letters', { exact: false }).first().waitFor();
  await expectNoText(table, 'Model cards');

  // Added, then removed with the keyboard.
  await frame.getByLabel('Requirement id', { exact: true }).fill('model-cards');
  await frame.getByRole('button', { name: 'Add requirement' }).click();
  const removeButton = frame.getByRole('button', { name: 'Remove Model cards' });
  await tabUntilFocused(suite.page, removeButton, 200);
  await suite.page.keyboard.press('Enter');
  await removeButton.waitFor({ state: 'detached', timeout: 30_000 });
  await expectNoText(table, 'Model cards');
  await expectText(table, 'ISO/IEC 42001 auditor qualification');

  expect(await seriousA11yViolations(frame)).toEqual([]);
  await switchToDarkMode(suite.page, FRAME);
  frame = await overviewFrame();
  await frame.getByTestId('competence-requirements-table').waitFor({ timeout: 30_000 });
  expect(await seriousA11yViolations(frame)).toEqual([]);
});

test('a member reads the competence requirements but cannot change them', async () => {
  await signIn(suite.page, suite.url, 'member', '/jira');
  await suite.page.getByRole('link', { name: 'AIMS overview' }).click();
  const frame = await overviewFrame();
  const section = frame.getByTestId('competence-requirements');
  await frame.getByText('Only AIMS managers change the competence requirements').waitFor({
    timeout: 30_000,
  });
  await expectText(section, 'aims-managers');
  await expectCount(frame.getByLabel('Requirement id'), 0);
});

test('a member whose profile language is German reads the overview in German, light and dark', async () => {
  await setProfileLocale(suite.url, 'member', 'de_DE');
  try {
    await signIn(suite.page, suite.url, 'member', '/jira');
    await suite.page.getByRole('link', { name: 'AIMS overview' }).click();
    let frame = await overviewFrame();
    await frame.getByText('Nur AIMS-Manager ändern das Register').waitFor({ timeout: 30_000 });
    await expectAttribute(frame.locator('html'), 'lang', 'de-DE');
    const main = frame.getByRole('main', { name: 'AIMS-Übersicht' });
    await main
      .getByRole('heading', { name: 'Nichtkonformitäten und Korrekturmaßnahmen (10.2)' })
      .waitFor();
    await main.getByRole('heading', { name: 'Überwachungsregister (9.1)' }).waitFor();
    await main.getByRole('heading', { name: 'Kompetenzanforderungen (7.2, A.4.6)' }).waitFor();
    await frame.getByText('Nur AIMS-Manager ändern die Kompetenzanforderungen').waitFor();
    await expectText(main.getByText(/^Projekt /), /Stand \d{2}\.\d{2}\.\d{4}\./);
    await main.getByRole('columnheader', { name: 'Quartal' }).waitFor();
    await main.getByRole('heading', { name: 'Maßnahmen und überfällige Arbeit' }).waitFor();
    const text = (await main.textContent()) ?? '';
    for (const english of ['Overdue work', 'Monitoring register', 'Competence requirements (7.2'])
      expect(text).not.toContain(english);
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(suite.page, 'overview-de');

    await switchToDarkMode(suite.page, FRAME);
    frame = await overviewFrame();
    await frame.getByText('Nur AIMS-Manager ändern das Register').waitFor({ timeout: 30_000 });
    await frame.getByTestId('trend-chart').waitFor({ timeout: 30_000 });
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(suite.page, 'overview-de-dark');
  } finally {
    await setProfileLocale(suite.url, 'member', 'en_GB');
  }
});
