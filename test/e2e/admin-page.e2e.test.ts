/**
 * The AIMS admin page in the browser, on the shell with the real app on a site where the app is
 * not provisioned yet: status, configuration check, dry run, provisioning (twice: the second run
 * has nothing to do), the webhook secret, the CSV import (a bad row refuses the whole file; a good
 * file creates findings), accessibility and screenshots (light and dark).
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { AIMS_ISSUE_TYPE_KEYS } from '../../src/jira/aims-schema';
import { callAs } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import { AIMS_APP_ROOT } from './support/aims-site';
import { launchBrowser } from './support/browser';
import type { E2eSite } from './support/e2e-site';
import { startE2eSite } from './support/e2e-site';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import {
  eventually,
  expectAttribute,
  expectCount,
  expectExactText,
  expectNoText,
  expectText,
  expectTexts,
  expectValue,
} from './support/eventually';

jest.setTimeout(180_000);

const ADMIN_FRAME = 'iframe[title="AIMS for Jira & Confluence"]';
const FINDINGS_JQL = 'project = "AIMS" AND issuetype = "Audit Finding"';

let e2e: E2eSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // Installed without its install trigger (which would provision AIMS): here the admin does it.
  [e2e, browser] = await Promise.all([startE2eSite(AIMS_APP_ROOT), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await e2e?.close();
});

beforeEach(async () => {
  context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

async function openAdminPage(): Promise<FrameLocator> {
  await signIn(page, e2e.site.url, 'admin', '/jira/admin/apps/aims-admin');
  const frame = page.frameLocator(ADMIN_FRAME);
  await frame.getByTestId('status-summary').waitFor({ timeout: 30_000 });
  return frame;
}

function adminFrame(): Frame {
  const frame = page.frames().find((f) => f.url().includes('/forge/frames/'));
  if (!frame) throw new Error('The admin page frame is not on the page');
  return frame;
}

async function findingCount(): Promise<number> {
  const res = await callAs(e2e.site, 'admin', 'POST', '/rest/api/3/search/approximate-count', {
    jql: FINDINGS_JQL,
  });
  expect(res.status).toBe(200);
  return (res.body as { count: number }).count;
}

async function issueTypeNames(): Promise<string[]> {
  const res = await callAs(e2e.site, 'admin', 'GET', '/rest/api/3/issuetype');
  expect(res.status).toBe(200);
  return (res.body as { name: string }[]).map((t) => t.name);
}

test('an admin previews, provisions (twice), and imports findings from CSV', async () => {
  const frame = await openAdminPage();
  await expectText(frame.getByTestId('status-summary'), 'Not provisioned');

  // Configuration: a bad project key is refused next to the field; a good one is saved.
  const projectKey = frame.getByLabel('Jira project key');
  await expectValue(projectKey, 'AIMS');
  await expectValue(frame.getByLabel('Nonconformity', { exact: true }), 'Nonconformity');
  await projectKey.fill('A');
  await frame.getByRole('button', { name: 'Save configuration' }).click();
  await expectText(
    frame.getByTestId('error-projectKey'),
    'A Jira project key is 2–10 capital letters or digits',
  );
  // A team-managed project takes no schemes: the dry run says so, and what to do instead.
  await projectKey.fill('TEAM');
  await frame.getByRole('button', { name: 'Save configuration' }).click();
  await frame.getByTestId('config-saved').waitFor();
  await frame.getByRole('button', { name: 'Preview changes (dry run)' }).click();
  const teamManaged = frame.getByTestId('provisioning-problem');
  await teamManaged.getByText('Project TEAM is team-managed').waitFor({ timeout: 60_000 });
  await expectText(teamManaged, 'choose "Company-managed"');
  await projectKey.fill('AIMS');
  // The AIMS roles, each given by a Jira group: an empty one is refused next to the field.
  const topManagement = frame.getByLabel('Top management group');
  await expectValue(topManagement, 'aims-top-management');
  await expectValue(frame.getByLabel('AIMS manager group'), 'aims-managers');
  await expectValue(frame.getByLabel('Auditor group'), 'aims-auditors');
  await topManagement.fill(' ');
  await frame.getByRole('button', { name: 'Save configuration' }).click();
  await expectText(
    frame.getByTestId('error-topManagementGroup'),
    'Name the Jira group of the top management role',
  );
  await topManagement.fill('aims-board');
  await frame.getByRole('button', { name: 'Save configuration' }).click();
  await frame.getByTestId('config-saved').waitFor();
  await expectCount(frame.getByTestId('error-projectKey'), 0);
  await expectValue(frame.getByLabel('Top management group'), 'aims-board');

  // Dry run: the list of what would change, and nothing changed in Jira.
  await frame.getByRole('button', { name: 'Preview changes (dry run)' }).click();
  const plan = frame.getByTestId('provisioning-plan');
  await plan.getByText('Dry run: provisioning would make').waitFor({ timeout: 60_000 });
  const planTable = frame.getByTestId('plan-table');
  await expectText(planTable, "Issue type 'Nonconformity'");
  // The summary counts every change by step (the table pages through them 25 at a time).
  await expectText(
    plan.getByRole('status'),
    /would make \d+ changes \(issue-types \d+, fields \d+, screens \d+, screen-schemes \d+, link-types \d+, workflows \d+, .*controls 1\)/,
  );
  await expectTexts(planTable.getByRole('columnheader'), ['Step', 'Action', 'Target', 'Detail']);
  expect(await issueTypeNames()).not.toContain('Nonconformity');
  await screenshot(page, 'admin-page-dry-run');

  // Provision: asks first; confirmed with the keyboard (the confirm button has focus). The run
  // goes on the queue; here Jira refuses the app's first call (403), so it stops at step 1 and
  // says what to do; Resume carries on from there.
  e2e.host.setFaults({ appPermissionsPendingCalls: 1 });
  await frame.getByRole('button', { name: 'Provision', exact: true }).click();
  await frame.getByTestId('confirm-provision').waitFor();
  await eventually(
    () =>
      frame
        .getByRole('button', { name: 'Yes, provision' })
        .evaluate((el) => el === document.activeElement),
    (focused) => expect(focused).toBe(true),
  );
  await page.keyboard.press('Enter');
  const stopped = frame.getByTestId('provisioning-stopped');
  await stopped
    .getByText(/^Provisioning stopped at step 1 of \d+ \(Project\)$/)
    .waitFor({ timeout: 60_000 });
  await expectText(stopped, 'Jira answered HTTP 403.');
  await expectText(frame.getByTestId('provisioning-step'), /^Step 1 of \d+: Project\s*Stopped$/);
  await expectAttribute(
    frame.getByRole('progressbar'),
    'aria-label',
    /^Provisioning of project AIMS: 0 of \d+ steps done$/,
  );
  expect(await seriousA11yViolations(adminFrame())).toEqual([]);
  await screenshot(page, 'admin-page-provisioning-stopped');
  await stopped.getByRole('button', { name: 'Resume provisioning' }).click();
  const run = frame.getByTestId('provisioning-run');
  await run.getByText('Provisioning made').waitFor({ timeout: 120_000 });
  await expectText(frame.getByTestId('provisioning-step'), /^All (\d+) steps done\s*Completed$/);
  await expectCount(frame.getByTestId('provisioning-stopped'), 0);
  await expectText(frame.getByTestId('run-table'), "Issue type 'Audit Finding'");
  expect(await issueTypeNames()).toEqual(
    expect.arrayContaining(['Nonconformity', 'Audit Finding']),
  );
  await frame.getByTestId('status-summary').getByText('Provisioned').waitFor();
  const status = frame.getByTestId('status-table');
  await expectText(status.getByRole('row', { name: /Annex A control issues/ }), '38');
  // Every AIMS issue type the app provisions.
  await expectText(
    status.getByRole('row', { name: /Issue types/ }),
    String(AIMS_ISSUE_TYPE_KEYS.length),
  );

  // Escape cancels the confirmation; a second run finds everything in place.
  await frame.getByRole('button', { name: 'Provision', exact: true }).click();
  await frame.getByTestId('confirm-provision').waitFor();
  await page.keyboard.press('Escape');
  await expectCount(frame.getByTestId('confirm-provision'), 0);
  await frame.getByRole('button', { name: 'Provision', exact: true }).click();
  await frame.getByRole('button', { name: 'Yes, provision' }).click();
  await run
    .getByText('Everything is already in place: nothing needed to change.')
    .waitFor({ timeout: 120_000 });
  await expectCount(frame.getByTestId('run-table'), 0);
  await frame.getByRole('button', { name: 'Preview changes (dry run)' }).click();
  await frame
    .getByText('Everything is already in place: provisioning would change nothing.')
    .waitFor({ timeout: 60_000 });

  // An Audit to import findings into.
  const audit = await callAs(e2e.site, 'admin', 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'AIMS' },
      issuetype: { name: 'AIMS Audit' },
      summary: 'Internal audit 2026',
    },
  });
  expect(audit.status).toBe(201);
  const auditKey = (audit.body as { key: string }).key;
  expect(await findingCount()).toBe(0);

  // The template lists the columns the import expects.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Download CSV template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('aims-findings-template.csv');
  const template = fs.readFileSync(await download.path(), 'utf8');
  expect(template.split('\r\n')[0]).toBe(
    'summary,grade,ISO reference,audit,AI system,due date,description',
  );

  // One bad row: the row is named, nothing is created.
  const csvText = frame.getByLabel('Findings (CSV text)');
  await csvText.fill(
    [
      'summary,grade,ISO reference,due date',
      'Impact assessment missing for chatbot,Major nonconformity,A.5.2,2026-03-31',
      'Monitoring not documented,Severe,A.6.2.6,',
      'Objectives lack targets,Opportunity for improvement,6.2,',
    ].join('\n'),
  );
  await frame.getByLabel('Audit (optional)').fill(auditKey);
  await frame.getByRole('button', { name: 'Import', exact: true }).click();
  const refused = frame.getByTestId('import-refused');
  await refused.getByText('No finding was created').waitFor({ timeout: 60_000 });
  await expectText(refused, 'Nothing was imported: 1 of 3 findings have problems.');
  const rowErrors = frame.getByTestId('import-row-errors');
  await expectText(
    rowErrors.getByRole('row').nth(1),
    /^Row 3.*grade 'Severe' is not one of Major nonconformity/,
  );
  await expectCount(rowErrors.getByRole('row'), 2);
  await e2e.host.waitForIdle();
  expect(await findingCount()).toBe(0);
  await screenshot(page, 'admin-page-import-refused');

  // The good file: Check first (nothing created), then Import (keys shown).
  await csvText.fill(
    [
      'summary,grade,ISO reference,due date',
      'Impact assessment missing for chatbot,Major nonconformity,A.5.2,2026-03-31',
      'Monitoring not documented,Observation,A.6.2.6,',
      'Objectives lack targets,Opportunity for improvement,6.2,',
    ].join('\n'),
  );
  await frame.getByRole('button', { name: 'Check', exact: true }).click();
  await frame
    .getByTestId('import-checked')
    .getByText('All 3 rows are valid. Nothing has been created yet')
    .waitFor({ timeout: 60_000 });
  expect(await findingCount()).toBe(0);
  await frame.getByRole('button', { name: 'Import', exact: true }).click();
  const done = frame.getByTestId('import-done');
  await done.getByText('Imported 3 findings').waitFor({ timeout: 60_000 });
  const message = (await done.getByText('Imported 3 findings').textContent()) ?? '';
  const keys = message.match(/AIMS-\d+/g) ?? [];
  expect(keys).toHaveLength(3);
  await e2e.host.waitForIdle();
  expect(await findingCount()).toBe(3);
  const search = await callAs(e2e.site, 'admin', 'POST', '/rest/api/3/search/jql', {
    jql: `${FINDINGS_JQL} ORDER BY key ASC`,
    fields: ['summary'],
  });
  expect((search.body as { issues: { key: string }[] }).issues.map((i) => i.key).sort()).toEqual(
    [...keys].sort(),
  );

  expect(await seriousA11yViolations(adminFrame())).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'admin-page');

  // Dark mode: the frame follows the shell's theme once the dark tokens are in (and the
  // fields' colour transitions have run).
  const surface = (): Promise<string> =>
    adminFrame().evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim(),
    );
  const lightSurface = await surface();
  await page.locator('#theme-toggle').click();
  await adminFrame().waitForFunction(
    (light) =>
      document.documentElement.getAttribute('data-color-mode') === 'dark' &&
      getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim() !== light,
    lightSurface,
  );
  await page.waitForTimeout(500);
  expect(await seriousA11yViolations(adminFrame())).toEqual([]);
  await screenshot(page, 'admin-page-dark');
});

test('the webhook secret is set without being shown, and signing is explained', async () => {
  const frame = await openAdminPage();
  const status = frame.getByTestId('webhook-status');
  await status.getByText('Not set').waitFor();
  await expectExactText(
    frame.getByTestId('webhook-url'),
    e2e.host.webtriggerUrl('aims-findings-import'),
  );

  const secretField = frame.getByLabel('New shared secret');
  await expectAttribute(secretField, 'type', 'password');
  await secretField.fill('too-short');
  await frame.getByRole('button', { name: 'Set secret' }).click();
  await expectText(frame.getByTestId('error-webhookSecret'), 'at least 32 characters');

  const secret = 'a-shared-secret-of-more-than-32-characters';
  await secretField.fill(secret);
  await frame.getByRole('button', { name: 'Set secret' }).click();
  await frame.getByTestId('webhook-secret-saved').waitFor();
  await status.getByText('Set', { exact: true }).waitFor();
  await expectValue(secretField, '');
  await expectNoText(frame.locator('body'), secret);

  const signing = frame.getByTestId('webhook-signing');
  const text = (await signing.textContent()) ?? '';
  expect(text).toContain('x-aims-timestamp');
  expect(text).toContain('x-aims-signature');
  expect(text).toContain('HMAC-SHA256');
  expect(text).toContain('${timestamp}.${body}');
});
