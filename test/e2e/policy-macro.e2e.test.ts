/**
 * The AI Policy macro in the browser: the demo "AI Policy" page in the shell, approved at
 * version 1 and edited since; a manager approves the current version. A member whose Jira profile
 * language is German reads it in German (Forge i18n), light and dark.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { RunningSite } from '../../emulator/core/site';
import { SEEDED_USERS } from '../../emulator/core/users';
import type { ForgeHost } from '../../emulator/forge-host';
import {
  demoPolicyConfig,
  policyBody,
  seedPolicyPage,
} from '../../emulator/seed/demo/demo-policy-page';
import { createShell } from '../../emulator/shell';
import { readOnlySpace } from '../support/spaces';
import { callAs, startTestSite } from '../support/test-site';
import { createAimsHost } from '../integration/macros/policy-app-host';
import { createDemoObjectives } from '../integration/macros/policy-objective-fixtures';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { approveByKeyboard } from './support/approve-by-keyboard';
import { launchBrowser } from './support/browser';
import { switchToDarkMode } from './support/dark-mode';
import { setProfileLocale } from './support/profile-locale';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expectCount, expectExactText, expectText, expectValue } from './support/eventually';

jest.setTimeout(120_000);

const MACRO_FRAME = 'iframe[title="ISO 42001 AI Policy control"]';

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
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com');
  await host.install(admin?.accountId);
  await host.install(admin?.accountId, { product: 'confluence' }); // connects Confluence (optional app)
  await createDemoObjectives(site);
  ({ pageId } = await seedPolicyPage(site, host));
});

afterAll(async () => {
  await browser?.close();
  host?.close();
  await site?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

const frameViolations = seriousA11yViolations;
const macroFrame = (): Promise<Frame> => appFrame(page, MACRO_FRAME, 'policy-macro');

test('a manager sees the changed policy, approves the current version, and the warning goes', async () => {
  await signIn(page, site.url, 'manager', `/wiki/pages/${pageId}`);
  await page
    .getByTestId('page-body')
    .getByRole('heading', { name: '4. Framework for AI objectives' })
    .waitFor();
  const frame = await macroFrame();
  await expectText(frame.getByTestId('changed-since-approval'), 'Changed since approved version 1');
  const control = frame.getByRole('table', { name: 'Document control' });
  await expectText(control, 'AIMS-POL-001');
  await expectText(control, 'Ada Admin');
  await expectText(frame.getByTestId('policy-checklist'), '3.2 Continual improvement');
  await expectText(
    frame.getByTestId('policy-objectives'),
    'Keep approval rates fair across groups',
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await frameViolations(frame)).toEqual([]);
  await screenshot(page, 'policy-macro');

  // Keyboard only: Enter opens the confirmation, whose button takes the focus; Enter approves.
  const approved = await approveByKeyboard(page, frame, 2, 'policy-flag');
  expect(approved).toContain('by Morgan Manager');
  expect(approved).toContain('page version 2');
  expect(await frameViolations(frame)).toEqual([]);
});

test('an old version shows the metadata it had; dark mode follows the shell', async () => {
  await signIn(page, site.url, 'auditor', `/wiki/pages/${pageId}`);
  let frame = await macroFrame();
  await frame.getByLabel('Show the document control of page version').selectOption('1');
  await frame.getByText('Page version 1 of 2').waitFor();
  await expectExactText(frame.getByTestId('document-status'), 'Approved');
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
  expect(await frameViolations(frame)).toEqual([]);
  await screenshot(page, 'policy-macro-dark');
});

/** Opens the page in the editor (its Edit button) and the macro's settings dialog. */
async function openSettings(): Promise<Frame> {
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByTestId('edit-mode').waitFor();
  await page.getByRole('button', { name: 'Configure ISO 42001 AI Policy control' }).click();
  await page.getByRole('dialog').waitFor();
  const handle = await page.waitForSelector('dialog iframe', { timeout: 30_000 });
  const config = await handle.contentFrame();
  if (!config) throw new Error('config frame missing');
  await config.getByLabel('Document ID').waitFor({ timeout: 30_000 });
  return config;
}

