/**
 * Accessibility of every Custom UI screen of the app, on the demo site, as someone who can see
 * it, in light and dark: axe-core (WCAG 2.x A/AA) finds no serious or critical violation, and the
 * screen's main action is reached with Tab (a read-only screen has no control Tab could miss).
 * With AIMS_WRITE_A11Y=1 the counts by severity per screen and theme are written to
 * docs/accessibility.md. (The board page is the shell's own page, not app UI: the board browser
 * test checks it.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import type { DemoSeedResult } from '../../emulator/seed/demo';
import type { SeededLogin } from '../support/test-site';
import type { AxeViolation } from './support/accessibility';
import { a11yViolations, seriousOnes } from './support/accessibility';
import { switchToDarkMode } from './support/dark-mode';
import { demoBrowserSuite } from './support/demo-browser-suite';
import { tabUntilFocused } from './support/focus';
import { addIssuePanel } from './support/issue-panel';
import { signIn } from './support/sign-in';

jest.setTimeout(600_000);

const suite = demoBrowserSuite();

interface Screen {
  name: string;
  login: SeededLogin;
  /** Where it is opened (after sign-in). */
  path: (demo: DemoSeedResult) => string;
  /** The app's iframe. */
  frame: string;
  /** Opens it on the page at `path` (a panel button, the editor's macro settings); none by default. */
  open?: (page: Page) => Promise<void>;
  /**
   * The screen's main action, reached with Tab; on a read-only screen, what shows it has rendered
   * (it then has nothing Tab could reach: no control to operate).
   */
  mainAction: (frame: Frame) => Locator;
  readOnly?: boolean;
}

const PANEL = 'iframe[title="ISO 42001"]';
const issue = (key: (demo: DemoSeedResult) => string) => (demo: DemoSeedResult) =>
  `/jira/browse/${key(demo)}`;
/**
 * The panel's first transition; on an issue with none, its first control (an action, a linked
 * issue: the panels of most types show the next steps as guidance, and Jira's own status button
 * moves the issue).
 */
const firstTransition = (frame: Frame) =>
  frame
    .getByRole('group', { name: 'Move this issue on' })
    .getByRole('button')
    .or(frame.getByRole('button'))
    .or(frame.getByRole('link'))
    .first();
const panel = (name: string, key: (demo: DemoSeedResult) => string): Screen => ({
  name: `Issue panel: ${name}`,
  login: 'manager',
  path: issue(key),
  frame: PANEL,
  open: (page) => addIssuePanel(page, 'ISO 42001'),
  mainAction: firstTransition,
});
/** The panel of a type that only shows its record (facts, guidance) and nothing to operate. */
const readOnlyPanel = (name: string, key: (demo: DemoSeedResult) => string): Screen => ({
  ...panel(name, key),
  mainAction: (frame) => frame.getByTestId('panel-status'),
  readOnly: true,
});
const macro = (
  title: string,
  login: SeededLogin,
  page: (demo: DemoSeedResult) => string,
  mainAction: (frame: Frame) => Locator,
): Screen => ({
  name: `Macro: ${title}`,
  login,
  path: (demo) => `/wiki/pages/${page(demo)}`,
  frame: `iframe[title="${title}"]`,
  mainAction,
});
/** A macro's settings, opened in the editor (its Configure button) as a page editor does. */
const settings = (title: string, page: (demo: DemoSeedResult) => string): Screen => ({
  name: `Macro settings: ${title}`,
  login: 'admin',
  path: (demo) => `/wiki/pages/${page(demo)}/edit`,
  frame: 'dialog[open] iframe',
  open: async (p) => {
    await p.getByRole('button', { name: `Configure ${title}`, exact: true }).click();
    await p.getByRole('dialog').waitFor();
  },
  mainAction: (frame) => frame.getByRole('button', { name: 'Save', exact: true }),
});
/** The first of `keys` (the demo made at least one). */
const first = (keys: Iterable<string>): string => {
  const [key] = keys;
  if (key === undefined) throw new Error('The demo made none');
  return key;
};
const SOA = 'ISO 42001 Statement of Applicability';
const POLICY = 'ISO 42001 AI Policy control';
const REVIEW = 'ISO 42001 Management Review';
const SCOPE = 'AIMS scope and context';
const AUDIT_PROGRAMME = 'ISO 42001 Internal audit programme';
const READINESS = 'ISO 42001 Certification readiness report';
const SCREENS: Screen[] = [
  {
    name: 'Admin page',
    login: 'admin',
    path: () => '/jira/admin/apps/aims-admin',
    frame: 'iframe[title="AIMS for Jira & Confluence"]',
    mainAction: (frame) => frame.getByRole('button', { name: 'Save configuration' }),
  },
  {
    name: 'AIMS overview',
    login: 'manager',
    path: () => '/jira',
    frame: 'iframe[title="AIMS overview"]',
    open: (page) => page.getByRole('link', { name: 'AIMS overview' }).click(),
    mainAction: (frame) => frame.getByLabel('KPI', { exact: true }),
  },
  {
    name: 'Issue glance: Nonconformity',
    login: 'manager',
    path: (demo) => `/jira/browse/${demo.nonconformities.react}?glance=aims-issue-glance`,
    frame: '[data-testid="glance-open"] iframe',
    mainAction: firstTransition,
  },
  panel('Nonconformity', (demo) => demo.nonconformities.react),
  panel('Audit', (demo) => demo.audit.audit),
  panel('AI Risk', (demo) => first(demo.risks.values())),
  panel('Audit Finding', (demo) => first(demo.audit.findings.values())),
  panel('Corrective Action', (demo) => first(demo.nonconformities.correctiveActions)),
  panel('AI System', (demo) => demo.systems.creditScoring),
  panel('AI Impact Assessment', (demo) => demo.impactAssessments.creditScoring),
  panel('AI Control', (demo) => demo.controls.get('A.6.2.4') ?? ''),
  panel('AI Incident', (demo) => demo.incidents.breach),
  readOnlyPanel('Competence Record', (demo) => first(demo.competenceRecords)),
  readOnlyPanel('AIMS Action', (demo) => demo.actions[1] ?? ''),
  readOnlyPanel('AI Objective', (demo) => first(demo.objectives)),
  macro(
    SOA,
    'manager',
    (d) => d.pages.soa,
    (frame) => frame.getByRole('button', { name: 'Download CSV' }),
  ),
  macro(
    SCOPE,
    'admin',
    (d) => d.pages.scope,
    (frame) => frame.getByRole('button', { name: 'Edit the scope and context' }),
  ),
  macro(
    'ISO 42001 Gap analysis',
    'manager',
    (d) => d.pages.gap,
    (frame) => frame.getByLabel('Show'),
  ),
  macro(
    AUDIT_PROGRAMME,
    'auditor',
    (d) => d.pages.auditProgramme,
    (frame) => frame.getByLabel('Show'),
  ),
  macro(
    READINESS,
    'manager',
    (d) => d.pages.readiness,
    (frame) => frame.locator('#readiness-stage1'),
  ),
  macro(
    POLICY,
    'manager',
    (d) => d.pages.policy,
    (frame) => frame.getByRole('button', { name: 'Approve this version' }),
  ),
  macro(
    REVIEW,
    'manager',
    (d) => d.pages.reviewQ4,
    // Its button stays disabled (out of the Tab order) until a decision is typed.
    (frame) => frame.getByLabel('Decision', { exact: true }),
  ),
  settings(SOA, (d) => d.pages.soa),
  settings(POLICY, (d) => d.pages.policy),
  settings(REVIEW, (d) => d.pages.reviewQ4),
  settings(SCOPE, (d) => d.pages.scope),
  settings(AUDIT_PROGRAMME, (d) => d.pages.auditProgramme),
  settings(READINESS, (d) => d.pages.readiness),
];

