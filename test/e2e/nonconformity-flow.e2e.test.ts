/**
 * One nonconformity from an audit finding to effective closure, in the browser, as the people
 * who do it: the auditor records a major-NC finding, the app raises the Nonconformity, the
 * manager works it through clause 10.2 (the app's validator refuses a step taken too early),
 * a member implements the corrective action, the app moves the NC to effectiveness review, the
 * manager verifies and closes it, and the app closes the finding.
 */
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/accessibility';
import type { AimsE2eSite } from './support/aims-site';
import { pageAs, startAimsE2eSite } from './support/aims-site';
import { launchBrowser } from './support/browser';
import { screenshot as saveScreenshot } from './support/screenshots';
import { tabUntilFocused } from './support/focus';
import { expectAttribute, expectCount, expectText, expectValue } from './support/eventually';

jest.setTimeout(240_000);

let e2e: AimsE2eSite;
let browser: Browser;
let base: string;

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startAimsE2eSite(), launchBrowser()]);
  base = e2e.site.url;
});

afterAll(async () => {
  await browser?.close();
  await e2e?.close();
});

const details = (page: Page) => page.getByTestId('issue-details');
const transitionButton = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Workflow transitions' })
    .getByRole('button', { name, exact: true });

/** Before a screenshot, lets the app's issue panel finish reading the issue (when there is one). */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const frame = page.locator('.forge-frame iframe').first();
  if ((await frame.count()) > 0) {
    await page
      .frameLocator('.forge-frame iframe')
      .first()
      .locator('body:not(:has-text("Reading the issue"))')
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
  }
  await saveScreenshot(page, name);
}

async function open(page: Page, key: string): Promise<void> {
  await page.goto(`${base}/jira/browse/${key}`);
  await page.getByTestId('issue-summary').waitFor();
}

async function transition(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForURL(/flag=/), transitionButton(page, name).click()]);
}

/** Opens the edit form, lets `fill` change fields, saves, and waits for the issue view. */
async function edit(page: Page, key: string, fill: () => Promise<void>): Promise<void> {
  await open(page, key);
  await Promise.all([page.waitForURL(/\/edit$/), page.getByTestId('edit-issue').click()]);
  await fill();
  await Promise.all([page.waitForURL(/flag=/), page.getByRole('button', { name: 'Save' }).click()]);
}

/** Waits until the app has handled the events, then reloads until `check` holds (a few tries). */
async function afterAutomation(
  page: Page,
  key: string,
  check: () => Promise<boolean>,
): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    await e2e.host.waitForIdle();
    await open(page, key);
    if (await check()) return;
    await page.waitForTimeout(300);
  }
  throw new Error(`${key}: the app's automation did not happen`);
}

async function createIssue(
  page: Page,
  typeName: string,
  fill: () => Promise<void>,
): Promise<string> {
  await page.goto(`${base}/jira/create?project=AIMS`);
  // The form follows the chosen type at once (no "Choose" step), as Jira's create dialog does.
  await Promise.all([
    page.waitForURL(/issuetype=/),
    page.getByLabel('Issue type', { exact: true }).selectOption({ label: typeName }),
  ]);
  await fill();
  await Promise.all([
    page.waitForURL(/\/jira\/browse\/AIMS-\d+/),
    page.getByRole('button', { name: 'Create' }).click(),
  ]);
  const key = /\/jira\/browse\/(AIMS-\d+)/.exec(page.url())?.[1];
  if (!key) throw new Error(`no issue key in ${page.url()}`);
  return key;
}

