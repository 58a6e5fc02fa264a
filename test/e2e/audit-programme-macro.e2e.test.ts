/**
 * The internal audit programme macro in the browser: an auditor reads the programme and which
 * requirements the cycle's audits covered, narrows the list to what no audit covered from the
 * keyboard; the same page in the dark theme; axe-clean in both. A member whose Jira profile
 * language is German reads it in German (Forge i18n), with dates in the German format.
 */
import type { Frame } from 'playwright-core';
import { seedClosedAudit } from '../../emulator/seed/demo/demo-audit';
import { seedAuditProgrammePage } from '../../emulator/seed/demo/demo-audit-programme-page';
import { DemoJira } from '../../emulator/seed/demo/demo-jira';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { switchToDarkMode } from './support/dark-mode';
import { macroBrowserSuite } from './support/macro-browser-suite';
import { setProfileLocale } from './support/profile-locale';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expectAttribute, expectExactText, expectNoText, expectText } from './support/eventually';

jest.setTimeout(180_000);

const MACRO_FRAME = 'iframe[title="ISO 42001 Internal audit programme"]';

let programmePageId = '';
const suite = macroBrowserSuite(async (site, host) => {
  await seedClosedAudit(await DemoJira.connect(site));
  programmePageId = (await seedAuditProgrammePage(site, host)).id;
});

const macroFrame = (): Promise<Frame> => appFrame(suite.page, MACRO_FRAME, 'audit-programme-macro');

test('an auditor reads the programme and what its audits covered, and narrows it from the keyboard', async () => {
  const { page, site } = suite;
  await signIn(page, site.url, 'auditor', `/wiki/pages/${programmePageId}`);
  const frame = await macroFrame();
  await expectExactText(
    frame.getByTestId('audit-coverage-summary'),
    '13 of 70 requirements audited in the cycle, 0 only planned, 57 not covered.',
  );
  await expectText(
    frame.getByRole('table', { name: 'The programme' }),
    'Document review, interviews with process owners',
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'audit-programme');
  await frame.getByLabel('Show').focus();
  await page.keyboard.type('Not covered');
  await page.keyboard.press('Enter');
  const coverage = frame.getByTestId('audit-coverage');
  await frame.getByText('57 of 70 requirements shown').waitFor();
  await expectNoText(coverage, '4.1 Understanding the organization');
  await expectText(coverage, '6.1.2 AI risk assessment');
});

test('the programme in the dark theme', async () => {
  const { page, site } = suite;
  await signIn(page, site.url, 'member', `/wiki/pages/${programmePageId}`);
  await switchToDarkMode(page, MACRO_FRAME);
  const frame = await macroFrame();
  await frame.getByTestId('audit-coverage').waitFor();
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(page, 'audit-programme-dark');
});

test('a member whose profile language is German reads the programme in German, light and dark', async () => {
  const { page, site } = suite;
  await setProfileLocale(site.url, 'member', 'de_DE');
  try {
    await signIn(page, site.url, 'member', `/wiki/pages/${programmePageId}`);
    const frame = await macroFrame();
    await expectExactText(
      frame.getByTestId('audit-coverage-summary'),
      '13 von 70 Anforderungen im Zyklus auditiert, 0 nur geplant, 57 nicht abgedeckt.',
    );
    await expectAttribute(frame.locator('html'), 'lang', 'de-DE');
    await frame.getByRole('table', { name: 'Das Programm' }).waitFor();
    await frame.getByText('70 von 70 Anforderungen angezeigt').waitFor();
    const coverage = await frame.getByTestId('audit-coverage').textContent();
    expect(coverage).toContain('Auditiert');
    expect(coverage).toMatch(/\(\d{2}\.\d{2}\.\d{4}\)/);
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(page, 'audit-programme-de');
    await switchToDarkMode(page, MACRO_FRAME);
    const dark = await macroFrame();
    await dark.getByTestId('audit-coverage').waitFor();
    expect(await seriousA11yViolations(dark)).toEqual([]);
    await screenshot(page, 'audit-programme-de-dark');
  } finally {
    await setProfileLocale(site.url, 'member', 'en_GB');
  }
});
