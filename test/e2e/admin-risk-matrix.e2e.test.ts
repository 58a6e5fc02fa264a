/**
 * The admin page's risk matrix editor in the browser, on a provisioned site with one risk rated 5:
 * the admin shrinks the likelihood scale to 4 levels with new labels, by keyboard; saving first
 * shows how many rated risks fall off the new scale and needs that confirmed; then the Jira options
 * follow the new labels. Axe-clean in light and dark.
 */
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { callAs } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import type { AimsE2eSite } from './support/aims-site';
import { pageAs, startAimsE2eSite } from './support/aims-site';
import { launchBrowser } from './support/browser';
import { switchToDarkMode } from './support/dark-mode';
import { screenshot } from './support/screenshots';
import { expectCount, expectText, expectValue } from './support/eventually';

jest.setTimeout(180_000);

const ADMIN_FRAME = 'iframe[title="AIMS for Jira & Confluence"]';

let e2e: AimsE2eSite;
let browser: Browser;
let page: Page;

async function rest<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await callAs(e2e.site, 'admin', method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status}`);
  return res.body as T;
}

async function fieldId(name: string): Promise<string> {
  const fields = await rest<{ id: string; name: string }[]>('GET', '/rest/api/3/field');
  const found = fields.find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found.id;
}

async function likelihoodOptions(): Promise<{ value: string; disabled: boolean }[]> {
  const id = await fieldId('Likelihood');
  const contexts = await rest<{ values: { id: string }[] }>(
    'GET',
    `/rest/api/3/field/${id}/context`,
  );
  const options = await rest<{ values: { value: string; disabled: boolean }[] }>(
    'GET',
    `/rest/api/3/field/${id}/context/${contexts.values[0]?.id}/option`,
  );
  return options.values.map(({ value, disabled }) => ({ value, disabled }));
}

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startAimsE2eSite(), launchBrowser()]);
  await e2e.host.waitForIdle();
  const types = await rest<{ id: string; name: string }[]>('GET', '/rest/api/3/issuetype');
  await rest('POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'AIMS' },
      issuetype: { id: types.find((t) => t.name === 'AI Risk')?.id },
      summary: 'Hallucinated citations in customer answers',
      [await fieldId('Likelihood')]: { value: '5 - Almost certain' },
      [await fieldId('Consequence')]: { value: '2 - Minor' },
    },
  });
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await e2e?.close();
});

function adminFrame(): Frame {
  const frame = page.frames().find((f) => f.url().includes('/forge/frames/'));
  if (!frame) throw new Error('The admin page frame is not on the page');
  return frame;
}

/** Replaces a field's text as a keyboard user does. */
async function typeInto(frame: FrameLocator, label: string, text: string): Promise<void> {
  const field = frame.getByLabel(label, { exact: true });
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await page.keyboard.type(text);
}

test('an admin shrinks the likelihood scale, confirms the off-scale risk, and Jira follows', async () => {
  page = await pageAs(browser, e2e.site.url, 'admin', '/jira/admin/apps/aims-admin');
  const frame = page.frameLocator(ADMIN_FRAME);
  const section = frame.getByTestId('section-risk-matrix');
  await section.getByLabel('Likelihood 5', { exact: true }).waitFor({ timeout: 30_000 });
  await section.scrollIntoViewIfNeeded();
  expect(await seriousA11yViolations(adminFrame())).toEqual([]);

  // Keyboard only: 4 likelihood levels (the select takes arrow keys), new labels, Enter to save.
  const size = frame.getByLabel('Likelihood levels');
  await size.focus();
  await size.press('ArrowUp');
  await expectValue(size, '4');
  await expectCount(section.getByLabel('Likelihood 5', { exact: true }), 0);
  await typeInto(frame, 'Likelihood 3', 'Likely');
  await typeInto(frame, 'Likelihood 4', 'Almost certain');
  await page.keyboard.press('Enter');

  const impact = frame.getByTestId('risk-matrix-impact');
  await impact.waitFor();
  await expectText(impact, '1 AI risk is rated above the new scale');
  expect(await likelihoodOptions()).toContainEqual({ value: '3 - Possible', disabled: false });
  expect(await seriousA11yViolations(adminFrame())).toEqual([]);
  await screenshot(page, 'admin-risk-matrix');

  const confirm = frame.getByLabel(/I confirm: save the matrix with 1 risk to re-rate/);
  await confirm.focus();
  await confirm.press('Space');
  await frame.getByRole('button', { name: 'Save risk matrix' }).press('Enter');
  await frame.getByTestId('risk-matrix-saved').waitFor();
  expect(await likelihoodOptions()).toEqual([
    { value: '1 - Rare', disabled: false },
    { value: '2 - Unlikely', disabled: false },
    { value: '3 - Likely', disabled: false },
    { value: '4 - Almost certain', disabled: false },
    { value: '5 - Almost certain', disabled: true },
  ]);

  // Dark mode: the frame follows the shell's theme; the saved matrix loads again.
  await switchToDarkMode(page, ADMIN_FRAME);
  await section.getByLabel('Likelihood 4', { exact: true }).waitFor({ timeout: 30_000 });
  await section.scrollIntoViewIfNeeded();
  await expectValue(section.getByLabel('Likelihood 3', { exact: true }), 'Likely');
  expect(await seriousA11yViolations(adminFrame())).toEqual([]);
  await screenshot(page, 'admin-risk-matrix-dark');
});
