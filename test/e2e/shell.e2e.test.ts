import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import type { E2eSite } from './support/e2e-site';
import { startE2eSite } from './support/e2e-site';
import { signIn } from './support/sign-in';
import { addIssuePanel } from './support/issue-panel';
import { seriousA11yViolations } from './support/accessibility';
import { screenshot } from './support/screenshots';
import { tabUntilFocused } from './support/focus';
import { callAs } from '../support/test-site';
import {
  eventually,
  expectAttribute,
  expectCount,
  expectExactText,
  expectText,
  expectTexts,
} from './support/eventually';

jest.setTimeout(90_000);

let e2e: E2eSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startE2eSite(), launchBrowser()]);
  base = e2e.site.url;
});

afterAll(async () => {
  await browser?.close();
  await e2e?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

/** A Confluence page in space AIMS holding the hello app's macro, created through REST. */
async function createMacroPage(title: string): Promise<string> {
  const spaces = await callAs(e2e.site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS');
  const spaceId = (spaces.body as { results: { id: string }[] }).results[0]?.id;
  const extensionKey = e2e.host
    .extensionKey('hello-macro')
    .replace('ari:cloud:ecosystem::extension/', '');
  const doc = {
    type: 'doc',
    version: 1,
    content: [
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: 'Scope of the AIMS' }],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Covers ' },
          { type: 'text', text: 'all AI systems', marks: [{ type: 'strong' }] },
          { type: 'text', text: ' we build.' },
        ],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Clause 4.3' }] }],
          },
        ],
      },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              {
                type: 'tableHeader',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Control' }] }],
              },
              {
                type: 'tableHeader',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Status' }] }],
              },
            ],
          },
          {
            type: 'tableRow',
            content: [
              {
                type: 'tableCell',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A.2.2' }] }],
              },
              {
                type: 'tableCell',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Implemented' }] }],
              },
            ],
          },
        ],
      },
      {
        type: 'extension',
        attrs: {
          extensionType: 'com.atlassian.ecosystem',
          extensionKey,
          localId: 'macro-1',
          parameters: {
            localId: 'macro-1',
            extensionId: e2e.host.extensionKey('hello-macro'),
            extensionTitle: 'Hello macro',
          },
        },
      },
    ],
  };
  const res = await callAs(e2e.site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId,
    status: 'current',
    title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
  });
  expect(res.status).toBe(200);
  return (res.body as { id: string }).id;
}

test('the sign-in form is keyboard usable and signing in shows the Jira projects', async () => {
  await page.goto(`${base}/jira`);
  expect(new URL(page.url()).pathname).toBe('/signin');
  await tabUntilFocused(page, page.getByLabel('User', { exact: true }));
  await page.keyboard.press('Tab');
  expect(await page.locator('#signin-demo').evaluate((el) => el === document.activeElement)).toBe(
    true,
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'shell-sign-in');

  await signIn(page, base, 'manager');
  await expectExactText(page.getByRole('heading', { level: 1 }), 'Projects');
  await expectExactText(page.getByTestId('current-user'), 'Morgan Manager');
  const table = page.getByRole('table', { name: 'Projects' });
  await expectCount(table.getByRole('cell', { name: 'DEMO', exact: true }), 1);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a wrong API token is refused with a message', async () => {
  await page.goto(`${base}/signin`);
  await page.getByLabel('Email', { exact: true }).fill('admin@example.com');
  await page.getByLabel('API token', { exact: true }).fill('not-the-token');
  await page.locator('#signin-token').click();
  await expectText(page.getByRole('alert'), 'not correct');
  expect(new URL(page.url()).pathname).toBe('/signin');
});

test('a JQL search lists the matching issues and an issue shows its fields, links and transitions', async () => {
  await signIn(page, base, 'admin');
  await page.goto(`${base}/jira/issues`);
  await page.getByLabel('JQL query').fill('project = DEMO AND issuetype = Bug');
  await Promise.all([
    page.waitForURL(/jql=/),
    page.getByRole('button', { name: 'Search' }).click(),
  ]);
  const rows = page.getByRole('table', { name: 'Issues' }).locator('tbody tr');
  const keys = await rows.locator('td:nth-child(2)').allTextContents();
  expect(keys.length).toBeGreaterThan(0);
  expect(await rows.locator('td:first-child').allTextContents()).toEqual(keys.map(() => 'Bug'));
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel('JQL query').fill('project = ');
  await page.getByRole('button', { name: 'Search' }).click();
  await expectText(page.getByRole('alert'), 'The search could not be run');

  await page.goto(`${base}/jira/browse/DEMO-1`);
  await expectExactText(page.getByTestId('issue-summary'), 'Try the local Jira');
  const details = page.getByTestId('issue-details');
  await expectText(details, 'Task');
  await expectText(details, 'To Do');
  await expectText(page.getByTestId('issue-links'), 'DEMO-2');
  const firstTransition = page
    .getByRole('group', { name: 'Workflow transitions' })
    .getByRole('button')
    .first();
  await tabUntilFocused(page, firstTransition, 60);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a transition run from the issue view changes the status', async () => {
  await signIn(page, base, 'admin');
  await page.goto(`${base}/jira/browse/DEMO-2`);
  await Promise.all([
    page.waitForURL(/flag=/),
    page
      .getByRole('group', { name: 'Workflow transitions' })
      .getByRole('button', { name: 'In Progress' })
      .click(),
  ]);
  await expectText(page.getByTestId('issue-details'), 'In Progress');
});

