/**
 * The ISO 42001 issue panel in the browser, on the shell with the real app: a Nonconformity's
 * 10.2 panel used to record the correction and then moved on; a finding whose Nonconformity is
 * still being raised (late events); an AI Risk's matrix; an AI incident and the Nonconformity its
 * breach raised; accessibility
 * and screenshots (light and dark); a manager whose Jira profile language is German reads a
 * Nonconformity's panel in German (Forge i18n), with its due date in the German format.
 */
import type { Frame, FrameLocator } from 'playwright-core';
import { PanelSite, accountOf } from '../integration/issue-panel/panel-test-site';
import { seriousA11yViolations } from './support/accessibility';
import { browserSuite } from './support/browser-suite';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { tabUntilFocused } from './support/focus';
import { addIssuePanel } from './support/issue-panel';
import {
  eventually,
  expectAttribute,
  expectCount,
  expectNoText,
  expectText,
  expectTexts,
} from './support/eventually';
import { setProfileLocale } from './support/profile-locale';

jest.setTimeout(120_000);

const PANEL = 'iframe[title="ISO 42001"]';

const suite = browserSuite(() => PanelSite.start({ withShell: true }));

/** The panel's frame (for axe, which runs inside the frame's document). */
function panelFrame(): Frame {
  const frame = suite.page.frames().find((f) => f.url().includes('/forge/frames/'));
  if (!frame) throw new Error('The issue panel frame is not on the page');
  return frame;
}

/** axe-core inside the panel frame (the helper runs axe in whatever document it is given). */
const frameViolations = (): Promise<string[]> => seriousA11yViolations(panelFrame());

async function openPanel(key: string): Promise<FrameLocator> {
  await suite.page.goto(`${suite.url}/jira/browse/${key}`);
  await addIssuePanel(suite.page, 'ISO 42001');
  const frame = suite.page.frameLocator(PANEL);
  await frame
    .getByTestId('aims-issue-panel')
    .locator('[data-testid^="panel-"]')
    .first()
    .waitFor({ timeout: 30_000 });
  return frame;
}

/** Puts the shell in the given theme (whatever it was) and waits until the panel frame follows. */
async function colorMode(mode: 'light' | 'dark'): Promise<void> {
  const current = await suite.page.evaluate((selector) => {
    const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
    return doc?.documentElement.getAttribute('data-color-mode');
  }, PANEL);
  if (current === mode) return;
  await suite.page.locator('#theme-toggle').click();
  await suite.page.waitForFunction(
    ([selector, wanted]) => {
      const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
      return doc?.documentElement.getAttribute('data-color-mode') === wanted;
    },
    [PANEL, mode] as const,
  );
  await suite.page.waitForTimeout(300);
}

