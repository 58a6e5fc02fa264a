/**
 * The certification readiness report in the browser, on the demo site: a manager reads every
 * item with its verdict and the figure links (each equal to the approximate count of its JQL as
 * them), sets the Stage 1 / Stage 2 dates from the keyboard (Stage 2 before Stage 1 refused with
 * the reason); an auditor reads it in the dark theme and is offered no change. Axe-clean in both
 * themes (screenshots). An auditor whose Jira profile language is German reads it in German.
 */
import type { Frame } from 'playwright-core';
import { callAs } from '../support/test-site';
import { seriousA11yViolations } from './support/accessibility';
import { appFrame } from './support/app-frame';
import { switchToDarkMode } from './support/dark-mode';
import { demoBrowserSuite } from './support/demo-browser-suite';
import { setProfileLocale } from './support/profile-locale';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expectAttribute, expectCount, expectText } from './support/eventually';

jest.setTimeout(300_000);

const FRAME = 'iframe[title="ISO 42001 Certification readiness report"]';

const suite = demoBrowserSuite();

const reportFrame = (): Promise<Frame> => appFrame(suite.page, FRAME, 'readiness-macro', 90_000);

test('a manager reads every item with its proof and sets the Stage dates from the keyboard', async () => {
  await signIn(suite.page, suite.url, 'manager', `/wiki/pages/${suite.demo.pages.readiness}`);
  let frame = await reportFrame();
  await expectText(
    frame.getByTestId('readiness-summary'),
    /Overall\s*Fail · 1 pass, 8 need attention, 1 fail/,
  );
  const nc = frame.getByTestId('readiness-item-nonconformities');
  await expectAttribute(nc.getByTestId('verdict'), 'data-verdict', 'fail');
  await expectText(nc, '1 major nonconformity is open');
  await frame
    .getByTestId('readiness-item-soa')
    .getByRole('link', { name: 'Statement of Applicability' })
    .waitFor();
  // Each figure link opens Jira's search for the JQL whose count it shows.
  const links = frame.locator('[data-testid="readiness-figure"] a');
  const figures = frame.getByTestId('readiness-figure');
  expect(await links.count()).toBeGreaterThan(20);
  for (let i = 0; i < 6; i += 1) {
    const shown = Number(await figures.nth(i).getAttribute('data-count'));
    const href = (await links.nth(i).getAttribute('href')) ?? '';
    const jql = decodeURIComponent(href.replace(/^\/issues\/\?jql=/, ''));
    const res = await callAs(
      suite.site.site,
      'manager',
      'POST',
      '/rest/api/3/search/approximate-count',
      {
        jql,
      },
    );
    expect((res.body as { count: number }).count).toBe(shown);
  }
  await frame.getByTestId('readiness-external-table').getByText('Minor nonconformity').waitFor();
  expect(await seriousA11yViolations(suite.page)).toEqual([]);
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(suite.page, 'readiness-report');

  await frame.locator('#readiness-stage1').focus();
  await suite.page.keyboard.press('ControlOrMeta+a');
  await suite.page.keyboard.type('2027-03-01');
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.press('ControlOrMeta+a');
  await suite.page.keyboard.type('2027-02-01');
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.press('Tab');
  await suite.page.keyboard.press('Enter');
  const stages = frame.getByTestId('readiness-stages');
  await stages.getByText('Stage 2 cannot come before Stage 1').waitFor();

  await frame.locator('#readiness-stage2').fill('2027-04-12');
  await stages.getByRole('button', { name: 'Save dates' }).click();
  frame = await reportFrame();
  await frame
    .getByTestId('readiness-stages')
    .getByText(/^12 Apr 2027 \(in \d+ days\)$/)
    .waitFor();
});

test('an auditor reads it in the dark theme and is offered no change', async () => {
  await signIn(suite.page, suite.url, 'auditor', `/wiki/pages/${suite.demo.pages.readiness}`);
  await switchToDarkMode(suite.page, FRAME);
  const frame = await reportFrame();
  await frame.getByTestId('readiness-item-external').waitFor();
  await expectCount(frame.getByRole('button', { name: 'Save dates' }), 0);
  await expectText(
    frame.getByTestId('readiness-stages-blockers'),
    /Only members of .* can set the Stage 1 and Stage 2 dates/,
  );
  expect(await seriousA11yViolations(frame)).toEqual([]);
  await screenshot(suite.page, 'readiness-report-dark');
});

test('an auditor whose profile language is German reads the report in German, light and dark', async () => {
  await setProfileLocale(suite.url, 'auditor', 'de_DE');
  try {
    await signIn(suite.page, suite.url, 'auditor', `/wiki/pages/${suite.demo.pages.readiness}`);
    let frame = await reportFrame();
    await frame.getByRole('heading', { name: 'Zertifizierungsreife — ISO/IEC 42001' }).waitFor();
    await expectAttribute(frame.locator('html'), 'lang', 'de-DE');
    await expectText(
      frame.getByTestId('readiness-summary'),
      /^Gesamt\s*Nicht bestanden · \d+ bestanden, \d+ mit Handlungsbedarf, \d+ nicht bestanden$/,
    );
    await frame.getByRole('table', { name: 'Prüfpunkte der Zertifizierungsreife' }).waitFor();
    await frame.getByRole('table', { name: 'Termine des Zertifizierungsaudits' }).waitFor();
    await frame.getByRole('heading', { name: 'Feststellungen des externen Audits' }).waitFor();
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(suite.page, 'readiness-report-de');
    await switchToDarkMode(suite.page, FRAME);
    frame = await reportFrame();
    await frame.getByTestId('readiness-item-external').waitFor();
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshot(suite.page, 'readiness-report-de-dark');
  } finally {
    await setProfileLocale(suite.url, 'auditor', 'en_GB');
  }
});
