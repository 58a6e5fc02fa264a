/**
 * The Management Review macro in the browser: the demo Q4 draft (its input a) lists the Q3
 * decisions' AIMS Actions) where a manager adds a decision and sees its Jira key, and the demo Q3
 * review, held and frozen, as an auditor sees it (light and dark), also in German when that is the
 * auditor's Jira profile language.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { RunningSite } from '../../emulator/core/site';
import type { ForgeHost } from '../../emulator/forge-host';
import {
  invokeReviewMacro,
  reviewPageBody,
  seedReviewPages,
  seededAccountId,
} from '../../emulator/seed/demo/demo-review-pages';
import { POLICY_PAGE_TITLE, seedPolicyPage } from '../../emulator/seed/demo/demo-policy-page';
import { createShell } from '../../emulator/shell';
import { createReviewAppHost } from '../integration/macros/review-app-host';
import { callAs, startTestSite } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { launchBrowser } from './support/browser';
import { switchToDarkMode } from './support/dark-mode';
import { setProfileLocale } from './support/profile-locale';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import {
  expectAttribute,
  expectCount,
  expectExactText,
  expectNoText,
  expectText,
  expectValue,
} from './support/eventually';

jest.setTimeout(180_000);

const MACRO_FRAME = 'iframe[title="ISO 42001 Management Review"]';

let site: RunningSite;
let host: ForgeHost;
let policyPageId: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let q3PageId: string;
let q4PageId: string;

/**
 * A few records dated inside Q3 (the site's clock is set for the create), so Q3 has figures; and
 * two AI incidents of November (Q4), one with a breached requirement.
 */