/** What Tab can reach in a document. */
const CONTROLS =
  'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
const results: { screen: string; theme: string; violations: AxeViolation[] }[] = [];

/** The app's frame once its main action has rendered. */
async function renderedFrame(page: Page, screen: Screen): Promise<Frame> {
  const handle = await page.waitForSelector(screen.frame, { timeout: 90_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${screen.name}: ${screen.frame} has no document`);
  await screen.mainAction(frame).first().waitFor({ timeout: 90_000 });
  return frame;
}

async function check(page: Page, screen: Screen, theme: 'light' | 'dark'): Promise<void> {
  const frame = await renderedFrame(page, screen);
  const violations = await a11yViolations(frame);
  results.push({ screen: screen.name, theme, violations });
  expect({ screen: screen.name, theme, serious: seriousOnes(violations) }).toEqual({
    screen: screen.name,
    theme,
    serious: [],
  });
  if (screen.readOnly) {
    expect({ screen: screen.name, controls: await frame.locator(CONTROLS).count() }).toEqual({
      screen: screen.name,
      controls: 0,
    });
    return;
  }
  await page.locator('body').focus();
  await tabUntilFocused(page, screen.mainAction(frame).first(), 200);
}

test.each(SCREENS.map((s) => [s.name, s] as const))(
  '%s: no serious or critical violation, main action (if it has one) reached with Tab, light and dark',
  async (_name, screen) => {
    const { page } = suite;
    await signIn(page, suite.url, screen.login, screen.path(suite.demo));
    await screen.open?.(page);
    await check(page, screen, 'light');
    await switchToDarkMode(page, screen.frame, screen.open);
    await check(page, screen, 'dark');
  },
);

afterAll(() => {
  if (process.env.AIMS_WRITE_A11Y !== '1' || results.length === 0) return;
  const rows = results.map(({ screen, theme, violations }) => {
    const count = (impact: string) => violations.filter((v) => v.impact === impact).length;
    const rules = violations.map((v) => `${v.id} (${v.impact ?? 'n/a'})`).join(', ') || '—';
    return `| ${screen} | ${theme} | ${IMPACTS.map(count).join(' | ')} | ${rules} |`;
  });
  const doc = [
    '# Accessibility by screen',
    '',
    '<!-- Generated by test/e2e/accessibility.e2e.test.ts with AIMS_WRITE_A11Y=1; do not edit. -->',
    '',
    'axe-core (WCAG 2.0/2.1 A and AA rules) in each Custom UI screen of the app, on the demo site,',
    'as a user who can see it, in the light and the dark theme. The test fails on any serious or',
    'critical violation; the counts are of violated rules, by impact.',
    '',
    '| Screen | Theme | Critical | Serious | Moderate | Minor | Rules |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  fs.writeFileSync(path.resolve(__dirname, '..', '..', 'docs', 'accessibility.md'), doc);
});
