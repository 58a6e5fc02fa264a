/**
 * The Statement of Applicability macro in the browser: the demo page in the shell (approved by the
 * manager, one control changed in Jira since), filters, approval by keyboard, what a member sees,
 * dark mode, axe, and the CSV download. A member whose Jira profile language is German reads it in
 * German (Forge i18n), dates in the German format, light and dark.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { RunningSite } from '../../emulator/core/site';
import type { ForgeHost } from '../../emulator/forge-host';
import { seedSoaPage } from '../../emulator/seed/demo/demo-soa-page';
import { createShell } from '../../emulator/shell';
import { callAs, startTestSite } from '../support/test-site';
import { APP_ROOT, createAimsHost } from '../integration/macros/policy-app-host';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { launchBrowser } from './support/browser';
import { switchToDarkMode } from './support/dark-mode';
import { setProfileLocale } from './support/profile-locale';
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

jest.setTimeout(150_000);

const MACRO_FRAME = 'iframe[title="ISO 42001 Statement of Applicability"]';

let site: RunningSite;
let host: ForgeHost;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageId: string;

beforeAll(async () => {
  host = createAimsHost();
  [site, browser] = await Promise.all([
    startTestSite([host, createShell({ app: () => host.manifest })]),
    launchBrowser(),
  ]);
  await host.install();
  await host.install(undefined, { product: 'confluence' }); // connects Confluence (optional app)
  ({ pageId } = await seedSoaPage(site, host));
  await makeControlConfidential('A.6.2.8');
});

/** Puts one Annex A control issue under the AIMS project's Confidential security level. */
async function makeControlConfidential(ref: string): Promise<void> {
  const levels = (await callAs(site, 'admin', 'GET', '/rest/api/3/project/AIMS/securitylevel'))
    .body as { levels: { id: string; name: string }[] };
  const confidential = levels.levels.find((l) => l.name === 'Confidential');
  if (!confidential) throw new Error('No Confidential level');
  const control = await controlKey(ref);
  const res = await callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${control}`, {
    fields: { security: { id: confidential.id } },
  });
  if (res.status !== 204) throw new Error(`Could not restrict ${control}: ${res.status}`);
}

/** The AI Control issue of an Annex A control, by the reference its summary starts with. */
async function controlKey(ref: string): Promise<string> {
  const found = (
    await callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
      jql: `project = AIMS AND summary ~ "${ref}"`,
      fields: ['summary'],
    })
  ).body as { issues: { key: string; fields: { summary: string } }[] };
  const control = found.issues.find((i) => i.fields.summary.startsWith(`${ref} `));
  if (!control) throw new Error(`No control ${ref}`);
  return control.key;
}

afterAll(async () => {
  await browser?.close();
  host?.close();
  await site?.close();
});

beforeEach(async () => {
  context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

const macroFrame = (): Promise<Frame> => appFrame(page, MACRO_FRAME, 'soa-tables-live');

const frameViolations = seriousA11yViolations;

async function chooseOption(frame: Frame, labelText: string, option: string): Promise<void> {
  const input = frame.getByLabel(labelText, { exact: true });
  await input.focus();
  await input.pressSequentially(option);
  await page.keyboard.press('Enter');
}

test('a manager sees the approved SoA and what changed since, filters it, and approves it again by keyboard', async () => {
  await signIn(page, site.url, 'manager', `/wiki/pages/${pageId}`);
  const frame = await macroFrame();
  await expectText(frame.getByTestId('soa-approved'), 'Approved by Morgan Manager');
  await expectText(
    frame.getByTestId('soa-changes'),
    'A.3.3 Reporting of concerns: implementation status',
  );
  await expectText(frame.getByTestId('soa-totals'), 'Applicable');
  await expectCount(frame.getByTestId('soa-group'), 10); // A.2–A.10 and organization controls
  // axe in the macro's own document (the shell page around it is checked by the shell's tests).
  expect(await frameViolations(frame)).toEqual([]);
  await screenshot(page, 'soa-macro');

  // The approved version keeps A.3.3 as it was approved.
  await frame.getByRole('tab', { name: /Approved version/ }).click();
  const approvedA3 = frame.getByTestId('soa-tables-approved').getByRole('row', { name: /A\.3\.3/ });
  await expectText(approvedA3, 'Planned');
  await frame.getByRole('tab', { name: 'Live from Jira' }).click();

  // Filters: objective A.6, then status "In progress".
  await chooseOption(frame, 'Objective', 'A.6 AI system');
  await frame.getByRole('region', { name: 'A.6 AI system life cycle' }).waitFor();
  await frame
    .getByRole('region', { name: 'A.2 Policies related to AI' })
    .waitFor({ state: 'detached' });
  await chooseOption(frame, 'Status', 'In progress');
  await frame.getByRole('row', { name: /A\.6\.2\.8/ }).waitFor({ state: 'detached' });
  const rows = frame.getByTestId('soa-tables-live').getByRole('row', { name: /A\.6\.2\.4/ });
  await expectText(rows, 'Biased credit decisions');
  // Its validation report is past its review date (7.5): flagged on the row.
  await expectText(
    rows.getByTestId('soa-evidence-stale'),
    /^Stale since \d{1,2} [A-Z][a-z]{2} \d{4}/,
  );
  // The filter says how many controls it shows (after "Filtering…" while it asked the app).
  const filterStatus = frame.getByTestId('soa-filter-status');
  await frame.waitForFunction(
    () =>
      document.querySelector('[data-testid="soa-filter-status"]')?.getAttribute('aria-busy') ===
      'false',
  );
  const shownRows = await frame.getByTestId('soa-tables-live').locator('tbody tr').count();
  await expectExactText(filterStatus, `${shownRows} controls shown`);

  // Approve with the keyboard: Enter opens the confirmation, whose button takes focus.
  await frame.getByRole('button', { name: 'Approve this SoA' }).focus();
  await page.keyboard.press('Enter');
  const confirm = frame
    .getByTestId('soa-approve-confirmation')
    .getByRole('button', { name: 'Approve', exact: true });
  await confirm.waitFor();
  await eventually(
    () => confirm.evaluate((el) => el === el.ownerDocument.activeElement),
    (focused) => expect(focused).toBe(true),
  );
  await page.keyboard.press('Enter');
  await expectText(
    frame.getByTestId('soa-flag'),
    'Statement of Applicability approved at page version 1',
  );
  await frame.getByTestId('soa-no-changes').waitFor();
  await frame.getByTestId('soa-changes').waitFor({ state: 'detached' });
  expect(await frameViolations(frame)).toEqual([]);
});

test('a member sees that a row is hidden, no Confidential control or risk, and cannot approve; dark mode follows the shell', async () => {
  await signIn(page, site.url, 'member', `/wiki/pages/${pageId}`);
  let frame = await macroFrame();
  await expectText(
    frame.getByTestId('soa-hidden'),
    '1 control exists in Jira that you do not have permission to see',
  );
  await expectNoText(frame.getByTestId('soa-macro'), 'Model extraction');
  await expectNoText(frame.getByTestId('soa-macro'), 'AI system recording of event logs');
  await expectText(
    frame.getByTestId('soa-approve-blockers'),
    'Only members of aims-managers (AIMS manager) can approve the Statement of Applicability.',
  );
  await expectCount(frame.getByRole('button', { name: 'Approve this SoA' }), 0);
  // Stale evidence is flagged for everyone who sees the row (7.5), in both themes.
  const a624 = frame.getByTestId('soa-tables-live').getByRole('row', { name: /A\.6\.2\.4/ });
  await a624.getByTestId('soa-evidence-stale').waitFor();
  await page.locator('#theme-toggle').click();
  await page.reload();
  frame = await macroFrame();
  await page.waitForFunction(
    (selector) =>
      document
        .querySelector<HTMLIFrameElement>(selector)
        ?.contentDocument?.documentElement.getAttribute('data-color-mode') === 'dark',
    MACRO_FRAME,
  );
  await frame
    .getByTestId('soa-tables-live')
    .getByRole('row', { name: /A\.6\.2\.4/ })
    .getByTestId('soa-evidence-stale')
    .waitFor();
  expect(await frameViolations(frame)).toEqual([]);
  await screenshot(page, 'soa-macro-dark');
});

test('Download CSV saves the rows shown as an RFC 4180 file', async () => {
  await signIn(page, site.url, 'auditor', `/wiki/pages/${pageId}`);
  const frame = await macroFrame();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('statement-of-applicability-AIMS-live.csv');
  const file = await download.path();
  const csv = fs.readFileSync(file, 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    'Control,Title,Objective,Applicability,Justification,Implementation status,Owner,Risks,Evidence',
  );
  expect(lines.filter((l) => l.startsWith('ISO42001:A.'))).toHaveLength(38);
  expect(csv).toContain('ORG:red-team,Red-team testing of credit models');
  if (process.env.SCREENSHOTS === '1') {
    fs.mkdirSync(path.join(APP_ROOT, 'docs/examples'), { recursive: true });
    fs.writeFileSync(path.join(APP_ROOT, 'docs/examples/soa-example.csv'), csv);
  }
});

test('a control treating more risks than a row lists says how many and links to all of them in Jira', async () => {
  const control = await controlKey('A.5.2');
  const types = (await callAs(site, 'admin', 'GET', '/rest/api/3/issuetype')).body as {
    id: string;
    name: string;
  }[];
  const created = (
    await callAs(site, 'admin', 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: Array.from({ length: 12 }, (_, i) => ({
        fields: {
          project: { key: 'AIMS' },
          issuetype: { id: types.find((t) => t.name === 'AI Risk')?.id },
          summary: `Impact assessment gap ${i + 1}`,
        },
      })),
    })
  ).body as { issues: { key: string }[] };
  for (const risk of created.issues)
    await callAs(site, 'admin', 'POST', '/rest/api/3/issueLink', {
      type: { name: 'AIMS Mitigates' },
      inwardIssue: { key: control },
      outwardIssue: { key: risk.key },
    });
  await host.waitForIdle();

  await signIn(page, site.url, 'auditor', `/wiki/pages/${pageId}`);
  const frame = await macroFrame();
  const row = frame.getByTestId('soa-tables-live').getByRole('row', { name: /A\.5\.2/ });
  // The long list is collapsed to its first three, with a count of the rest.
  const risks = row.getByTestId('soa-risk-list');
  await expectCount(risks.getByRole('listitem'), 3);
  const expand = risks.getByRole('button', { name: 'Show 7 more risks' });
  await expectAttribute(expand, 'aria-expanded', 'false');
  await expand.focus();
  await page.keyboard.press('Enter');
  await expectCount(risks.getByRole('listitem'), 10);
  await expectAttribute(
    risks.getByRole('button', { name: 'Show the first 3' }),
    'aria-expanded',
    'true',
  );
  // Each risk's key is a link that opens the issue in Jira.
  const firstKey = risks.getByRole('link').first();
  const key = (await firstKey.textContent()) ?? '';
  expect(key).toMatch(/^AIMS-\d+$/);
  expect(await firstKey.getAttribute('href')).toBe(`/browse/${key}`);
  const [issueTab] = await Promise.all([context.waitForEvent('page'), firstKey.click()]);
  await issueTab.waitForURL(new RegExp(`/jira/browse/${key}$`));
  await expectText(issueTab.getByTestId('issue-details'), 'AI Risk');
  await issueTab.close();
  const more = row.getByTestId('soa-more-risks');
  await expectText(more, 'The first 10 of 12 risks');
  const link = more.getByRole('link', { name: 'All 12 in Jira' });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith('/issues/?jql=')).toBe(true);
  expect(await frameViolations(frame)).toEqual([]);

  // The link is Jira's issue search for all of them.
  await page.goto(site.url + href);
  await expectText(page.getByTestId('result-count'), 'About 12 issues');
});

test('a manager sees why the SoA cannot be approved while a control is undecided, and no Approve button', async () => {
  const fields = (await callAs(site, 'admin', 'GET', '/rest/api/3/field')).body as {
    id: string;
    name: string;
  }[];
  const applicability = fields.find((f) => f.name === 'Applicability')?.id ?? '';
  const control = await controlKey('A.8.3');
  const res = await callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${control}`, {
    fields: { [applicability]: null },
  });
  expect(res.status).toBe(204);
  await signIn(page, site.url, 'manager', `/wiki/pages/${pageId}`);
  const frame = await macroFrame();
  await expectText(
    frame.getByTestId('soa-approve-blockers'),
    '1 row is not ready: A.8.3 (undecided). Every control needs a decision, included or excluded, with its justification (6.1.3 d).',
  );
  await expectCount(frame.getByRole('button', { name: 'Approve this SoA' }), 0);
  expect(await frameViolations(frame)).toEqual([]);
});