test('a Nonconformity shows its 10.2 steps; the correction is recorded through the panel and the issue moves on', async () => {
  const finding = await suite.site.create('Audit Finding', 'Bias tests not run before release');
  const nc = await suite.site.create(
    'Nonconformity',
    'Credit model released without bias testing',
    {},
    { duedate: '2027-01-31' },
  );
  await suite.site.link('AIMS Raises', finding, nc);
  await signIn(suite.page, suite.url, 'manager');
  let frame = await openPanel(nc);

  const stepA = frame.getByTestId('nc-step-a');
  await expectAttribute(stepA, 'data-status', 'current');
  await expectAttribute(frame.getByTestId('nc-step-b'), 'data-status', 'upcoming');
  await expectTexts(frame.getByTestId('missing-list'), [
    'Record the correction or containment taken (10.2 a).Record how the consequences of the nonconformity were dealt with (10.2 a).',
  ]);
  await expectText(frame.getByTestId('nc-findings'), finding);
  expect(await seriousA11yViolations(suite.page)).toEqual([]);
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-nonconformity');

  // Keyboard: the form's first field is reachable with Tab.
  const correction = frame.getByLabel('Correction and containment');
  await correction.focus();
  await correction.fill('Model v2.1 withdrawn; v2.0 (bias-tested) restored');
  await frame
    .getByLabel('Consequences dealt with')
    .fill('Decisions made by v2.1 re-run; 14 applicants contacted');
  await frame.getByRole('button', { name: 'Save to issue' }).click();
  await frame.getByTestId('field-form').waitFor({ state: 'detached', timeout: 30_000 });
  await expectText(frame.getByTestId('next-step'), 'Nothing is missing for this step');
  expect(JSON.stringify(await suite.site.fieldValue(nc, 'Correction and containment'))).toContain(
    'v2.0 (bias-tested) restored',
  );

  // Move it on from the issue view; the panel now stands at 10.2 b).
  await Promise.all([
    suite.page.waitForURL(/flag=/),
    suite.page
      .getByRole('group', { name: 'Workflow transitions' })
      .getByRole('button', { name: 'Start cause analysis' })
      .click(),
  ]);
  frame = suite.page.frameLocator(PANEL);
  await frame.getByTestId('nc-steps').waitFor({ timeout: 30_000 });
  await expectAttribute(frame.getByTestId('nc-step-a'), 'data-status', 'done');
  await expectAttribute(frame.getByTestId('nc-step-b'), 'data-status', 'current');
  await expectText(frame.getByTestId('field-form'), 'Root cause');
  await tabUntilFocused(suite.page, frame.getByLabel('Root cause'), 80);
  expect(await frameViolations()).toEqual([]);

  // Dark mode: the 10.2 panel follows the shell's theme and stays readable.
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-nonconformity-dark');
});

test('a major finding says its Nonconformity is being raised while Jira’s events are late, then shows it', async () => {
  suite.site.host.holdEvents();
  try {
    const finding = await suite.site.create(
      'Audit Finding',
      'No drift monitoring on the scoring model',
      {
        'Finding grade': 'Major nonconformity',
        'ISO 42001 reference': 'ISO42001:A.6.2.6',
      },
    );
    await signIn(suite.page, suite.url, 'auditor');
    let frame = await openPanel(finding);
    await expectText(
      frame.getByTestId('finding-nc-being-raised'),
      'The nonconformity for this finding is being raised',
    );
    expect(await frameViolations()).toEqual([]);
    await screenshot(suite.page, 'panel-finding-being-raised');

    suite.site.host.releaseEvents();
    await suite.site.host.waitForIdle();
    frame = await openPanel(finding);
    await frame
      .locator('section[aria-label^="Nonconformity "]')
      .first()
      .waitFor({ timeout: 30_000 });
    await expectCount(frame.getByTestId('finding-nc-being-raised'), 0);
  } finally {
    suite.site.host.releaseEvents();
  }
});

test('an AI Risk shows the likelihood × consequence matrix with inherent and residual positions', async () => {
  const risk = await suite.site.create('AI Risk', 'Unfair credit outcomes for a protected group', {
    Likelihood: '4 - Likely',
    Consequence: '4 - Major',
    'Treatment option': 'Modify (reduce)',
    'Residual likelihood': '2 - Unlikely',
    'Residual consequence': '3 - Moderate',
  });
  const control = await suite.site.create('AI Control', 'Bias testing before each release', {
    'ISO 42001 reference': 'ISO42001:A.6.2.4',
    'Implementation status': 'Implemented',
  });
  await suite.site.link('AIMS Mitigates', control, risk);
  await signIn(suite.page, suite.url, 'member');
  const frame = await openPanel(risk);
  const matrix = frame.getByTestId('risk-matrix');
  await expectAttribute(matrix.getByTestId('cell-4-4'), 'data-marks', 'I');
  await expectAttribute(matrix.getByTestId('cell-2-3'), 'data-marks', 'R');
  await expectAttribute(matrix.getByTestId('cell-4-4'), 'data-band', 'high');
  await expectText(frame.getByTestId('risk-controls'), 'Implemented');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-risk');

  // Dark mode: the panel follows the shell's theme.
  await colorMode('dark');
  await screenshot(suite.page, 'panel-risk-dark');
  expect(await frameViolations()).toEqual([]);
});

