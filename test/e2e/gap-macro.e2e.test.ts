/**
 * The gap analysis macro in the browser, on the demo page (one completed assessment and one in
 * progress started from it): a manager reads the readiness and what moved since the previous
 * assessment, assesses a requirement from the keyboard (a "not applicable" without justification
 * is refused with the reason), and, completing with an unsaved assessment open, is offered to
 * save it first; a member reads it in the dark theme and is offered no change.
 */
import type { Frame } from 'playwright-core';
import { seedGapPage } from '../../emulator/seed/demo/demo-gap-page';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { switchToDarkMode } from './support/dark-mode';
import { macroBrowserSuite } from './support/macro-browser-suite';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { eventually, expectCount, expectNoText, expectText } from './support/eventually';

jest.setTimeout(180_000);

const MACRO_FRAME = 'iframe[title="ISO 42001 Gap analysis"]';

let gapPageId = '';
const suite = macroBrowserSuite(async (site, host) => {
  gapPageId = (await seedGapPage(site, host)).id;
});

const macroFrame = (): Promise<Frame> => appFrame(suite.page, MACRO_FRAME, 'gap-macro');

test('a manager reads readiness and progress, and assesses a requirement from the keyboard', async () => {
  const { page, site } = suite;
  await signIn(page, site.url, 'manager', `/wiki/pages/${gapPageId}`);
  let frame = await macroFrame();
  await expectText(frame.getByTestId('gap-status'), 'Gap analysis before Stage 1');
  await expectText(frame.getByTestId('gap-readiness-overall'), /\d+% overall/);
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'gap-analysis');

  await frame.getByRole('tab', { name: /Since "Initial gap analysis"/ }).click();
  const comparison = frame.getByTestId('gap-comparison');
  await expectText(comparison, /10 improved, 0 regressed/);
  await expectText(comparison, '10.2 Nonconformity and corrective action');
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'gap-analysis-comparison');

  await frame.getByRole('tab', { name: 'Requirements' }).click();
  const assess = frame.getByRole('button', {
    name: 'Assess A.7.2 Data for development and enhancement of AI system',
  });
  await assess.focus();
  await page.keyboard.press('Enter');
  const form = frame.getByTestId('gap-assess');
  await form.waitFor();
  await frame.locator('#gap-assess-status').focus();
  await page.keyboard.type('Not applicable');
  await page.keyboard.press('Enter');
  await form.getByRole('button', { name: 'Save' }).click();
  // The refusal names what is missing, under the form (which stays, with what was typed).
  await form
    .getByText('Say why the requirement does not apply (a justification is required)')
    .waitFor();
  await frame.locator('#gap-assess-text').fill('We buy no data for our AI systems');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  frame = await macroFrame();
  await frame.getByText('We buy no data for our AI systems').waitFor();
  const requirements = frame.getByTestId('gap-requirements');
  await frame.getByLabel('Show').focus();
  await page.keyboard.type('Gaps');
  await page.keyboard.press('Enter');
  // The filter has narrowed the list (fewer shown than there are) before anything is checked.
  await eventually(
    async () => /(\d+) of (\d+) requirements shown/.exec((await requirements.textContent()) ?? ''),
    (shown) => expect(Number(shown?.[1])).toBeLessThan(Number(shown?.[2])),
  );
  await expectNoText(requirements, 'A.7.2');
});

test('completing with an unsaved assessment open offers to save it first', async () => {
  const { page, site } = suite;
  await signIn(page, site.url, 'manager', `/wiki/pages/${gapPageId}`);
  const frame = await macroFrame();
  await frame.getByRole('button', { name: 'Assess 7.4 Communication' }).click();
  await frame.locator('#gap-assess-status').focus();
  await page.keyboard.type('Partly');
  await page.keyboard.press('Enter');
  await frame.locator('#gap-assess-text').fill('Only the policy is communicated');
  await frame.getByRole('button', { name: 'Complete the assessment' }).click();
  const confirmation = frame.getByTestId('gap-complete-confirmation');
  await expectText(confirmation, 'The assessment of 7.4');
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await confirmation.getByRole('button', { name: 'Cancel' }).click();
});

test('a member reads it in the dark theme and is offered no change', async () => {
  const { page, site } = suite;
  await signIn(page, site.url, 'member', `/wiki/pages/${gapPageId}`);
  await switchToDarkMode(page, MACRO_FRAME);
  const frame = await macroFrame();
  await frame.getByTestId('gap-readiness').waitFor();
  await expectText(
    frame.getByTestId('gap-actions'),
    /Only members of .* can complete the gap analysis/,
  );
  await expectCount(frame.getByRole('button', { name: /^Assess / }), 0);
  await expectCount(frame.getByRole('button', { name: 'Complete the assessment' }), 0);
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'gap-analysis-dark');
});