test('a major-NC audit finding is worked through clause 10.2 to effective closure', async () => {
  // The auditor records a finding graded "Major nonconformity".
  const auditor = await pageAs(browser, base, 'auditor', '/jira');
  const finding = await createIssue(auditor, 'Audit Finding', async () => {
    await auditor
      .getByRole('textbox', { name: 'Summary', exact: true })
      .fill('No validation record for credit model release 4.2');
    await auditor
      .getByLabel('Finding grade', { exact: true })
      .selectOption({ label: 'Major nonconformity' });
    await auditor.getByLabel('ISO 42001 reference', { exact: true }).fill('ISO42001:A.6.2.4');
  });
  await screenshot(auditor, 'nc-flow-1-finding-created');

  // The app raises exactly one linked Nonconformity and moves the finding on.
  let nc = '';
  await afterAutomation(auditor, finding, async () => {
    const text =
      (await auditor
        .getByTestId('issue-links')
        .textContent()
        .catch(() => '')) ?? '';
    nc = /raises\s+(AIMS-\d+)/.exec(text)?.[1] ?? '';
    return nc !== '';
  });
  await expectText(details(auditor), 'Nonconformity Raised');
  await expectCount(auditor.getByTestId('issue-links').locator('li'), 1);
  await screenshot(auditor, 'nc-flow-2-nc-raised');

  // The manager records the correction only, and tries to move on: the validator says what is missing.
  const manager = await pageAs(browser, base, 'manager', `/jira/browse/${nc}`);
  await expectText(details(manager), 'React');
  await edit(manager, nc, async () => {
    await manager
      .getByLabel('Correction and containment', { exact: true })
      .fill('Release 4.2 re-validated on the hold-out set.');
    expect(await seriousA11yViolations(manager)).toEqual([]);
    await screenshot(manager, 'nc-flow-3-edit-form');
  });
  await transitionButton(manager, 'Start cause analysis').click();
  const refusal = manager
    .getByRole('alert')
    .filter({ hasText: 'We couldn’t transition this issue' });
  await expectText(refusal, 'consequences');
  await expectText(details(manager), 'React');
  await screenshot(manager, 'nc-flow-4-refused-too-early');

  await edit(manager, nc, async () => {
    await manager
      .getByLabel('Consequences dealt with', { exact: true })
      .fill('Decisions made with 4.2 were re-scored; nobody was affected.');
  });
  await transition(manager, 'Start cause analysis');
  await expectText(details(manager), 'Cause Analysis');

  // Causes, the similar-nonconformities check and the decision, with the keyboard for the first field.
  await edit(manager, nc, async () => {
    const causes = manager.getByLabel('Root cause', { exact: true });
    await tabUntilFocused(manager, causes, 80);
    await manager.keyboard.type('The release checklist had no validation gate.');
    await manager
      .getByLabel('Similar nonconformities', { exact: true })
      .selectOption({ label: 'Similar could occur' });
    await manager
      .getByLabel('Similar nonconformities notes', { exact: true })
      .fill('Chatbot and CV releases use the same checklist.');
    await manager
      .getByLabel('Corrective action decision', { exact: true })
      .selectOption({ label: 'Corrective action needed' });
  });
  await transitionButton(manager, 'Implement corrective actions').click();
  await expectText(
    manager.getByRole('alert').filter({ hasText: 'We couldn’t transition this issue' }),
    'corrective action',
  );

  // A Corrective Action, assigned to the member who will implement it, linked to the NC.
  const ca = await createIssue(manager, 'Corrective Action', async () => {
    await manager
      .getByRole('textbox', { name: 'Summary', exact: true })
      .fill('Add a validation sign-off gate to the release checklist');
  });
  await edit(manager, ca, async () => {
    await manager.getByLabel('Assignee', { exact: true }).selectOption({ label: 'Mel Member' });
  });
  await manager.getByLabel('This issue', { exact: true }).selectOption({ label: 'corrects' });
  await manager.getByLabel('Issue key', { exact: true }).fill(nc);
  await Promise.all([
    manager.waitForURL(/flag=/),
    manager.getByRole('button', { name: 'Link' }).click(),
  ]);
  await expectText(manager.getByTestId('issue-links'), nc);
  await screenshot(manager, 'nc-flow-5-corrective-action-linked');

  await open(manager, nc);
  await transition(manager, 'Implement corrective actions');
  await expectText(details(manager), 'Implementing Actions');

  // The member implements the action and marks it done.
  const member = await pageAs(browser, base, 'member', `/jira/browse/${ca}`);
  await edit(member, ca, async () => {
    await member
      .getByLabel('Implementation notes', { exact: true })
      .fill('Checklist v7 blocks deployment without a signed validation report.');
    await member
      .getByLabel('Evidence', { exact: true })
      .fill('Checklist v7 in the model repository.');
  });
  await transition(member, 'Done');
  await expectText(details(member), 'Done');

  // The app moves the NC to effectiveness review and tells its owner.
  await afterAutomation(manager, nc, async () =>
    ((await details(manager).textContent()) ?? '').includes('Effectiveness Review'),
  );
  await screenshot(manager, 'nc-flow-6-effectiveness-review');

  // The manager, who implemented nothing, verifies effectiveness with evidence and answers 10.2 e).
  await edit(manager, nc, async () => {
    await manager
      .getByLabel('Effectiveness verdict', { exact: true })
      .selectOption({ label: 'Effective' });
    await manager
      .getByLabel('Effectiveness evidence', { exact: true })
      .fill('Releases 4.3 and 4.4 passed the gate with signed reports.');
    await manager
      .getByLabel('Effectiveness reviewer', { exact: true })
      .selectOption({ label: 'Morgan Manager' });
    await manager.getByLabel('AIMS change needed', { exact: true }).selectOption({ label: 'No' });
  });
  await transition(manager, 'Verify effective and close');
  await expectText(details(manager), 'NC Closed');
  await screenshot(manager, 'nc-flow-7-nc-closed');

  // The app closes the finding.
  await afterAutomation(auditor, finding, async () =>
    ((await details(auditor).textContent()) ?? '').includes('Finding Closed'),
  );
  await screenshot(auditor, 'nc-flow-8-finding-closed');
});

test('the edit form shows Jira’s refusal under the field and keeps what was typed', async () => {
  const manager = await pageAs(browser, base, 'manager', '/jira');
  const key = await createIssue(manager, 'Nonconformity', async () => {
    await manager.getByRole('textbox', { name: 'Summary', exact: true }).fill('Drift alert missed');
  });
  await open(manager, key);
  await Promise.all([manager.waitForURL(/\/edit$/), manager.getByTestId('edit-issue').click()]);
  await manager.getByRole('textbox', { name: 'Summary', exact: true }).fill('');
  await manager
    .getByLabel('Root cause', { exact: true })
    .fill('Alerts went to an unwatched mailbox.');
  // The browser would stop an empty required field; remove that to see the server's answer.
  await manager
    .getByRole('textbox', { name: 'Summary', exact: true })
    .evaluate((el) => el.removeAttribute('required'));
  await manager.getByRole('button', { name: 'Save' }).click();
  const alert = manager.getByRole('alert').filter({ hasText: 'We couldn’t save your changes' });
  await expectText(alert, 'Summary');
  await expectAttribute(
    manager.getByRole('textbox', { name: 'Summary', exact: true }),
    'aria-invalid',
    'true',
  );
  await expectValue(
    manager.getByLabel('Root cause', { exact: true }),
    'Alerts went to an unwatched mailbox.',
  );
  expect(await seriousA11yViolations(manager)).toEqual([]);
});