test('the configuration dialog opens in the editor only, refuses a bad setting with the reason and saves a good one', async () => {
  await signIn(page, site.url, 'admin', `/wiki/pages/${pageId}`);
  await macroFrame();
  // In view mode nobody is offered the settings (Forge opens a macro's config in the editor).
  await expectCount(page.getByRole('button', { name: 'Configure ISO 42001 AI Policy control' }), 0);
  const versionBefore = (await page.getByText(/^Version \d+$/).textContent()) ?? '';
  const config = await openSettings();
  const reference = config.getByLabel('Document ID');
  await expectValue(reference, 'AIMS-POL-001');
  // The owner is not a setting: a manager sets it in the macro.
  await expectCount(config.getByLabel('Document owner'), 0);
  expect(await frameViolations(config)).toEqual([]);

  await reference.fill('');
  await config.getByRole('button', { name: 'Save' }).click();
  const problem = config.getByRole('alert');
  await expectText(problem, 'This macro is not configured: Document ID is required');
  await page.goto(`${site.url}/wiki/pages/${pageId}`);
  await macroFrame();
  await expectExactText(page.getByText(/^Version \d+$/), versionBefore);

  const again = await openSettings();
  await again.getByLabel('Document ID').fill('AIMS-POL-002');
  await again.getByLabel('Review interval (months)').fill('6');
  await Promise.all([
    page.waitForURL(/flag=/),
    again.getByRole('button', { name: 'Save' }).click(),
  ]);
  await page.getByRole('link', { name: 'Close editor' }).click();
  const frame = await macroFrame();
  const control = frame.getByTestId('document-control');
  await expectText(control, 'AIMS-POL-002');
  await expectText(control, '6 months');
  // Saving the settings is an edit of the page: it is no longer the approved version.
  await frame.getByTestId('changed-since-approval').waitFor();
});