test('an AI system shows its inventory and what going into operation needs; its impact assessment says its review is due', async () => {
  const system = await suite.site.create('AI System', 'Customer support chatbot', {
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
  const risk = await suite.site.create('AI Risk', 'Chatbot gives wrong fee information');
  const assessment = await suite.site.create('AI Impact Assessment', 'Impact assessment: chatbot', {
    'Impact on individuals': 'Customers may act on a wrong answer about fees.',
    'Impact on groups of individuals': 'Customers less at ease with written German.',
    'Societal impact': 'Low: it takes no decisions.',
    'Foreseeable misuse': 'Trying to make it reveal other customers’ data.',
    'Context and jurisdiction': 'Public website, customers in the EU.',
    'Impact assessment date': '2025-11-20',
    'Impact assessment next review': '2026-11-20',
  });
  await suite.site.link('AIMS Assesses', assessment, system);
  await suite.site.link('AIMS Informs', assessment, risk);
  await suite.site.link('AIMS Affects', risk, system);
  const incident = await suite.site.create('AI Incident', 'Chatbot quoted last year’s fees', {
    'Incident severity': 'Medium',
  });
  await suite.site.link('AIMS Affects', incident, system);
  await signIn(suite.page, suite.url, 'manager');

  let frame = await openPanel(system);
  await expectText(frame.getByTestId('system-inventory'), 'Transparency obligations');
  await expectText(frame.getByTestId('system-incidents'), incident);
  await expectText(frame.getByTestId('system-incidents'), 'Medium');
  await expectTexts(frame.getByTestId('missing-list'), [
    `Complete an impact assessment of this AI system first (6.1.4): ${assessment} is not completed yet.Assess a linked AI risk of this AI system first (6.1.2): ${risk} is only identified.`,
  ]);
  expect(await frameViolations()).toEqual([]);
  await colorMode('light');
  await screenshot(suite.page, 'panel-ai-system');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-ai-system-dark');

  // The assessment, completed a year ago, is due for review.
  await suite.site.transition('admin', assessment, 'Start assessment');
  await suite.site.ok('admin', 'PUT', `/rest/api/3/issue/${assessment}`, {
    fields: { [suite.site.field('Impact assessor')]: { accountId: accountOf('auditor') } },
  });
  const completed = await suite.site.transition('admin', assessment, 'Complete assessment');
  expect(completed.status).toBe(204);
  frame = await openPanel(assessment);
  await expectText(frame.getByTestId('assessment-review-due'), 'Its review was due on 2026-11-20');
  await expectText(frame.getByTestId('assessment-systems'), system);
  await expectText(frame.getByTestId('next-step'), 'Nothing is missing for this step');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-impact-assessment-dark');
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-impact-assessment');
});

test('an AI incident shows what concluding it needs, then the Nonconformity its breach raised', async () => {
  const system = await suite.site.create('AI System', 'Résumé screening model');
  const incident = await suite.site.create('AI Incident', 'Career gaps ranked lower', {
    'Incident severity': 'High',
    'Detected how': 'Employee concern',
  });
  await suite.site.ok('admin', 'PUT', `/rest/api/3/issue/${incident}`, {
    fields: { [suite.site.field('Incident reported by')]: { accountId: accountOf('member') } },
  });
  await suite.site.link('AIMS Affects', incident, system);
  expect((await suite.site.transition('admin', incident, 'Start investigation')).status).toBe(204);
  await signIn(suite.page, suite.url, 'manager');

  let frame = await openPanel(incident);
  await eventually(
    () => frame.getByTestId('missing-list').allTextContents(),
    (missing) => expect(missing.join(' ')).toContain('Answer "Requirement breached?"'),
  );
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);

  await suite.site.ok('admin', 'PUT', `/rest/api/3/issue/${incident}`, {
    fields: {
      [suite.site.field('Individuals affected')]: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'About 40 applicants.' }] }],
      },
      [suite.site.field('External reporting needed')]: { value: 'No' },
      [suite.site.field('Requirement breached?')]: { value: 'Yes' },
      [suite.site.field('Breached requirement')]: 'ISO42001:A.6.2.4',
    },
  });
  expect((await suite.site.transition('admin', incident, 'Conclude investigation')).status).toBe(
    204,
  );
  frame = await openPanel(incident);
  await expectText(frame.getByTestId('incident-facts'), 'ISO42001:A.6.2.4');
  await expectText(frame.getByTestId('incident-facts'), 'About 40 applicants.');
  await expectText(frame.getByTestId('incident-systems'), system);
  await expectText(
    frame.getByTestId('incident-nonconformities'),
    /Nonconformity: Career gaps ranked lower/,
  );
  // With its Nonconformity raised, nothing is missing for closing the incident.
  await expectTexts(frame.getByTestId('next-step'), [
    'Investigate again → InvestigatingReady Nothing is missing for this step.',
    'Close incident → Incident ClosedReady Nothing is missing for this step.',
  ]);
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-incident');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-incident-dark');
});