async function createDatedRecords(): Promise<void> {
  const types = (await callAs(site, 'admin', 'GET', '/rest/api/3/issuetype')).body as {
    id: string;
    name: string;
  }[];
  const fields = (await callAs(site, 'admin', 'GET', '/rest/api/3/field')).body as {
    id: string;
    name: string;
  }[];
  const type = (name: string) => types.find((t) => t.name === name)?.id;
  const field = (name: string) => fields.find((f) => f.name === name)?.id ?? '';
  const records: [string, string, string, Record<string, unknown>][] = [
    [
      '2026-07-14T09:00:00Z',
      'Nonconformity',
      'Model card missing for release 4.2',
      { [field('Nonconformity source')]: { value: 'Internal audit' }, duedate: '2026-08-15' },
    ],
    [
      '2026-08-21T09:00:00Z',
      'Nonconformity',
      'Chatbot answered outside its intended use',
      { [field('Nonconformity source')]: { value: 'Incident' } },
    ],
    [
      '2026-09-09T09:00:00Z',
      'Audit Finding',
      'Training records could be centralised',
      { [field('Finding grade')]: { value: 'Opportunity for improvement' } },
    ],
    [
      '2026-07-02T09:00:00Z',
      'AI Risk',
      'Drift in the credit scoring model',
      { [field('Inherent risk level')]: { value: 'High' } },
    ],
    [
      '2026-11-10T09:00:00Z',
      'AI Incident',
      'Scores drifted after a data refresh',
      { [field('Requirement breached?')]: { value: 'Yes' } },
    ],
    [
      '2026-11-12T09:00:00Z',
      'AI Incident',
      'A user worried the chatbot is biased',
      { [field('Requirement breached?')]: { value: 'No' } },
    ],
  ];
  const realNow = site.ctx.now;
  try {
    for (const [at, typeName, summary, extra] of records) {
      site.ctx.now = () => new Date(at);
      const res = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'AIMS' }, issuetype: { id: type(typeName) }, summary, ...extra },
      });
      if (res.status !== 201)
        throw new Error(`create ${summary}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  } finally {
    site.ctx.now = realNow;
  }
  // A Competence Record expiring 10 days after today, the review date of the Q4 draft (7.2).
  const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const competence = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'AIMS' },
      issuetype: { id: type('Competence Record') },
      summary: 'Bias testing training',
      [field('Competence expiry')]: inTenDays,
    },
  });
  if (competence.status !== 201) throw new Error(`create competence: ${competence.status}`);
  await host.waitForIdle();
}

beforeAll(async () => {
  host = createReviewAppHost();
  [site, browser] = await Promise.all([
    startTestSite([host, createShell({ app: () => host.manifest })]),
    launchBrowser(),
  ]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
  await createDatedRecords();
  // The demo AI policy, approved at version 1 (registered).
  ({ pageId: policyPageId } = await seedPolicyPage(site, host));
  ({ q3PageId, q4PageId } = await seedReviewPages(site, host));
});

afterAll(async () => {
  await browser?.close();
  await host?.waitForIdle();
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
const macroFrame = (): Promise<Frame> => appFrame(page, MACRO_FRAME, 'review-macro', 60_000);

test('a manager views the Q4 draft, adds a decision and sees its Jira key', async () => {
  await signIn(page, site.url, 'manager', `/wiki/pages/${q4PageId}`);
  const frame = await macroFrame();
  const previous = frame.getByTestId('input-a');
  await expectText(previous, 'Publish a model card');
  await expectText(previous, /AIMS-\d+/);
  // Risk levels and audit results say what their counts are.
  await expectText(frame.getByTestId('input-d'), 'Counted by Jira’s search');
  // The demo's two AI incidents of the quarter, one of which breached a requirement, with their JQL.
  const incidents = frame.getByTestId('review-incidents');
  await expectText(
    incidents,
    '2 AI incident(s) reported in the period, 1 of them breached a requirement',
  );
  await expectAttribute(
    incidents.getByRole('link', { name: 'These incidents in Jira' }),
    'href',
    /\/issues\/\?jql=/,
  );
  // Competence (7.2): the record expiring within 30 days, with the JQL of each figure.
  const competence = frame.getByTestId('review-competence');
  await expectText(
    competence,
    /0 Competence Record\(s\) expired from 1 Oct 2026 to the review date \d{1,2} [A-Z][a-z]{2} \d{4}; 1 expire by/,
  );
  await expectAttribute(
    competence.getByRole('link', { name: 'Expiring in Jira' }),
    'href',
    /\/issues\/\?jql=/,
  );
  // Awareness (7.3): the demo AI policy, approved at version 1, nobody has acknowledged it yet.
  // The page is named by its title (as the viewer reads it), a link to the page; no page id shown.
  const awareness = frame.getByTestId('review-policy-awareness');
  await expectText(
    awareness,
    `${POLICY_PAGE_TITLE}: approved version 1 in force; 0 of 4 member(s) of jira-users acknowledged it (0%).`,
  );
  await expectAttribute(
    awareness.getByRole('link', { name: POLICY_PAGE_TITLE, exact: true }),
    'href',
    `/wiki/pages/${policyPageId}`,
  );
  await expectNoText(awareness, policyPageId);
  expect(await frameViolations(frame)).toEqual([]);

  // Keyboard only: type the decision, tab to the button, Enter.
  await frame
    .getByLabel('Decision', { exact: true })
    .fill('Run a bias re-test of the credit model every quarter');
  await frame.getByLabel('Due date (YYYY-MM-DD)').fill('2027-02-28');
  await frame.getByRole('button', { name: 'Add decision' }).focus();
  await page.keyboard.press('Enter');
  const added = frame.getByTestId('decision-added');
  await added.waitFor({ timeout: 30_000 });
  const key = /AIMS-\d+/.exec(await expectText(added, /AIMS-\d+/))?.[0] ?? '';
  expect(key).not.toBe('');
  await expectText(frame.getByTestId('decisions'), key);
  await expectText(
    frame.getByTestId('decisions'),
    'Run a bias re-test of the credit model every quarter',
  );
  const issue = await callAs(site, 'manager', 'GET', `/rest/api/3/issue/${key}?fields=summary`);
  expect((issue.body as { fields: { summary: string } }).fields.summary).toBe(
    'Run a bias re-test of the credit model every quarter',
  );
  expect(await frameViolations(frame)).toEqual([]);
  await screenshot(page, 'review-macro');
});

test('an auditor views the held Q3 review, frozen, in light and dark', async () => {
  await signIn(page, site.url, 'auditor', `/wiki/pages/${q3PageId}`);
  let frame = await macroFrame();
  const banner = frame.getByTestId('review-held');
  await expectText(banner, 'Held — this record is frozen');
  await expectText(banner, 'Content hash');
  // Its counts are as recorded; the auditor sees every counted issue, so no unseen ones are noted.
  await expectText(
    frame.getByTestId('review-held-counts'),
    /^The counts are as recorded by .+ on \d{1,2} [A-Z][a-z]{2} \d{4}\.$/,
  );
  await expectText(frame.getByTestId('trend-nonconformities'), 'Aug 2026');
  await expectText(frame.getByTestId('decisions'), 'Publish a model card');
  // A held review offers no editing.
  await expectCount(frame.getByRole('button', { name: 'Add decision' }), 0);
  await expectCount(frame.getByRole('button', { name: 'Record as held' }), 0);
  expect(await frameViolations(frame)).toEqual([]);
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
  await screenshot(page, 'review-macro-dark');
});

test('the settings dialog refuses a period that ends before it starts, and saves nothing', async () => {
  await signIn(page, site.url, 'manager', `/wiki/pages/${q4PageId}`);
  await macroFrame();
  const versionBefore = (await page.getByText(/^Version \d+$/).textContent()) ?? '';
  // The settings open in the editor only.
  await expectCount(page.getByRole('button', { name: 'Configure ISO 42001 Management Review' }), 0);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Configure ISO 42001 Management Review' }).click();
  const handle = await page.waitForSelector('dialog iframe', { timeout: 30_000 });
  const config = await handle.contentFrame();
  if (!config) throw new Error('config frame missing');
  const end = config.getByLabel('Period end (YYYY-MM-DD)');
  await end.waitFor({ timeout: 30_000 });
  await expectValue(end, '2026-12-31');
  expect(await frameViolations(config)).toEqual([]);
  await end.fill('2026-09-01');
  await config.getByRole('button', { name: 'Save' }).click();
  await expectText(config.getByRole('alert'), 'The review period cannot end before it starts');
  await page.goto(`${site.url}/wiki/pages/${q4PageId}`);
  await macroFrame();
  await expectExactText(page.getByText(/^Version \d+$/), versionBefore);
});

test('recording the review as held with unsaved text names it and saves it first: nothing typed is lost', async () => {
  // A draft with its inputs and attendees saved, so it can be held.
  const config = {
    title: 'Management Review 2027-Q1',
    projectKey: 'AIMS',
    periodStart: '2027-01-01',
    periodEnd: '2027-03-31',
  };
  const created = await callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId: (
      (await callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS')).body as {
        results: { id: string }[];
      }
    ).results[0]?.id,
    status: 'current',
    title: config.title,
    body: {
      representation: 'atlas_doc_format',
      value: JSON.stringify(reviewPageBody(host, config)),
    },
  });
  const draft = { id: (created.body as { id: string }).id, spaceId: '' };
  for (const [fn, payload] of [
    [
      'saveInputs',
      {
        externalInternalIssues: 'A new AI regulation applies.',
        interestedParties: 'Customers ask for model cards.',
      },
    ],
    [
      'saveAttendees',
      { attendeeAccountIds: [seededAccountId('manager'), seededAccountId('admin')] },
    ],
  ] as const) {
    const out = await invokeReviewMacro(host, 'manager', draft, config, fn, payload);
    if (!out.ok) throw new Error(`${fn}: ${JSON.stringify(out)}`);
  }

  await signIn(page, site.url, 'manager', `/wiki/pages/${draft.id}`);
  let frame = await macroFrame();
  const issues = frame.getByLabel('One change per line').first();
  await issues.fill('A new AI regulation applies.\nOur cloud provider changed its model terms.');
  await frame.getByLabel('Decision', { exact: true }).fill('Review the cloud provider terms');
  await frame.getByRole('button', { name: 'Record as held' }).click();
  const confirmation = frame.getByTestId('hold-confirmation');
  const warning = confirmation.getByTestId('unsaved-warning');
  await expectText(warning, 'b) Changes in external and internal issues');
  await expectText(warning, 'A decision not added yet: “Review the cloud provider terms”');
  // While something is unsaved, the review cannot be recorded from here: only "save first" or cancel.
  await expectCount(confirmation.getByRole('button', { name: 'Yes, record as held' }), 0);
  expect(await frameViolations(frame)).toEqual([]);
  await screenshot(page, 'review-unsaved-warning');
  await confirmation.getByRole('button', { name: 'Save my changes first' }).click();

  // Saved: the text is there after the reload, the decision became an AIMS Action.
  await frame.getByTestId('decision-added').waitFor({ timeout: 30_000 });
  frame = await macroFrame();
  await expectValue(
    frame.getByLabel('One change per line').first(),
    /Our cloud provider changed its model terms\./,
  );
  await expectText(frame.getByTestId('decisions'), 'Review the cloud provider terms');
  await frame.getByRole('button', { name: 'Record as held' }).click();
  await frame.getByRole('button', { name: 'Yes, record as held' }).click();
  const banner = frame.getByTestId('review-held');
  await banner.waitFor({ timeout: 30_000 });
  frame = await macroFrame();
  // The frozen record holds what was typed.
  await expectText(frame.getByTestId('input-b'), 'Our cloud provider changed its model terms.');
  await expectText(frame.getByTestId('decisions'), 'Review the cloud provider terms');
});

test('an auditor whose profile language is German reads the held Q3 review in German, light and dark', async () => {
  await setProfileLocale(site.url, 'auditor', 'de_DE');
  try {
    await signIn(page, site.url, 'auditor', `/wiki/pages/${q3PageId}`);
    let frame = await macroFrame();
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('de-DE');
    await expect(frame.getByTestId('review-held').textContent()).resolves.toContain(
      'Durchgeführt — dieser Nachweis ist eingefroren',
    );
    await expect(frame.getByTestId('review-held-counts').textContent()).resolves.toMatch(
      /^Die Zahlen sind so, wie sie .+ am \d{2}\.\d{2}\.\d{4} erfasst hat\.$/,
    );
    await expect(frame.getByTestId('trend-nonconformities').textContent()).resolves.toContain(
      'Aug. 2026',
    );
    await frame.getByRole('heading', { name: 'Entscheidungen (9.3.3)' }).waitFor();
    await frame.getByRole('heading', { name: /^d\) Leistung des AIMS und Trends/ }).waitFor();
    expect(await frameViolations(frame)).toEqual([]);
    await screenshot(page, 'review-macro-de');
    await switchToDarkMode(page, MACRO_FRAME);
    frame = await macroFrame();
    await frame.getByTestId('review-held').waitFor();
    expect(await frameViolations(frame)).toEqual([]);
    await screenshot(page, 'review-macro-de-dark');
  } finally {
    await setProfileLocale(site.url, 'auditor', 'en_GB');
  }
});
