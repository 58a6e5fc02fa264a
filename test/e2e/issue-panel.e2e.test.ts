/**
 * The ISO 42001 issue panel in the browser, on the shell with the real app: a Nonconformity's
 * 10.2 panel used to record the correction and then moved on; a finding whose Nonconformity is
 * still being raised (late events); an AI Risk's matrix; an AI incident and the Nonconformity its
 * breach raised; accessibility
 * and screenshots (light and dark); a manager whose Jira profile language is German reads a
 * Nonconformity's panel in German (Forge i18n), with its due date in the German format.
 */
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { PanelSite, accountOf } from '../integration/issue-panel/panel-test-site';
import { seriousA11yViolations } from './support/accessibility';
import { launchBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { tabUntilFocused } from './support/focus';
import { addIssuePanel } from './support/issue-panel';
import { setProfileLocale } from './support/profile-locale';

jest.setTimeout(120_000);

let ps: PanelSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;

const PANEL = 'iframe[title="ISO 42001"]';

beforeAll(async () => {
  [ps, browser] = await Promise.all([PanelSite.start({ withShell: true }), launchBrowser()]);
  base = ps.site.url;
});

afterAll(async () => {
  await browser?.close();
  await ps?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

/** The panel's frame (for axe, which runs inside the frame's document). */
function panelFrame(): Frame {
  const frame = page.frames().find((f) => f.url().includes('/forge/frames/'));
  if (!frame) throw new Error('The issue panel frame is not on the page');
  return frame;
}

/** axe-core inside the panel frame (the helper runs axe in whatever document it is given). */
const frameViolations = (): Promise<string[]> => seriousA11yViolations(panelFrame());

async function openPanel(key: string): Promise<FrameLocator> {
  await page.goto(`${base}/jira/browse/${key}`);
  await addIssuePanel(page, 'ISO 42001');
  const frame = page.frameLocator(PANEL);
  await frame
    .getByTestId('aims-issue-panel')
    .locator('[data-testid^="panel-"]')
    .first()
    .waitFor({ timeout: 30_000 });
  return frame;
}

/** Puts the shell in the given theme (whatever it was) and waits until the panel frame follows. */
async function colorMode(mode: 'light' | 'dark'): Promise<void> {
  const current = await page.evaluate((selector) => {
    const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
    return doc?.documentElement.getAttribute('data-color-mode');
  }, PANEL);
  if (current === mode) return;
  await page.locator('#theme-toggle').click();
  await page.waitForFunction(
    ([selector, wanted]) => {
      const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
      return doc?.documentElement.getAttribute('data-color-mode') === wanted;
    },
    [PANEL, mode] as const,
  );
  await page.waitForTimeout(300);
}

test('a Nonconformity shows its 10.2 steps; the correction is recorded through the panel and the issue moves on', async () => {
  const finding = await ps.create('Audit Finding', 'Bias tests not run before release');
  const nc = await ps.create(
    'Nonconformity',
    'Credit model released without bias testing',
    {},
    { duedate: '2027-01-31' },
  );
  await ps.link('AIMS Raises', finding, nc);
  await signIn(page, base, 'manager');
  let frame = await openPanel(nc);

  const stepA = frame.getByTestId('nc-step-a');
  await expect(stepA.getAttribute('data-status')).resolves.toBe('current');
  await expect(frame.getByTestId('nc-step-b').getAttribute('data-status')).resolves.toBe(
    'upcoming',
  );
  await expect(frame.getByTestId('missing-list').allTextContents()).resolves.toEqual([
    'Record the correction or containment taken (10.2 a).Record how the consequences of the nonconformity were dealt with (10.2 a).',
  ]);
  await expect(frame.getByTestId('nc-findings').textContent()).resolves.toContain(finding);
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-nonconformity');

  // Keyboard: the form's first field is reachable with Tab.
  const correction = frame.getByLabel('Correction and containment');
  await correction.focus();
  await correction.fill('Model v2.1 withdrawn; v2.0 (bias-tested) restored');
  await frame
    .getByLabel('Consequences dealt with')
    .fill('Decisions made by v2.1 re-run; 14 applicants contacted');
  await frame.getByRole('button', { name: 'Save to issue' }).click();
  await frame.getByTestId('field-form').waitFor({ state: 'detached', timeout: 30_000 });
  await expect(frame.getByTestId('next-step').textContent()).resolves.toContain(
    'Nothing is missing for this step',
  );
  expect(JSON.stringify(await ps.fieldValue(nc, 'Correction and containment'))).toContain(
    'v2.0 (bias-tested) restored',
  );

  // Move it on from the issue view; the panel now stands at 10.2 b).
  await Promise.all([
    page.waitForURL(/flag=/),
    page
      .getByRole('group', { name: 'Workflow transitions' })
      .getByRole('button', { name: 'Start cause analysis' })
      .click(),
  ]);
  frame = page.frameLocator(PANEL);
  await frame.getByTestId('nc-steps').waitFor({ timeout: 30_000 });
  await expect(frame.getByTestId('nc-step-a').getAttribute('data-status')).resolves.toBe('done');
  await expect(frame.getByTestId('nc-step-b').getAttribute('data-status')).resolves.toBe('current');
  await expect(frame.getByTestId('field-form').textContent()).resolves.toContain('Root cause');
  await tabUntilFocused(page, frame.getByLabel('Root cause'), 80);
  expect(await frameViolations()).toEqual([]);

  // Dark mode: the 10.2 panel follows the shell's theme and stays readable.
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-nonconformity-dark');
});

test('a major finding says its Nonconformity is being raised while Jira’s events are late, then shows it', async () => {
  ps.host.holdEvents();
  try {
    const finding = await ps.create('Audit Finding', 'No drift monitoring on the scoring model', {
      'Finding grade': 'Major nonconformity',
      'ISO 42001 reference': 'ISO42001:A.6.2.6',
    });
    await signIn(page, base, 'auditor');
    let frame = await openPanel(finding);
    await expect(frame.getByTestId('finding-nc-being-raised').textContent()).resolves.toContain(
      'The nonconformity for this finding is being raised',
    );
    expect(await frameViolations()).toEqual([]);
    await screenshot(page, 'panel-finding-being-raised');

    ps.host.releaseEvents();
    await ps.host.waitForIdle();
    frame = await openPanel(finding);
    await frame
      .locator('section[aria-label^="Nonconformity "]')
      .first()
      .waitFor({ timeout: 30_000 });
    await expect(frame.getByTestId('finding-nc-being-raised').count()).resolves.toBe(0);
  } finally {
    ps.host.releaseEvents();
  }
});

test('an AI Risk shows the likelihood × consequence matrix with inherent and residual positions', async () => {
  const risk = await ps.create('AI Risk', 'Unfair credit outcomes for a protected group', {
    Likelihood: '4 - Likely',
    Consequence: '4 - Major',
    'Treatment option': 'Modify (reduce)',
    'Residual likelihood': '2 - Unlikely',
    'Residual consequence': '3 - Moderate',
  });
  const control = await ps.create('AI Control', 'Bias testing before each release', {
    'ISO 42001 reference': 'ISO42001:A.6.2.4',
    'Implementation status': 'Implemented',
  });
  await ps.link('AIMS Mitigates', control, risk);
  await signIn(page, base, 'member');
  const frame = await openPanel(risk);
  const matrix = frame.getByTestId('risk-matrix');
  await expect(matrix.getByTestId('cell-4-4').getAttribute('data-marks')).resolves.toBe('I');
  await expect(matrix.getByTestId('cell-2-3').getAttribute('data-marks')).resolves.toBe('R');
  await expect(matrix.getByTestId('cell-4-4').getAttribute('data-band')).resolves.toBe('high');
  await expect(frame.getByTestId('risk-controls').textContent()).resolves.toContain('Implemented');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-risk');

  // Dark mode: the panel follows the shell's theme.
  await colorMode('dark');
  await screenshot(page, 'panel-risk-dark');
  expect(await frameViolations()).toEqual([]);
});

test('an AI system shows its inventory and what going into operation needs; its impact assessment says its review is due', async () => {
  const system = await ps.create('AI System', 'Customer support chatbot', {
    'Intended use': 'Answers customers’ questions about products, fees and their account.',
    'AI role of the organization': 'AI customer (user)',
    'Life-cycle stage': 'Operation and monitoring',
    'Supplier or third party': 'Hosted LLM assistant from a SaaS supplier.',
    'Data sources': 'Public product pages and the FAQ.',
    'Human oversight': 'Hand-over to a support agent on request.',
    'Adverse impact reporting': 'The chatbot’s "Report a problem" link.',
    'In AIMS scope': 'Yes',
    'EU AI Act risk class (informative)': 'Transparency obligations',
  });
  const risk = await ps.create('AI Risk', 'Chatbot gives wrong fee information');
  const assessment = await ps.create('AI Impact Assessment', 'Impact assessment: chatbot', {
    'Impact on individuals': 'Customers may act on a wrong answer about fees.',
    'Impact on groups of individuals': 'Customers less at ease with written German.',
    'Societal impact': 'Low: it takes no decisions.',
    'Foreseeable misuse': 'Trying to make it reveal other customers’ data.',
    'Context and jurisdiction': 'Public website, customers in the EU.',
    'Impact assessment date': '2025-11-20',
    'Impact assessment next review': '2026-11-20',
  });
  await ps.link('AIMS Assesses', assessment, system);
  await ps.link('AIMS Informs', assessment, risk);
  await ps.link('AIMS Affects', risk, system);
  const incident = await ps.create('AI Incident', 'Chatbot quoted last year’s fees', {
    'Incident severity': 'Medium',
  });
  await ps.link('AIMS Affects', incident, system);
  await signIn(page, base, 'manager');

  let frame = await openPanel(system);
  await expect(frame.getByTestId('system-inventory').textContent()).resolves.toContain(
    'Transparency obligations',
  );
  const incidents = await frame.getByTestId('system-incidents').textContent();
  expect(incidents).toContain(incident);
  expect(incidents).toContain('Medium');
  await expect(frame.getByTestId('missing-list').allTextContents()).resolves.toEqual([
    `Complete an impact assessment of this AI system first (6.1.4): ${assessment} is not completed yet.Assess a linked AI risk of this AI system first (6.1.2): ${risk} is only identified.`,
  ]);
  expect(await frameViolations()).toEqual([]);
  await colorMode('light');
  await screenshot(page, 'panel-ai-system');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-ai-system-dark');

  // The assessment, completed a year ago, is due for review.
  await ps.transition('admin', assessment, 'Start assessment');
  await ps.ok('admin', 'PUT', `/rest/api/3/issue/${assessment}`, {
    fields: { [ps.field('Impact assessor')]: { accountId: accountOf('auditor') } },
  });
  const completed = await ps.transition('admin', assessment, 'Complete assessment');
  expect(completed.status).toBe(204);
  frame = await openPanel(assessment);
  await expect(frame.getByTestId('assessment-review-due').textContent()).resolves.toContain(
    'Its review was due on 2026-11-20',
  );
  await expect(frame.getByTestId('assessment-systems').textContent()).resolves.toContain(system);
  await expect(frame.getByTestId('next-step').textContent()).resolves.toContain(
    'Nothing is missing for this step',
  );
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-impact-assessment-dark');
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-impact-assessment');
});

test('an AI incident shows what concluding it needs, then the Nonconformity its breach raised', async () => {
  const system = await ps.create('AI System', 'Résumé screening model');
  const incident = await ps.create('AI Incident', 'Career gaps ranked lower', {
    'Incident severity': 'High',
    'Detected how': 'Employee concern',
  });
  await ps.ok('admin', 'PUT', `/rest/api/3/issue/${incident}`, {
    fields: { [ps.field('Incident reported by')]: { accountId: accountOf('member') } },
  });
  await ps.link('AIMS Affects', incident, system);
  expect((await ps.transition('admin', incident, 'Start investigation')).status).toBe(204);
  await signIn(page, base, 'manager');

  let frame = await openPanel(incident);
  const missing = await frame.getByTestId('missing-list').allTextContents();
  expect(missing.join(' ')).toContain('Answer "Requirement breached?"');
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);

  await ps.ok('admin', 'PUT', `/rest/api/3/issue/${incident}`, {
    fields: {
      [ps.field('Individuals affected')]: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'About 40 applicants.' }] }],
      },
      [ps.field('External reporting needed')]: { value: 'No' },
      [ps.field('Requirement breached?')]: { value: 'Yes' },
      [ps.field('Breached requirement')]: 'ISO42001:A.6.2.4',
    },
  });
  expect((await ps.transition('admin', incident, 'Conclude investigation')).status).toBe(204);
  frame = await openPanel(incident);
  const facts = await frame.getByTestId('incident-facts').textContent();
  expect(facts).toContain('ISO42001:A.6.2.4');
  expect(facts).toContain('About 40 applicants.');
  await expect(frame.getByTestId('incident-systems').textContent()).resolves.toContain(system);
  await expect(frame.getByTestId('incident-nonconformities').textContent()).resolves.toMatch(
    /Nonconformity: Career gaps ranked lower/,
  );
  // With its Nonconformity raised, nothing is missing for closing the incident.
  await expect(frame.getByTestId('next-step').allTextContents()).resolves.toEqual([
    'Investigate again → InvestigatingReady Nothing is missing for this step.',
    'Close incident → Incident ClosedReady Nothing is missing for this step.',
  ]);
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-incident');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-incident-dark');
});