test('a Competence Record shows the requirements it meets with their roles and whether it is current; one meeting none says how to fix it', async () => {
  const saved = await suite.site.overview('manager', 'saveCompetenceRequirements', {
    requirements: [
      { id: 'ai-risk-basics', role: 'manager', title: 'AI risk assessment training' },
      { id: 'iso-42001-auditing', role: 'auditor', title: 'ISO/IEC 42001 auditor qualification' },
    ],
  });
  expect(saved.ok).toBe(true);
  const meets = await suite.site.create('Competence Record', 'ISO/IEC 42001 Lead Auditor: Avery', {
    'Competence requirements met': 'ISO/IEC 42001 auditor qualification [iso-42001-auditing]',
    'Competence expiry': '2099-12-31',
  });
  const none = await suite.site.create('Competence Record', 'Responsible AI course: Sam', {
    'Competence expiry': '2099-12-31',
  });
  await signIn(suite.page, suite.url, 'member');

  const frame = await openPanel(meets);
  const table = frame.getByTestId('competence-meets');
  await table.waitFor({ timeout: 30_000 });
  const row = table.getByRole('row', { name: /ISO\/IEC 42001 auditor qualification/ });
  await row.waitFor({ timeout: 30_000 });
  await expectText(row, 'auditor');
  await frame.getByTestId('competence-currency').getByText('Current').waitFor();
  await expectText(frame.getByTestId('competence-currency'), 'it expires on 2099-12-31');
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-competence-record');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-competence-record-dark');

  const noneFrame = await openPanel(none);
  const fix = noneFrame.getByTestId('competence-meets-none');
  await fix.waitFor({ timeout: 30_000 });
  await expectText(
    fix,
    'pick the requirements it meets in its field "Competence requirements met"',
  );
  expect(await frameViolations()).toEqual([]);
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
});

test('a control treating more risks than a table page holds lists them all, a page at a time', async () => {
  const control = await suite.site.create('AI Control', 'Human review of automated refusals', {
    'ISO 42001 reference': 'ISO42001:A.9.2',
  });
  const created = await suite.site.ok<{ issues: { key: string }[] }>(
    'admin',
    'POST',
    '/rest/api/3/issue/bulk',
    {
      issueUpdates: Array.from({ length: 25 }, (_, i) => ({
        fields: {
          project: { key: 'AIMS' },
          issuetype: { id: suite.site.typeId('AI Risk') },
          summary: `Refusal without review in channel ${String(i + 1).padStart(2, '0')}`,
        },
      })),
    },
  );
  for (const risk of created.issues) await suite.site.link('AIMS Mitigates', control, risk.key);
  await signIn(suite.page, suite.url, 'member');
  const frame = await openPanel(control);
  const risks = frame.getByTestId('control-risks');
  await expectCount(risks.getByRole('row'), 21); // header + 20
  await expectText(risks, '25 issues, 20 a page');
  const last = created.issues[24]?.key ?? '';
  await expectNoText(risks, `${last}Refusal`);
  await risks.getByRole('button', { name: /2/ }).click();
  await expectCount(risks.getByRole('row'), 6); // header + 5
  await expectText(risks, last);
  expect(await frameViolations()).toEqual([]);
});