test('a transition refused by a workflow validator shows the validator’s message, and the status stays', async () => {
  // The shell's part is showing Jira's 400 answer; the refusal comes from a validator plugged into
  // the site's workflow-rule seam in front of the Forge host's runner.
  const rules = e2e.site.ctx.workflowRules;
  const forgeRunner = rules.runner;
  rules.runner = {
    conditionsAllow: (t) => forgeRunner.conditionsAllow(t),
    afterTransition: (t) => forgeRunner.afterTransition(t),
    validate: async (t) =>
      t.issueKey === 'DEMO-1' && t.transition.name === 'Done'
        ? { ok: false, errorMessage: 'Record the correction before closing.' }
        : forgeRunner.validate(t),
  };
  try {
    await signIn(page, base, 'admin');
    await page.goto(`${base}/jira/browse/DEMO-1`);
    const done = page
      .getByRole('group', { name: 'Workflow transitions' })
      .getByRole('button', { name: 'Done' });
    await tabUntilFocused(page, done, 60);
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    const alert = page.getByRole('alert');
    await expectExactText(alert.locator('h2'), 'We couldn’t transition this issue');
    await expectText(alert, 'Record the correction before closing.');
    await screenshot(page, 'shell-transition-refused');
    await expectText(page.getByTestId('issue-details'), 'To Do');
    expect(await seriousA11yViolations(page)).toEqual([]);
  } finally {
    rules.runner = forgeRunner;
  }
});

test('creating an issue from the create page opens the new issue', async () => {
  await signIn(page, base, 'admin');
  await page.goto(`${base}/jira/create?project=DEMO`);
  await page.getByLabel('Summary').fill('Review the model card');
  await page.getByLabel('Description').fill('Check the intended use.\n\nCheck the limits.');
  await Promise.all([
    page.waitForURL(/\/jira\/browse\/DEMO-\d+/),
    page.getByRole('button', { name: 'Create' }).click(),
  ]);
  await expectExactText(page.getByTestId('issue-summary'), 'Review the model card');
  await expectTexts(page.locator('.adf p'), ['Check the intended use.', 'Check the limits.']);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the admin page host renders the app’s jira:adminPage', async () => {
  await signIn(page, base, 'admin');
  await page.goto(`${base}/jira/admin/apps`);
  await Promise.all([
    page.waitForURL(/\/jira\/admin\/apps\/hello-admin$/),
    page.getByRole('link', { name: 'Hello admin' }).click(),
  ]);
  const frame = page.frameLocator('iframe[title="Hello admin"]');
  await frame.getByTestId('hello-text').waitFor({ timeout: 30_000 });
  await expectExactText(frame.getByTestId('hello-text'), 'Hello from the app');
});

test('an issue shows the app’s Custom UI issue panel rendered through the bridge, as the viewer', async () => {
  await signIn(page, base, 'member');
  await page.goto(`${base}/jira/browse/DEMO-1`);
  // As in Jira Cloud, the panel is not on the issue until its button adds it.
  await expectCount(page.locator('iframe[title="Hello panel"]'), 0);
  await addIssuePanel(page, 'Hello panel');
  const panel = page.getByRole('region', { name: 'Hello panel' }).first();
  await expectExactText(panel.locator('h3'), 'Hello panel');
  const frame = page.frameLocator('iframe[title="Hello panel"]');
  await frame.getByTestId('hello-text').waitFor({ timeout: 30_000 });
  await expectExactText(frame.getByTestId('hello-text'), 'Hello from the app: Try the local Jira');
  await expectText(frame.getByTestId('hello-panel'), 'DEMO-1');
  await screenshot(page, 'shell-issue-with-panel');
});