test('a member whose profile language is German reads the SoA in German, light and dark', async () => {
  await setProfileLocale(site.url, 'member', 'de_DE');
  try {
    await signIn(page, site.url, 'member', `/wiki/pages/${pageId}`);
    let frame = await macroFrame();
    await frame
      .getByRole('heading', { name: 'Anwendbarkeitserklärung — ISO/IEC 42001 6.1.3' })
      .waitFor();
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('de-DE');
    await expect(frame.getByTestId('soa-hidden').textContent()).resolves.toContain(
      '1 Maßnahme in Jira ist für Sie nicht sichtbar',
    );
    await expect(frame.getByTestId('soa-totals').textContent()).resolves.toContain(
      'Fehlende Begründungen',
    );
    await frame.getByRole('tab', { name: 'Live aus Jira' }).waitFor();
    const a624 = frame.getByTestId('soa-tables-live').getByRole('row', { name: /A\.6\.2\.4/ });
    await expect(a624.getByTestId('soa-evidence-stale').textContent()).resolves.toMatch(
      /^Veraltet seit \d{2}\.\d{2}\.\d{4}/,
    );
    await frame.getByRole('button', { name: 'CSV herunterladen' }).waitFor();
    expect(await frameViolations(frame)).toEqual([]);
    await screenshot(page, 'soa-macro-de');
    await switchToDarkMode(page, MACRO_FRAME);
    frame = await macroFrame();
    await frame.getByRole('heading', { name: /^Anwendbarkeitserklärung/ }).waitFor();
    expect(await frameViolations(frame)).toEqual([]);
    await screenshot(page, 'soa-macro-de-dark');
  } finally {
    await setProfileLocale(site.url, 'member', 'en_GB');
  }
});
