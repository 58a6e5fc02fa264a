/**
 * The Jira issue view keeps up with the work, as Jira's does: a panel save refreshes the status,
 * details and links around the panel (view.refresh()), changes made elsewhere (an automation,
 * another person) show within seconds without a reload, a refused transition does not run again
 * when the page is refreshed, and the create form follows the chosen issue type at once.
 */

import { PanelSite } from '../integration/issue-panel/panel-test-site';
import { seriousA11yViolations } from './support/accessibility';
import { browserSuite } from './support/browser-suite';
import { addIssuePanel } from './support/issue-panel';
import { signIn } from './support/sign-in';
import {
  eventually,
  expectCount,
  expectExactText,
  expectNoText,
  expectText,
  expectValue,
} from './support/eventually';

jest.setTimeout(120_000);

const PANEL = 'iframe[title="ISO 42001"]';

const suite = browserSuite(() => PanelSite.start({ withShell: true }));

/** Marks the loaded document; a full reload loses the mark. */
async function markDocument(): Promise<void> {
  await suite.page.evaluate(() => {
    (window as unknown as { __sameDocument?: boolean }).__sameDocument = true;
  });
}
const stillSameDocument = (): Promise<boolean> =>
  suite.page.evaluate(
    () => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
  );

const details = () => suite.page.getByTestId('issue-details');

test('a panel save shows the recorded values in the issue’s details without a reload', async () => {
  const nc = await suite.site.create('Nonconformity', 'Model released without sign-off', {}, {});
  await signIn(suite.page, suite.url, 'manager');
  await suite.page.goto(`${suite.url}/jira/browse/${nc}`);
  await addIssuePanel(suite.page, 'ISO 42001');
  const frame = suite.page.frameLocator(PANEL);
  await frame.getByLabel('Correction and containment').waitFor({ timeout: 30_000 });
  await expectNoText(details(), 'Release rolled back');
  await markDocument();

  await frame.getByLabel('Correction and containment').fill('Release rolled back to v1.4');
  await frame.getByLabel('Consequences dealt with').fill('Two customers told');
  await frame.getByRole('button', { name: 'Save to issue' }).click();

  await details().getByText('Release rolled back to v1.4').waitFor({ timeout: 15_000 });
  expect(await stillSameDocument()).toBe(true);
  // The panel frame was kept, not reloaded: it shows what it saved.
  await expectText(frame.getByTestId('next-step'), 'Nothing is missing for this step');
});

test('a change made elsewhere (an automation, another person) shows on the open issue within seconds, panel included', async () => {
  const nc = await suite.site.create('Nonconformity', 'Drift alarm ignored', {}, {});
  const action = await suite.site.create('AIMS Action', 'Re-train the drift detector');
  await signIn(suite.page, suite.url, 'manager');
  await suite.page.goto(`${suite.url}/jira/browse/${nc}`);
  await addIssuePanel(suite.page, 'ISO 42001');
  const frame = suite.page.frameLocator(PANEL);
  await frame.getByLabel('Correction and containment').waitFor({ timeout: 30_000 });
  await expectCount(suite.page.getByTestId('issue-links'), 0);
  await markDocument();

  // Someone else records the correction and links an action, through Jira's REST.
  await suite.site.ok('admin', 'PUT', `/rest/api/3/issue/${nc}`, {
    fields: {
      [suite.site.field('Correction and containment')]: {
        type: 'doc',
        version: 1,
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Alarm threshold reset' }] },
        ],
      },
    },
  });
  await suite.site.link('Relates', nc, action);

  await suite.page.getByTestId('issue-links').getByRole('link', { name: action }).waitFor({
    timeout: 15_000,
  });
  await details().getByText('Alarm threshold reset').waitFor({ timeout: 15_000 });
  expect(await stillSameDocument()).toBe(true);
  // The panel heard JIRA_ISSUE_CHANGED and read the issue again: the correction is no longer
  // missing, the consequences still are.
  await eventually(
    async () => (await frame.getByTestId('missing-list').textContent()) ?? '',
    (missing) => {
      expect(missing).toContain('consequences');
      expect(missing).not.toContain('correction or containment');
    },
  );
});