test('someone who can only view the page gets no editor, no settings and no way to save them', async () => {
  const space = readOnlySpace(site, 'POLRO');
  const created = await callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId: space.id,
    status: 'current',
    title: 'AI Policy (read only)',
    body: {
      representation: 'atlas_doc_format',
      value: JSON.stringify(policyBody(host, demoPolicyConfig(), false)),
    },
  });
  const readOnlyId = (created.body as { id: string }).id;
  await signIn(page, site.url, 'member', `/wiki/pages/${readOnlyId}`);
  await macroFrame();
  await expectCount(page.getByRole('link', { name: 'Edit', exact: true }), 0);
  await expectCount(page.getByRole('button', { name: /^Configure/ }), 0);
  const editor = await page.goto(`${site.url}/wiki/pages/${readOnlyId}/edit`);
  expect(editor?.status()).toBe(403);
  await page.getByText('You cannot edit this page').waitFor();
  // What the config dialog would send on Save, sent by hand: refused, the page unchanged.
  const save = await page.evaluate(
    async ([id]) => {
      const res = await fetch(`/wiki/pages/${id}/macro-config`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          localId: 'aims-policy-control-1',
          config: { documentReference: 'HIJACKED', reviewIntervalMonths: 60 },
        }),
      });
      return res.status;
    },
    [readOnlyId],
  );
  expect(save).toBe(403);
  const after = await callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${readOnlyId}`);
  expect((after.body as { version: { number: number } }).version.number).toBe(1);
});

test('asking for approval with an unsaved checklist change names it and saves it first', async () => {
  // The owner (Ada) reopens the checklist with a saved change, then types another without saving.
  await signIn(page, site.url, 'admin', `/wiki/pages/${pageId}`);
  let frame = await macroFrame();
  const form = frame.getByTestId('policy-checklist-form');
  await form.waitFor();
  const where = form.getByLabel('Where (heading or section)').first();
  await where.fill('1. Purpose and 2. Scope');
  await frame.getByRole('button', { name: 'Save checklist' }).click();
  await expectText(frame.getByTestId('policy-flag'), 'Checklist saved');
  frame = await macroFrame();
  await frame
    .getByTestId('policy-checklist-form')
    .getByLabel('Where (heading or section)')
    .first()
    .fill('1. Purpose, 2. Scope and 5. Roles');
  await frame.getByRole('button', { name: 'Request approval' }).click();
  const confirmation = frame.getByTestId('request-approval-confirmation');
  await expectText(confirmation.getByTestId('unsaved-warning'), 'The clause 5.2 checklist');
  // Nothing is asked for while the change is unsaved: only "save first" or cancel.
  await expectCount(confirmation.getByRole('button', { name: 'Request approval' }), 0);
  expect(await frameViolations(frame)).toEqual([]);
  await confirmation.getByRole('button', { name: 'Save my changes first' }).click();
  await expectText(frame.getByTestId('policy-flag'), 'Checklist saved');
  frame = await macroFrame();
  await expectValue(
    frame.getByTestId('policy-checklist-form').getByLabel('Where (heading or section)').first(),
    '1. Purpose, 2. Scope and 5. Roles',
  );
  // Saved: asking for approval now goes straight through.
  await frame.getByRole('button', { name: 'Request approval' }).click();
  await frame.getByRole('heading', { name: 'Approval requested' }).waitFor();
  frame = await macroFrame();
  await expectText(frame.getByTestId('document-status'), 'In review');
});

test('a member acknowledges the approved version by keyboard and sees the share of the group, light and dark', async () => {
  // The manager approved version 2 in the first test; later edits are not approved yet.
  await signIn(page, site.url, 'member', `/wiki/pages/${pageId}`);
  let frame = await macroFrame();
  const share = frame.getByTestId('policy-acknowledgement-share');
  await expectExactText(share, '0 of 4 members of jira-users (0%) acknowledged version 2.');
  const button = frame.getByRole('button', { name: 'I have read and understood version 2' });
  await button.focus();
  await page.keyboard.press('Enter');
  await frame.getByTestId('policy-flag').getByText('You acknowledged version 2').waitFor();
  await expectText(
    frame.getByTestId('policy-acknowledged-by-me'),
    /^You acknowledged approved version 2 on \d{1,2} [A-Z][a-z]{2} \d{4}\.$/,
  );
  await expectExactText(share, '1 of 4 members of jira-users (25%) acknowledged version 2.');
  await expectCount(button, 0);
  expect(await frameViolations(frame)).toEqual([]);

  await switchToDarkMode(page, MACRO_FRAME);
  frame = await macroFrame();
  await frame.getByTestId('policy-acknowledged-by-me').waitFor();
  expect(await frameViolations(frame)).toEqual([]);
  await screenshot(page, 'policy-acknowledgement-dark');
});

test('a member whose profile language is German reads the policy macro in German, light and dark', async () => {
  await setProfileLocale(site.url, 'member', 'de_DE');
  try {
    await signIn(page, site.url, 'member', `/wiki/pages/${pageId}`);
    let frame = await macroFrame();
    await frame.getByRole('heading', { name: 'Elemente der KI-Politik (Abschnitt 5.2)' }).waitFor();
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('de-DE');
    await frame.getByRole('table', { name: 'Checkliste zu Abschnitt 5.2' }).waitFor();
    await frame.getByRole('heading', { name: 'KI-Ziele (Abschnitt 6.2)' }).waitFor();
    await expect(
      frame.getByTestId('policy-objectives').getByRole('columnheader').allTextContents(),
    ).resolves.toEqual(expect.arrayContaining(['Bereich des KI-Ziels', 'Messgröße und Zielwert']));
    await expect(frame.getByTestId('policy-acknowledgement-share').textContent()).resolves.toMatch(
      /^\d+ von \d+ Mitgliedern von jira-users \(\d+\s%\) haben Version \d+ zur Kenntnis genommen\.$/,
    );
    expect(await frameViolations(frame)).toEqual([]);
    await screenshot(page, 'policy-macro-de');
    await switchToDarkMode(page, MACRO_FRAME);
    frame = await macroFrame();
    await frame.getByRole('table', { name: 'Checkliste zu Abschnitt 5.2' }).waitFor();
    expect(await frameViolations(frame)).toEqual([]);
    await screenshot(page, 'policy-macro-de-dark');
  } finally {
    await setProfileLocale(site.url, 'member', 'en_GB');
  }
});