test('a control treating more risks than a table page holds lists them all, a page at a time', async () => {
  const control = await ps.create('AI Control', 'Human review of automated refusals', {
    'ISO 42001 reference': 'ISO42001:A.9.2',
  });
  const created = await ps.ok<{ issues: { key: string }[] }>(
    'admin',
    'POST',
    '/rest/api/3/issue/bulk',
    {
      issueUpdates: Array.from({ length: 25 }, (_, i) => ({
        fields: {
          project: { key: 'AIMS' },
          issuetype: { id: ps.typeId('AI Risk') },
          summary: `Refusal without review in channel ${String(i + 1).padStart(2, '0')}`,
        },
      })),
    },
  );
  for (const risk of created.issues) await ps.link('AIMS Mitigates', control, risk.key);
  await signIn(page, base, 'member');
  const frame = await openPanel(control);
  const risks = frame.getByTestId('control-risks');
  await expect(risks.getByRole('row').count()).resolves.toBe(21); // header + 20
  await expect(risks.textContent()).resolves.toContain('25 issues, 20 a page');
  const last = created.issues[24]?.key ?? '';
  expect(await risks.textContent()).not.toContain(`${last}Refusal`);
  await risks.getByRole('button', { name: /2/ }).click();
  await expect(risks.getByRole('row').count()).resolves.toBe(6); // header + 5
  await expect(risks.textContent()).resolves.toContain(last);
  expect(await frameViolations()).toEqual([]);
});