test('a recurrence: the earlier Nonconformity puts its verdict in question, the new one names it, in both themes', async () => {
  const earlier = await suite.site.create('Nonconformity', 'Model card missing for release 3', {
    'Effectiveness verdict': 'Effective',
  });
  const later = await suite.site.create('Nonconformity', 'Model card missing for release 5');
  // Jira's POST: the inward issue reads the outward wording ("<later> is a recurrence of <earlier>").
  await suite.site.link('AIMS Recurrence', earlier, later);
  await signIn(suite.page, suite.url, 'manager');

  let frame = await openPanel(earlier);
  const recurrence = frame.getByTestId('nc-recurrence');
  await expectText(
    recurrence,
    new RegExp(
      `Recurred on \\d{4}-\\d{2}-\\d{2} as ${later}: the effectiveness verdict "Effective" is in question`,
    ),
  );
  await expectText(frame.getByTestId('nc-recurred-as'), later);
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-nonconformity-recurrence');
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await screenshot(suite.page, 'panel-nonconformity-recurrence-dark');

  frame = await openPanel(later);
  await expectText(frame.getByTestId('nc-recurrence-of'), earlier);
  await colorMode('dark');
  expect(await frameViolations()).toEqual([]);
  await colorMode('light');
  expect(await frameViolations()).toEqual([]);
});

test('a manager whose profile language is German reads a Nonconformity’s panel in German, light and dark', async () => {
  const finding = await suite.site.create(
    'Audit Finding',
    'Model card missing for the scoring model',
  );
  const nc = await suite.site.create(
    'Nonconformity',
    'Scoring model in use without a model card',
    {},
    { duedate: '2027-01-31' },
  );
  await suite.site.link('AIMS Raises', finding, nc);
  await setProfileLocale(suite.url, 'manager', 'de_DE');
  try {
    await signIn(suite.page, suite.url, 'manager');
    const frame = await openPanel(nc);
    const panel = frame.getByTestId('panel-nonconformity');
    await panel.getByText('Abschnitt 10.2').waitFor({ timeout: 30_000 });
    await expectAttribute(panelFrame().locator('html'), 'lang', 'de-DE');
    await frame
      .getByRole('heading', { name: 'Nichtkonformität und Korrekturmaßnahme' })
      .waitFor({ timeout: 30_000 });
    await frame.getByText('Fällig am 31.01.2027').waitFor();
    await expectText(frame.getByTestId('nc-step-a'), 'Aktuell');
    // The step's name and what blocks the next step, built by the app's function, read in German.
    await expectText(
      frame.getByTestId('nc-step-a'),
      'Reagieren: korrigieren, unter Kontrolle bringen, mit den Folgen umgehen',
    );
    await expectTexts(
      frame.getByRole('list', { name: 'Fehlt für Schritt a' }).getByRole('listitem'),
      [
        'Erfassen Sie die ergriffene Korrektur oder Eindämmung (10.2 a).',
        'Erfassen Sie, wie mit den Folgen der Nichtkonformität umgegangen wurde (10.2 a).',
      ],
    );
    await expectText(
      frame.getByTestId('missing-list'),
      'Erfassen Sie die ergriffene Korrektur oder Eindämmung (10.2 a).',
    );
    await expectText(frame.getByTestId('nc-findings'), finding);
    await frame.getByRole('heading', { name: 'Auslösende Auditfeststellung' }).waitFor();
    await frame.getByRole('button', { name: 'Im Vorgang speichern' }).waitFor();
    const text = (await panel.textContent()) ?? '';
    for (const english of [
      'Clause 10.2',
      'Due ',
      'Save to issue',
      'Corrective actions',
      'React: correct',
      'Record the correction',
    ])
      expect(text).not.toContain(english);
    expect(await frameViolations()).toEqual([]);
    await screenshot(suite.page, 'panel-nonconformity-de');

    await colorMode('dark');
    await frame.getByText('Abschnitt 10.2').waitFor();
    expect(await frameViolations()).toEqual([]);
    await screenshot(suite.page, 'panel-nonconformity-de-dark');
    await colorMode('light');
  } finally {
    await setProfileLocale(suite.url, 'manager', 'en_GB');
  }
});
