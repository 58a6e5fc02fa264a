/**
 * The admin page for an administrator whose Jira profile language is German: every section in
 * German (Forge i18n), dates and numbers in the German format, the form's own checks in German,
 * a dry run and the CSV template in German; axe-clean in light and dark, with screenshots.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/accessibility';
import type { AimsE2eSite } from './support/aims-site';
import { startAimsE2eSite } from './support/aims-site';
import { appFrame } from './support/app-frame';
import { launchBrowser } from './support/browser';
import { switchToDarkMode } from './support/dark-mode';
import { setProfileLocale } from './support/profile-locale';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

jest.setTimeout(180_000);

const ADMIN_FRAME = 'iframe[title="AIMS for Jira & Confluence"]';
/** A date as German writes it ("07.12.2026"). */
const GERMAN_DATE = /\d{2}\.\d{2}\.\d{4}/;

let e2e: AimsE2eSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [e2e, browser] = await Promise.all([startAimsE2eSite(), launchBrowser()]);
  await e2e.host.waitForIdle();
  await setProfileLocale(e2e.site.url, 'admin', 'de_DE');
  context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await e2e?.close();
});

const adminFrame = (): Promise<Frame> => appFrame(page, ADMIN_FRAME, 'status-summary');
const text = async (frame: FrameLocator, testId: string): Promise<string> =>
  (await frame.getByTestId(testId).textContent()) ?? '';

test('an admin whose profile language is German reads and uses the admin page in German', async () => {
  await signIn(page, e2e.site.url, 'admin', '/jira/admin/apps/aims-admin');
  const document = await adminFrame();
  await expect(document.locator('html').getAttribute('lang')).resolves.toBe('de-DE');
  const frame = page.frameLocator(ADMIN_FRAME);
  await frame.getByRole('heading', { name: 'AIMS-Verwaltung', level: 1 }).waitFor();

  // Status: what provisioning did at install, its times in the German format.
  await frame.getByTestId('status-summary').getByText('Bereitgestellt').waitFor();
  const status = frame.getByTestId('status-table');
  await expect(
    status.getByRole('row', { name: /Vorgänge für Maßnahmen aus Anhang A/ }).textContent(),
  ).resolves.toContain('38');
  await expect(status.getByRole('row', { name: /Gestartet/ }).textContent()).resolves.toMatch(
    GERMAN_DATE,
  );
  await expect(text(frame, 'provisioning-step')).resolves.toMatch(
    /^Alle \d+ Schritte erledigt\s*Abgeschlossen$/,
  );

  // The onboarding: the tracker and each step's badge.
  await frame
    .getByTestId('onboarding-summary')
    .getByText(/^\d von 7 Schritten erledigt\. Als Nächstes: /)
    .waitFor({ timeout: 30_000 });
  await expect(text(frame, 'step-status-project')).resolves.toBe('Schritt 1 von 7: erledigt');
  await expect(text(frame, 'step-status-roadmap')).resolves.toBe(
    'Schritt 6 von 7 (optional): offen',
  );
  await expect(text(frame, 'pages-status')).resolves.toContain('Anwendbarkeitserklärung (6.1.3)');

  // Configuration: German labels (the Jira names stay as configured), the reserved-word warning.
  await expect(frame.getByLabel('Nichtkonformität', { exact: true }).inputValue()).resolves.toBe(
    'Nonconformity',
  );
  await expect(frame.getByLabel('Gruppe der obersten Leitung').inputValue()).resolves.toBe(
    'aims-top-management',
  );
  // No default name is a reserved JQL word; "Audit" typed by the admin is warned about.
  await expect(frame.getByTestId('reserved-jql-names').count()).resolves.toBe(0);
  await frame.getByLabel('AIMS-Audit', { exact: true }).fill('Audit');
  await frame
    .getByTestId('reserved-jql-names')
    .getByText('„Audit“ ist ein reserviertes Wort', { exact: false })
    .waitFor({ timeout: 30_000 });
  await frame.getByLabel('AIMS-Audit', { exact: true }).fill('AIMS Audit');
  expect(await seriousA11yViolations(document)).toEqual([]);
  await screenshot(page, 'admin-page-de');

  // The form's own check, in German: nothing is sent.
  const projectKey = frame.getByLabel('Jira-Projektschlüssel');
  await projectKey.fill('A');
  await frame.getByRole('button', { name: 'Konfiguration speichern' }).click();
  await frame
    .getByTestId('error-projectKey')
    .getByText('Ein Jira-Projektschlüssel besteht aus 2–10 Großbuchstaben oder Ziffern')
    .waitFor();
  await frame.getByTestId('config-problem').getByText('Ein Feld muss korrigiert werden').waitFor();
  await projectKey.fill('AIMS');

  // A dry run on the provisioned project: nothing would change.
  await frame.getByRole('button', { name: 'Änderungen vorab anzeigen (Probelauf)' }).click();
  await frame
    .getByTestId('provisioning-plan')
    .getByText('Alles ist schon vorhanden: Die Bereitstellung würde nichts ändern.')
    .waitFor({ timeout: 60_000 });

  // The import's own check, and the CSV template: German examples under the columns it reads.
  await frame.getByRole('button', { name: 'Prüfen', exact: true }).click();
  await frame
    .getByText('Wählen Sie eine CSV-Datei oder fügen Sie die Feststellungen ein')
    .waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'CSV-Vorlage herunterladen' }).click(),
  ]);
  const template = fs.readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(template[0]).toBe('summary,grade,ISO reference,audit,AI system,due date,description');
  expect(template[1]).toMatch(/^Keine Folgenabschätzung für den Chatbot,Major nonconformity,/);

  // The webhook section.
  await frame.getByTestId('webhook-status').getByText('Nicht gesetzt').waitFor();
  await frame
    .getByRole('heading', { name: 'Wie das Audit-Werkzeug eine Anfrage signiert' })
    .waitFor();
  expect(await seriousA11yViolations(document)).toEqual([]);
});

test('the German admin page in the dark theme', async () => {
  await signIn(page, e2e.site.url, 'admin', '/jira/admin/apps/aims-admin');
  await switchToDarkMode(page, ADMIN_FRAME);
  const document = await adminFrame();
  const frame = page.frameLocator(ADMIN_FRAME);
  await frame
    .getByTestId('onboarding-summary')
    .getByText(/von 7 Schritten erledigt/)
    .waitFor({ timeout: 30_000 });
  await frame.getByRole('heading', { name: 'Risikokriterien' }).waitFor();
  expect(await seriousA11yViolations(document)).toEqual([]);
  await screenshot(page, 'admin-page-de-dark');
});