test('dark mode toggles the shell and its app frames, and survives a reload', async () => {
  await signIn(page, base, 'admin');
  await page.goto(`${base}/jira/browse/DEMO-1`);
  await addIssuePanel(page, 'Hello panel');
  const frame = page.frameLocator('iframe[title="Hello panel"]');
  await frame.getByTestId('hello-text').waitFor({ timeout: 30_000 });
  const toggle = page.locator('#theme-toggle');
  await expectAttribute(toggle, 'aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expectAttribute(page.locator('html'), 'data-color-mode', 'dark');
  await expectAttribute(toggle, 'aria-pressed', 'true');
  await eventually(
    () => page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    (darkBg) => expect(darkBg).not.toBe(lightBg),
  );
  await page.waitForFunction(() => {
    const doc = document.querySelector<HTMLIFrameElement>(
      'iframe[title="Hello panel"]',
    )?.contentDocument;
    return doc?.documentElement.getAttribute('data-color-mode') === 'dark';
  });
  await page.reload();
  await expectAttribute(page.locator('html'), 'data-color-mode', 'dark');
  await page
    .frameLocator('iframe[title="Hello panel"]')
    .getByTestId('hello-text')
    .waitFor({ timeout: 30_000 });
  await screenshot(page, 'shell-issue-dark');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a Confluence page renders its ADF and the app’s macro, and exports to a print view', async () => {
  const pageId = await createMacroPage('AIMS scope');
  await signIn(page, base, 'auditor');
  await page.goto(`${base}/wiki/spaces/AIMS`);
  await Promise.all([
    page.waitForURL(/\/wiki\/pages\//),
    page.getByTestId('page-tree').getByRole('link', { name: 'AIMS scope' }).click(),
  ]);
  expect(page.url()).toContain(`/wiki/pages/${pageId}`);
  const body = page.getByTestId('page-body');
  await expectCount(body.getByRole('heading', { name: 'Scope of the AIMS' }), 1);
  await expectExactText(body.locator('strong'), 'all AI systems');
  await expectCount(body.getByRole('cell', { name: 'A.2.2' }), 1);
  const macro = page.frameLocator('iframe[title="Hello macro"]');
  await macro.getByTestId('hello-text').waitFor({ timeout: 30_000 });
  await expectExactText(macro.getByTestId('hello-text'), 'Hello from the app');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'shell-confluence-page');

  await Promise.all([
    page.waitForURL(/\/export$/),
    page.getByRole('link', { name: 'Export to PDF' }).click(),
  ]);
  await expectText(page.getByTestId('export-view'), 'Scope of the AIMS');
  await expectCount(page.getByRole('button', { name: 'Print / Save as PDF' }), 1);
});

test('a macro’s Custom UI config dialog saves the config into the page', async () => {
  const pageId = await createMacroPage('Configurable macro');
  await signIn(page, base, 'admin');
  await page.goto(`${base}/wiki/pages/${pageId}`);
  await page
    .frameLocator('iframe[title="Hello macro"]')
    .getByTestId('hello-text')
    .waitFor({ timeout: 30_000 });
  // View mode offers no settings; the editor does (as Confluence opens a macro's config).
  await expectCount(page.getByRole('button', { name: 'Configure Hello macro' }), 0);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByTestId('edit-mode').waitFor();
  await page.getByRole('button', { name: 'Configure Hello macro' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configure Hello macro' });
  await dialog.waitFor();
  const config = page.frameLocator('iframe[title="Configure Hello macro"]');
  await config.getByLabel('Greeting').fill('Welcome, auditors');
  await screenshot(page, 'shell-macro-config');
  await Promise.all([
    page.waitForURL(/flag=/),
    config.getByRole('button', { name: 'Save' }).click(),
  ]);
  await page.getByRole('link', { name: 'Close editor' }).click();
  const macro = page.frameLocator('iframe[title="Hello macro"]');
  await macro.getByTestId('hello-greeting').waitFor({ timeout: 30_000 });
  await expectExactText(macro.getByTestId('hello-greeting'), 'Greeting: Welcome, auditors');
  const saved = await callAs(
    e2e.site,
    'admin',
    'GET',
    `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`,
  );
  const body = saved.body as {
    version: { number: number };
    body: { atlas_doc_format: { value: string } };
  };
  expect(body.version.number).toBe(2);
  expect(body.body.atlas_doc_format.value).toContain('Welcome, auditors');
});

test('site admins can run a scheduled trigger now; others cannot see the page', async () => {
  await signIn(page, base, 'admin');
  await page.goto(`${base}/scheduled`);
  await Promise.all([
    page.waitForURL(/flag=|\/scheduled$/),
    page.getByRole('button', { name: 'Run now hello-daily' }).click(),
  ]);
  await expectText(page.getByRole('status').first(), 'hello-daily ran');
  await context.clearCookies();
  await signIn(page, base, 'member');
  const res = await page.goto(`${base}/scheduled`);
  expect(res?.status()).toBe(403);
});