test('a recurrence: the earlier Nonconformity puts its verdict in question, the new one names it, in both themes', async () => {
  const earlier = await ps.create('Nonconformity', 'Model card missing for release 3', {
    'Effectiveness verdict': 'Effective',
  });
  const later = await ps.create('Nonconformity', 'Model card missing for release 5');
  // Jira's POST: the inward issue reads the outward wording ("<later> is a recurrence of <earlier>").
  await ps.link('AIMS Recurrence', earlier, later);
  await signIn(page, base, 'manager');

  let frame = await openPanel(earlier);
  const recurrence = frame.getByTestId('nc-recurrence');
  await expect(recurrence.textContent()).resolves.toMatch(
    new RegExp(
      `Recurred on \\d{4}-\\d{2}-\\d{2} as ${later}: the effectiveness verdict "Effective" is in question`,
    ),
  );
  await expect(frame.getByTestId('nc-recurred-as').textContent()).resolves.toContain(later);
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-nonconformity-recurrence');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(page, 'panel-nonconformity-recurrence-dark');

  frame = await openPanel(later);
  await expect(frame.getByTestId('nc-recurrence-of').textContent()).resolves.toContain(earlier);
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
});

test('a manager whose profile language is German reads a Nonconformity’s panel in German, light and dark', async () => {
  const finding = await ps.create('Audit Finding', 'Model card missing for the scoring model');
  const nc = await ps.create(
    'Nonconformity',
    'Scoring model in use without a model card',
    {},
    { duedate: '2027-01-31' },
  );
  await ps.link('AIMS Raises', finding, nc);
  await setProfileLocale(base, 'manager', 'de_DE');
  try {
    await signIn(page, base, 'manager');
    const frame = await openPanel(nc);
    const panel = frame.getByTestId('panel-nonconformity');
    await panel.getByText('Abschnitt 10.2').waitFor({ timeout: 30_000 });
    await expect(panelFrame().locator('html').getAttribute('lang')).resolves.toBe('de-DE');
    await frame
      .getByRole('heading', { name: 'Nichtkonformität und Korrekturmaßnahme' })
      .waitFor({ timeout: 30_000 });
    await frame.getByText('Fällig am 31.01.2027').waitFor();
    await expect(frame.getByTestId('nc-step-a').textContent()).resolves.toContain('Aktuell');
    await expect(frame.getByTestId('nc-findings').textContent()).resolves.toContain(finding);
    await frame.getByRole('heading', { name: 'Auslösende Auditfeststellung' }).waitFor();
    await frame.getByRole('button', { name: 'Im Vorgang speichern' }).waitFor();
    const text = (await panel.textContent()) ?? '';
    for (const english of ['Clause 10.2', 'Due ', 'Save to issue', 'Corrective actions'])
      expect(text).not.toContain(english);
    expect(await frameViolations()).toEqual([]);
    await screenshot(page, 'panel-nonconformity-de');

    await colorMode('dark');
    await frame.getByText('Abschnitt 10.2').waitFor();
    expect(await frameViolations()).toEqual([]);
    await screenshot(page, 'panel-nonconformity-de-dark');
    await colorMode('light');
  } finally {
    await setProfileLocale(base, 'manager', 'en_GB');
  }
});