const transitionPosts = (key: string): number =>
  suite.site.requests.filter((r) => r === `POST /rest/api/3/issue/${key}/transitions`).length;

test('a refused transition shows Jira’s reasons on the issue; refreshing the page does not run it again', async () => {
  const nc = await suite.site.create('Nonconformity', 'Audit trail missing for model v3', {}, {});
  await signIn(suite.page, suite.url, 'manager');
  await suite.page.goto(`${suite.url}/jira/browse/${nc}`);
  const before = transitionPosts(nc);
  await Promise.all([
    suite.page.waitForLoadState('load'),
    suite.page
      .getByRole('group', { name: 'Workflow transitions' })
      .getByRole('button', { name: 'Start cause analysis' })
      .click(),
  ]);
  const alert = suite.page.getByRole('alert');
  await expectExactText(alert.locator('h2'), 'We couldn’t transition this issue');
  expect(new URL(suite.page.url()).pathname).toBe(`/jira/browse/${nc}`);
  expect(transitionPosts(nc)).toBe(before + 1);
  expect(await seriousA11yViolations(suite.page)).toEqual([]);

  const reloaded = await suite.page.reload();
  expect(reloaded?.request().method()).toBe('GET');
  expect(reloaded?.status()).toBe(200);
  expect(transitionPosts(nc)).toBe(before + 1);
  await expectText(details(), 'React');
  await expectCount(suite.page.getByRole('alert'), 0);
});

test('the create form shows the fields of the chosen issue type as soon as it is chosen, keeping what was typed', async () => {
  await signIn(suite.page, suite.url, 'manager');
  await suite.page.goto(`${suite.url}/jira/create?project=AIMS`);
  await suite.page.getByLabel('Summary').fill('Retrain the scoring model');
  await Promise.all([
    suite.page.waitForURL(new RegExp(`issuetype=${suite.site.typeId('AIMS Action')}`)),
    suite.page.getByLabel('Issue type', { exact: true }).selectOption({ label: 'AIMS Action' }),
  ]);
  await expectValue(suite.page.getByLabel('Summary'), 'Retrain the scoring model');
  await expectCount(suite.page.getByRole('button', { name: 'Choose' }), 0);
  expect(await seriousA11yViolations(suite.page)).toEqual([]);
  await Promise.all([
    suite.page.waitForURL(/\/jira\/browse\/AIMS-\d+/),
    suite.page.getByRole('button', { name: 'Create' }).click(),
  ]);
  await expectText(details(), 'AIMS Action');
});

test('a create form whose fields belong to another type than the one submitted creates nothing and says why', async () => {
  await signIn(suite.page, suite.url, 'manager');
  await suite.page.goto(
    `${suite.url}/jira/create?project=AIMS&issuetype=${suite.site.typeId('AIMS Action')}`,
  );
  await suite.page.getByLabel('Summary').fill('Should not be created');
  // The selection changes without the page hearing it (as a stale form would send it).
  await suite.page.evaluate((id) => {
    const select = document.querySelector<HTMLSelectElement>('#issuetype');
    if (select) select.value = id;
  }, suite.site.typeId('Nonconformity'));
  const created = suite.site.requests.filter((r) => r === 'POST /rest/api/3/issue').length;
  await Promise.all([
    suite.page.waitForLoadState('load'),
    suite.page.getByRole('button', { name: 'Create' }).click(),
  ]);
  await expectText(
    suite.page.getByRole('alert'),
    'The project or issue type changed after its fields were shown',
  );
  expect(suite.site.requests.filter((r) => r === 'POST /rest/api/3/issue').length).toBe(created);
  await expectValue(suite.page.getByLabel('Summary'), 'Should not be created');
});
