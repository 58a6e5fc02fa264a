/**
 * The "AIMS scope and context" macro in the browser, on the demo pages: approved before the Q3
 * review and revised since, so a manager sees what changed and approves the current version; the
 * owner edits the entries (an exclusion without justification is refused) and, asking for approval
 * with unsaved entries, is offered to save them first; an auditor reads an old version in the dark
 * theme; and the Q4 draft review shows the changes as inputs b) and c). A member whose Jira
 * profile language is German reads the macro and its document control in German, light and dark.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { RunningSite } from '../../emulator/core/site';
import type { ForgeHost } from '../../emulator/forge-host';
import { DemoJira } from '../../emulator/seed/demo/demo-jira';
import { seedReviewPages, seededAccountId } from '../../emulator/seed/demo/demo-review-pages';
import { seedScopePage, seedScopeRevision } from '../../emulator/seed/demo/demo-scope-page';
import { seedSystems } from '../../emulator/seed/demo/demo-systems';
import { createShell } from '../../emulator/shell';
import { createAimsHost } from '../integration/macros/policy-app-host';
import { startTestSite } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { approveByKeyboard } from './support/approve-by-keyboard';
import { launchBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { setProfileLocale } from './support/profile-locale';
import { signIn } from './support/sign-in';
import { expectCount, expectExactText, expectText, expectValue } from './support/eventually';

jest.setTimeout(180_000);

const MACRO_FRAME = 'iframe[title="AIMS scope and context"]';
const REVIEW_FRAME = 'iframe[title="ISO 42001 Management Review"]';

let site: RunningSite;
let host: ForgeHost;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let scopePageId: string;
let q4PageId: string;

beforeAll(async () => {
  host = createAimsHost();
  [site, browser] = await Promise.all([
    startTestSite([host, createShell({ app: () => host.manifest })]),
    launchBrowser(),
  ]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
  await seedSystems(await DemoJira.connect(site));
  const scope = await seedScopePage(site, host);
  const reviews = await seedReviewPages(site, host);
  await seedScopeRevision(host, scope);
  await host.waitForIdle();
  scopePageId = scope.id;
  q4PageId = reviews.q4PageId;
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

const macroFrame = (): Promise<Frame> => appFrame(page, MACRO_FRAME, 'scope-macro');

test('a manager sees what changed since the approval and approves the current version', async () => {
  await signIn(page, site.url, 'manager', `/wiki/pages/${scopePageId}`);
  const frame = await macroFrame();
  await expectText(frame.getByTestId('changed-since-approval'), 'Changed since approved version 1');
  const changes = frame.getByTestId('scope-changes-since-approval');
  await expectText(changes, 'Relevant: no → yes');
  await expectText(changes, 'Works council');
  await expectText(
    frame.getByTestId('scope-issues'),
    'New supplier of the speech-to-text model used by support',
  );
  await expectText(frame.getByTestId('scope-ai-systems'), 'Credit scoring model');
  await expectText(
    frame.getByTestId('scope-exclusions'),
    'Code completion assistant used by developers',
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'scope-macro');

  // Keyboard only: Enter opens the confirmation, whose button takes the focus; Enter approves.
  const control = await approveByKeyboard(page, frame, 1, 'scope-flag');
  expect(control).toContain('by Morgan Manager');
  await expectExactText(frame.getByTestId('document-status'), 'Approved');
  expect(await seriousA11yViolations(frame)).toEqual([]);
});

test('the owner edits the entries: an exclusion without justification is refused, then saved', async () => {
  await signIn(page, site.url, 'admin', `/wiki/pages/${scopePageId}`);
  const frame = await macroFrame();
  await frame.getByRole('button', { name: 'Edit the scope and context' }).click();
  const editor = frame.getByTestId('scope-editor');
  await editor.waitFor();
  await frame.getByRole('button', { name: 'Add an exclusion' }).click();
  await frame.getByLabel('Excluded activity or AI system').last().fill('Marketing copy generator');
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await frame.getByRole('button', { name: 'Save the scope and context' }).click();
  await expectText(
    frame.getByTestId('scope-save-error'),
    'The exclusion of "Marketing copy generator" needs a justification',
  );
  await frame
    .getByLabel('Justification')
    .last()
    .fill('Marketing texts are reviewed by people before use and take no decisions about anyone.');
  await frame.getByRole('button', { name: 'Save the scope and context' }).click();
  await expectText(frame.getByTestId('scope-flag'), 'Scope and context saved');
  await frame.getByTestId('scope-exclusions').getByText('Marketing copy generator').waitFor();
  // The change reopens the approved version, and says what changed since.
  await expectExactText(
    frame.getByTestId('document-status'),
    'Draft changed since approved version 1',
  );
  await expectText(
    frame.getByTestId('scope-changes-since-approval'),
    'Exclusion added: Marketing copy generator',
  );
});

test('asking for approval while editing names the unsaved scope and context and saves it first', async () => {
  await signIn(page, site.url, 'admin', `/wiki/pages/${scopePageId}`);
  let frame = await macroFrame();
  await frame.getByRole('button', { name: 'Edit the scope and context' }).click();
  await frame.getByTestId('scope-editor').waitFor();
  const locations = frame.getByLabel('Locations (one per line)');
  await locations.fill(`${await locations.inputValue()}\nPorto`);
  await frame.getByRole('button', { name: 'Request approval' }).click();
  const confirmation = frame.getByTestId('request-approval-confirmation');
  await expectText(
    confirmation.getByTestId('unsaved-warning'),
    'The scope and context you are editing',
  );
  // Nothing is asked for while the change is unsaved: only "save first" or cancel.
  await expectCount(confirmation.getByRole('button', { name: 'Request approval' }), 0);
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await confirmation.getByRole('button', { name: 'Save my changes first' }).click();
  await expectText(frame.getByTestId('scope-flag'), 'Scope and context saved');
  frame = await macroFrame();
  await expectText(frame.getByTestId('scope-statement'), 'Porto');
  // Saved: asking for approval now goes straight through.
  await frame.getByRole('button', { name: 'Request approval' }).click();
  await frame.getByRole('heading', { name: 'Approval requested' }).waitFor();
  frame = await macroFrame();
  await expectText(frame.getByTestId('document-status'), 'In review');
});

test('an old version shows the document control it had; dark mode follows the shell', async () => {
  await signIn(page, site.url, 'auditor', `/wiki/pages/${scopePageId}`);
  await page.locator('#theme-toggle').click();
  await page.reload();
  const frame = await macroFrame();
  await page.waitForFunction(
    (selector) =>
      document
        .querySelector<HTMLIFrameElement>(selector)
        ?.contentDocument?.documentElement.getAttribute('data-color-mode') === 'dark',
    MACRO_FRAME,
  );
  await frame.getByTestId('scope-parties').waitFor();
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'scope-macro-dark');
  await expectValue(frame.getByLabel('Show the document control of page version'), '1');
});

test('the Q4 draft review shows the changes since Q3 as inputs b) and c)', async () => {
  await signIn(page, site.url, 'manager', `/wiki/pages/${q4PageId}`);
  const frame = await appFrame(page, REVIEW_FRAME, 'review-macro');
  const section = frame.getByTestId('input-scope-context');
  await section.waitFor();
  await expectText(
    frame.getByTestId('context-changes-b'),
    'New supplier of the speech-to-text model used by support',
  );
  await expectText(frame.getByTestId('context-changes-c'), 'Works council');
  await frame.getByTestId('input-b').waitFor();
  expect(await seriousA11yViolations(frame)).toEqual([]);
});

test('a member whose profile language is German reads the scope and its document control in German', async () => {
  await setProfileLocale(site.url, 'member', 'de_DE');
  try {
    await signIn(page, site.url, 'member', `/wiki/pages/${scopePageId}`);
    const frame = await macroFrame();
    await frame.getByRole('heading', { name: 'Anwendungsbereich des AIMS (4.3)' }).waitFor();
    const control = frame.getByRole('table', { name: 'Dokumentenlenkung' });
    await expectText(control, /Überprüfungsintervall\d+ Monate?/);
    await expectValue(frame.getByLabel('Dokumentenlenkung von Seitenversion anzeigen'), /^\d+$/);
    await expectText(frame.getByTestId('scope-exclusions'), 'AusgeschlossenBegründung');
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(page, 'scope-macro-de');
    await page.locator('#theme-toggle').click();
    await page.reload();
    const dark = await macroFrame();
    await dark.getByTestId('scope-parties').waitFor();
    expect(await seriousA11yViolations(dark)).toEqual([]);
  } finally {
    await setProfileLocale(site.url, 'member', 'en_GB');
  }
});
