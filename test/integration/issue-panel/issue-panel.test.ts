/**
 * The ISO 42001 issue panel on the emulator with the real app: resolver called through the Custom
 * UI bridge as different users, issues created and moved through plain Jira REST.
 */
import { APP_RULE_NOTE } from '../../../src/domain/lifecycle/app-rule';
import { requestFrame } from '../forge-host/fixture-host';
import { accountOf, PanelSite } from './panel-test-site';
import type { PanelOutcome } from './panel-test-site';

jest.setTimeout(120_000);

let ps: PanelSite;

beforeAll(async () => {
  ps = await PanelSite.start();
});

afterAll(async () => {
  await ps?.close();
});

interface NextStep {
  transitionName: string;
  allowed: boolean;
  missing: string[];
}
interface Step {
  step: string;
  status: string;
  missing: string[];
}

const data = <T>(outcome: PanelOutcome): T => {
  if (!outcome.ok)
    throw new Error(`panel refused: ${outcome.error} ${JSON.stringify(outcome.details)}`);
  return outcome.data as T;
};

type NcPanel = {
  kind: string;
  progress: { steps: Step[]; next: NextStep[] };
  form: { key: string }[];
  correctiveActions: { key: string; assignee: string | null }[];
  findings: { key: string; grade: string | null }[];
};

const missingFor = (panel: NcPanel, transition: string): string[] | undefined =>
  panel.progress.next.find((n) => n.transitionName === transition)?.missing;
const statusOf = (panel: NcPanel): Record<string, string> =>
  Object.fromEntries(panel.progress.steps.map((s) => [s.step, s.status]));

describe('AI Control panel and what each user may see', () => {
  it('a member does not see the Confidential risk linked to a control; a manager sees both', async () => {
    const control = await ps.create('AI Control', 'Human oversight of credit decisions', {
      'ISO 42001 reference': 'ISO42001:A.6.2.4',
      Applicability: 'Included',
    });
    const open = await ps.create('AI Risk', 'Model drift lowers accuracy');
    const secret = await ps.create(
      'AI Risk',
      'Training data leak of applicants',
      {},
      { confidential: true },
    );
    await ps.link('AIMS Mitigates', control, open);
    await ps.link('AIMS Mitigates', control, secret);

    type ControlPanel = {
      kind: string;
      catalogTitle: string;
      risks: { key: string }[];
      warnings: string[];
    };
    const asManager = data<ControlPanel>(await ps.panel('manager', control));
    expect(asManager.kind).toBe('control');
    expect(asManager.catalogTitle).toBe('AI system verification and validation');
    expect(asManager.risks.map((r) => r.key).sort()).toEqual([open, secret].sort());
    expect(asManager.warnings).toContain(
      'Record the justification: the SoA needs one whether the control is included or excluded (6.1.3).',
    );

    // The panel reads the control and its linked issues in ONE search, whatever their number.
    const before = ps.requests.length;
    const asMember = data<ControlPanel>(await ps.panel('member', control));
    expect(ps.requests.slice(before)).toEqual(['POST /rest/api/3/search/jql']);
    expect(asMember.risks.map((r) => r.key)).toEqual([open]);
    expect(JSON.stringify(asMember)).not.toContain(secret);

    // The confidential risk's own panel is not shown to the member: Jira refuses them the issue,
    // so the Forge host refuses the frame.
    const refused = await requestFrame(ps.site, 'member', 'aims-issue-panel', { issueKey: secret });
    expect(refused.status).toBe(404);
  });
});

describe('Issue panel while Jira search lags', () => {
  it('shows what was just recorded: the issue is read consistently, its linked issues in the same search', async () => {
    const lagging = await PanelSite.start({ searchLagMs: 60_000 });
    try {
      const finding = await lagging.create('Audit Finding', 'Retraining data not versioned');
      const nc = await lagging.create('Nonconformity', 'Training data lineage lost');
      await lagging.link('AIMS Raises', finding, nc);
      const recorded = data<NcPanel>(
        await lagging.panel('manager', nc, 'updateFields', {
          values: { correction: 'Training data restored from the archive' },
        }),
      );
      // Search still sees the new issue as not created: only the reconciled one is current.
      expect(recorded.kind).toBe('nonconformity');
      expect(missingFor(recorded, 'Start cause analysis')).toEqual([
        'Record how the consequences of the nonconformity were dealt with (10.2 a).',
      ]);
      const before = lagging.requests.length;
      const shown = data<NcPanel>(await lagging.panel('manager', nc));
      expect(lagging.requests.slice(before)).toEqual(['POST /rest/api/3/search/jql']);
      expect(missingFor(shown, 'Start cause analysis')).toEqual([
        'Record how the consequences of the nonconformity were dealt with (10.2 a).',
      ]);
    } finally {
      await lagging.close();
    }
  });
});

describe('AI Control panel of a control treating many risks', () => {
  it('lists every linked risk with its level, read in pages of 100 (never one request per risk)', async () => {
    const control = await ps.create('AI Control', 'Bias testing before every release', {
      'ISO 42001 reference': 'ISO42001:A.6.2.4',
    });
    // Jira creates at most 50 issues a call: three calls, the first 50 rated High.
    const keys: string[] = [];
    for (const batch of [0, 1, 2]) {
      const created = await ps.ok<{ issues: { key: string }[] }>(
        'admin',
        'POST',
        '/rest/api/3/issue/bulk',
        {
          issueUpdates: Array.from({ length: 50 }, (_, i) => ({
            fields: {
              project: { key: 'AIMS' },
              issuetype: { id: ps.typeId('AI Risk') },
              summary: `Bias in segment ${batch * 50 + i + 1}`,
              ...(batch === 0 ? { [ps.field('Inherent risk level')]: { value: 'High' } } : {}),
            },
          })),
        },
      );
      keys.push(...created.issues.map((r) => r.key));
    }
    const linking = ps.requests.length;
    for (const risk of keys) await ps.link('AIMS Mitigates', control, risk);
    await ps.host.waitForIdle();
    // The app's link trigger reads nothing for links that are not its own "raises" links.
    expect(
      ps.requests.slice(linking).filter((r) => r.startsWith('GET /rest/api/3/issue/')),
    ).toEqual([]);

    const before = ps.requests.length;
    const panel = data<{ risks: { key: string; inherentLevel: string | null }[] }>(
      await ps.panel('manager', control),
    );
    expect(panel.risks.map((r) => r.key).sort()).toEqual([...keys].sort());
    expect(panel.risks.filter((r) => r.inherentLevel === 'High')).toHaveLength(50);
    // The control and its 150 risks: two pages of 100.
    expect(ps.requests.slice(before)).toEqual([
      'POST /rest/api/3/search/jql',
      'POST /rest/api/3/search/jql',
    ]);
  });
});

describe('Nonconformity panel through clause 10.2', () => {
  it('lists exactly the missing requirements at each step, the same the workflow refuses with, and records step data', async () => {
    const finding = await ps.create(
      'Audit Finding',
      'Model validation not repeated after retraining',
    );
    const nc = await ps.create('Nonconformity', 'Validation skipped after retraining');
    await ps.link('AIMS Raises', finding, nc);

    // a) React: nothing recorded.
    let panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(panel.kind).toBe('nonconformity');
    expect(statusOf(panel)).toEqual({
      a: 'current',
      b: 'upcoming',
      c: 'upcoming',
      d: 'upcoming',
      e: 'upcoming',
    });
    expect(missingFor(panel, 'Start cause analysis')).toEqual([
      'Record the correction or containment taken (10.2 a).',
      'Record how the consequences of the nonconformity were dealt with (10.2 a).',
    ]);
    expect(panel.form.map((f) => f.key)).toEqual(['correction', 'consequences']);
    expect(panel.findings.map((f) => f.key)).toEqual([finding]);
    // The workflow refuses with the same requirements.
    const refused = await ps.transition('manager', nc, 'Start cause analysis');
    expect(refused.status).toBe(400);
    for (const m of missingFor(panel, 'Start cause analysis') ?? [])
      expect(JSON.stringify(refused.body)).toContain(m);

    // A bad payload is refused with reasons, and nothing changes.
    const bad = await ps.panel('manager', nc, 'updateFields', {
      values: { correction: 'Rolled back', similarCheck: 'Maybe' },
    });
    expect(bad.ok).toBe(false);
    expect(bad.details).toEqual([
      'Similar nonconformities: "Maybe" is not one of the options (None exist or could occur, Similar exist, Similar could occur)',
    ]);
    expect(await ps.fieldValue(nc, 'Correction and containment')).toBeNull();
    const malformed = await ps.panel('manager', nc, 'updateFields', { values: { correction: 42 } });
    expect(malformed).toMatchObject({ ok: false, error: 'The request is not valid.' });

    // Recording the correction through the panel.
    const recorded = await ps.panel('manager', nc, 'updateFields', {
      values: { correction: 'Rolled back to the validated model v1.3' },
    });
    panel = data<NcPanel>(recorded);
    expect(missingFor(panel, 'Start cause analysis')).toEqual([
      'Record how the consequences of the nonconformity were dealt with (10.2 a).',
    ]);
    expect(JSON.stringify(await ps.fieldValue(nc, 'Correction and containment'))).toContain(
      'Rolled back to the validated model v1.3',
    );
    data(
      await ps.panel('manager', nc, 'updateFields', {
        values: { consequences: 'Affected decisions re-run and applicants informed' },
      }),
    );
    expect((await ps.transition('manager', nc, 'Start cause analysis')).status).toBe(204);

    // b) Cause analysis.
    panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(statusOf(panel)).toMatchObject({ a: 'done', b: 'current' });
    expect(missingFor(panel, 'Implement corrective actions')).toEqual([
      'Record the causes of the nonconformity (10.2 b).',
      'Answer whether similar nonconformities exist or could occur elsewhere (10.2 b).',
      'Decide whether corrective action is needed to remove the causes (10.2 b).',
    ]);
    data(
      await ps.panel('manager', nc, 'updateFields', {
        values: {
          rootCause: 'The retraining pipeline had no validation gate',
          similarCheck: 'Similar could occur',
          similarNotes: 'Two other pipelines checked; gate added there too',
          caDecision: 'Corrective action needed',
        },
      }),
    );
    panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(missingFor(panel, 'Implement corrective actions')).toEqual([
      'Link at least one corrective action, since corrective action was decided as needed (10.2 b).',
    ]);
    const ca = await ps.create(
      'Corrective Action',
      'Add a validation gate to the retraining pipeline',
      {},
      { assignee: 'member', duedate: '2020-01-31' },
    );
    await ps.link('AIMS Corrects', ca, nc);
    panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(missingFor(panel, 'Implement corrective actions')).toEqual([]);
    expect(panel.correctiveActions).toEqual([
      expect.objectContaining({ key: ca, assignee: 'Mel Member', overdue: true }),
    ]);
    expect((await ps.transition('manager', nc, 'Implement corrective actions')).status).toBe(204);

    // c) Implementing: the open corrective action blocks the review.
    panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(statusOf(panel)).toMatchObject({ a: 'done', b: 'done', c: 'current', d: 'upcoming' });
    expect(missingFor(panel, 'Review effectiveness')).toEqual([
      `Finish corrective action ${ca} before its effectiveness is reviewed (10.2 c).`,
    ]);

    // The corrective action's panel says what Done needs; recording it there lets it be done.
    type CaPanel = {
      kind: string;
      doneNeeds: string[];
      nonconformities: { stepLabel: string | null }[];
    };
    const caPanel = data<CaPanel>(await ps.panel('manager', ca));
    expect(caPanel.nonconformities.map((n) => n.stepLabel)).toEqual(['10.2 c Corrective action']);
    expect(caPanel.doneNeeds).toEqual([
      'Describe what was implemented to remove the cause (10.2 c).',
      'Add evidence that the corrective action was implemented (10.2 c).',
    ]);
    const caDone = data<CaPanel>(
      await ps.panel('manager', ca, 'updateFields', {
        values: {
          implementationNotes: 'Validation gate added to all pipelines',
          evidence: 'https://ci.example.com/run/42',
        },
      }),
    );
    expect(caDone.doneNeeds).toEqual([]);
    expect((await ps.transition('manager', ca, 'Done')).status).toBe(204);

    // d) Effectiveness review (the app moves the nonconformity on once all its actions are done).
    panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(statusOf(panel)).toMatchObject({ c: 'done', d: 'current', e: 'current' });
    expect(missingFor(panel, 'Verify effective and close')).toEqual([
      'Record whether the corrective action was effective (10.2 d).',
      'Add the evidence of the effectiveness review (10.2 d).',
      'Name the person who reviewed the effectiveness of the corrective action (10.2 d).',
      'Answer whether the AIMS needs to change because of this nonconformity (10.2 e).',
    ]);
    // The implementer records themself as reviewer: the panel says the review is not independent.
    data(
      await ps.panel('member', nc, 'updateFields', {
        values: { effectivenessReviewer: accountOf('member') },
      }),
    );
    panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(missingFor(panel, 'Verify effective and close')).toContain(
      `The effectiveness reviewer implemented ${ca}: someone who did not implement the corrective actions must review them (10.2 d asks that their effectiveness is reviewed; that the reviewer is someone else is our rule). ${APP_RULE_NOTE}`,
    );
    // Nobody can record someone else as reviewer from the panel.
    const other = await ps.panel('manager', nc, 'updateFields', {
      values: { effectivenessReviewer: accountOf('auditor') },
    });
    expect(other).toMatchObject({
      ok: false,
      details: ['Effectiveness reviewer: from the panel you can only record yourself'],
    });
    data(
      await ps.panel('manager', nc, 'updateFields', {
        values: {
          effectivenessReviewer: accountOf('manager'),
          verdict: 'Effective',
          effectivenessEvidence: 'No unvalidated model released in 3 months of runs',
          aimsChangeNeeded: 'No',
        },
      }),
    );
    panel = data<NcPanel>(await ps.panel('manager', nc));
    expect(missingFor(panel, 'Verify effective and close')).toEqual([]);
    expect(panel.form).toEqual([]);
    expect((await ps.transition('manager', nc, 'Verify effective and close')).status).toBe(204);
    panel = data<NcPanel>(await ps.panel('member', nc));
    expect(statusOf(panel)).toEqual({ a: 'done', b: 'done', c: 'done', d: 'done', e: 'done' });
  });

  it('a member sees the panel read as themself and cannot record on an issue Jira hides from them', async () => {
    const nc = await ps.create(
      'Nonconformity',
      'Confidential incident',
      {},
      { confidential: true },
    );
    // Jira shows the member no such issue, so no panel either: the Forge host refuses the frame
    // (the product sets the extension context; the browser cannot name another issue).
    const frame = await requestFrame(ps.site, 'member', 'aims-issue-panel', { issueKey: nc });
    expect(frame.status).toBe(404);
    expect(await ps.fieldValue(nc, 'Correction and containment')).toBeNull();
  });
});

describe('AI Risk panel', () => {
  it('shows the matrix with the inherent position, its level and the controls with their implementation status', async () => {
    const risk = await ps.create('AI Risk', 'Unfair outcomes for a protected group', {
      Likelihood: '4 - Likely',
      Consequence: '4 - Major',
      'Treatment option': 'Modify (reduce)',
    });
    const control = await ps.create('AI Control', 'Fairness testing', {
      'Implementation status': 'In progress',
      'ISO 42001 reference': 'ISO42001:A.6.2.4',
    });
    await ps.link('AIMS Mitigates', control, risk);
    type RiskPanel = {
      kind: string;
      inherent: { score: number; bandLabel: string; withinAppetite: boolean };
      residual: unknown;
      matrix: { rows: { likelihood: number; consequence: number; inherent: boolean }[][] };
      appetiteNotice: string | null;
      controls: { key: string; implementationStatus: string | null }[];
    };
    const panel = data<RiskPanel>(await ps.panel('member', risk));
    expect(panel.kind).toBe('risk');
    expect(panel.inherent).toMatchObject({ score: 16, bandLabel: 'High', withinAppetite: false });
    expect(panel.residual).toBeNull();
    expect(
      panel.matrix.rows
        .flat()
        .filter((c) => c.inherent)
        .map((c) => [c.likelihood, c.consequence]),
    ).toEqual([[4, 4]]);
    expect(panel.appetiteNotice).toMatch(
      /^The inherent risk is High \(score 16\), above the risk appetite \(Medium\)/,
    );
    expect(panel.controls).toEqual([
      expect.objectContaining({ key: control, implementationStatus: 'In progress' }),
    ]);
  });
});

describe('AI System and Audit Finding panels', () => {
  it('an AI system lists its risks with levels, its impact assessments and the controls of its risks', async () => {
    const system = await ps.create('AI System', 'Credit scoring model');
    const risk = await ps.create('AI Risk', 'Opaque decisions', {
      Likelihood: '3 - Possible',
      Consequence: '3 - Moderate',
    });
    const assessment = await ps.create(
      'AI Impact Assessment',
      'Impact assessment of credit scoring',
    );
    const control = await ps.create('AI Control', 'Explanations for applicants');
    await ps.link('AIMS Affects', risk, system);
    await ps.link('AIMS Assesses', assessment, system);
    await ps.link('AIMS Mitigates', control, risk);
    type SystemPanel = {
      kind: string;
      risks: { key: string }[];
      impactAssessments: { key: string }[];
      controls: { key: string }[];
    };
    const panel = data<SystemPanel>(await ps.panel('member', system));
    expect(panel.kind).toBe('aiSystem');
    expect(panel.risks.map((r) => r.key)).toEqual([risk]);
    expect(panel.impactAssessments.map((i) => i.key)).toEqual([assessment]);
    expect(panel.controls.map((c) => c.key)).toEqual([control]);
  });

  it('an AI system lists the AI incidents affecting it with their severity, as the viewer may see them, from its one search', async () => {
    const system = await ps.create('AI System', 'Applicant ranking model');
    const open = await ps.create('AI Incident', 'Career gaps ranked lower', {
      'Incident severity': 'High',
    });
    const secret = await ps.create(
      'AI Incident',
      'Ranking scores exported to a supplier',
      { 'Incident severity': 'Critical' },
      { confidential: true },
    );
    await ps.link('AIMS Affects', open, system);
    await ps.link('AIMS Affects', secret, system);
    type SystemPanel = { incidents: { key: string; severity: string | null }[] };

    const asManager = data<SystemPanel>(await ps.panel('manager', system));
    expect(asManager.incidents).toEqual([
      expect.objectContaining({ key: secret, severity: 'Critical' }),
      expect.objectContaining({ key: open, severity: 'High' }),
    ]);
    // As a member: the confidential incident is nowhere, and the panel still makes ONE search.
    const before = ps.requests.length;
    const asMember = data<SystemPanel>(await ps.panel('member', system));
    expect(ps.requests.slice(before)).toEqual(['POST /rest/api/3/search/jql']);
    expect(asMember.incidents).toEqual([
      expect.objectContaining({ key: open, summary: 'Career gaps ranked lower', severity: 'High' }),
    ]);
    expect(JSON.stringify(asMember)).not.toContain(secret);
  });

  it('an AI system shows its inventory and what going into operation still needs; an impact assessment what completing it needs', async () => {
    const system = await ps.create('AI System', 'Loan chatbot', {
      'Intended use': 'Answers questions about loan products.',
      'AI role of the organization': 'AI customer (user), AI partner',
      'In AIMS scope': 'Yes',
    });
    const assessment = await ps.create('AI Impact Assessment', 'Impact assessment: loan chatbot', {
      'Impact on individuals': 'Wrong answers about fees.',
      'Impact assessment next review': '2020-01-01',
    });
    await ps.link('AIMS Assesses', assessment, system);
    type Next = { transitionName: string; allowed: boolean; missing: string[] };
    type SystemPanel = {
      issue: { statusName: string };
      inventory: { label: string; value: string | null }[];
      next: Next[];
    };
    const sp = data<SystemPanel>(await ps.panel('member', system));
    expect(sp.issue.statusName).toBe('Proposed');
    expect(sp.inventory).toEqual(
      expect.arrayContaining([
        { label: 'Intended use', value: 'Answers questions about loan products.' },
        { label: 'AI role of the organization', value: 'AI customer (user), AI partner' },
        { label: 'In AIMS scope', value: 'Yes' },
        { label: 'Life-cycle stage', value: null },
      ]),
    );
    expect(sp.next.find((n) => n.transitionName === 'Put into operation')).toEqual({
      transitionName: 'Put into operation',
      toStatusName: 'In Operation',
      allowed: false,
      missing: [
        `Complete an impact assessment of this AI system first (6.1.4): ${assessment} is not completed yet.`,
        'Link an assessed AI risk of this AI system (6.1.2): no AI risk is linked yet.',
        'Say in "Adverse impact reporting" how interested parties report adverse impacts of this AI system (A.8.3).',
      ],
      missingMessages: [
        { key: 'aiSystem.impact-assessment-not-completed', params: { keys: assessment } },
        { key: 'aiSystem.risk-assessment-missing', params: {} },
        { key: 'aiSystem.adverse-impact-reporting-missing', params: {} },
      ],
    });
    expect(sp.next.find((n) => n.transitionName === 'Start development')?.allowed).toBe(true);

    await ps.transition('admin', assessment, 'Start assessment');
    type AssessmentPanel = {
      kind: string;
      issue: { statusName: string };
      reviewNotice: string | null;
      aiSystems: { key: string }[];
      risks: { key: string }[];
      next: Next[];
    };
    const ap = data<AssessmentPanel>(await ps.panel('member', assessment));
    expect(ap).toMatchObject({ kind: 'impactAssessment', issue: { statusName: 'In Assessment' } });
    expect(ap.aiSystems.map((x) => x.key)).toEqual([system]);
    expect(ap.reviewNotice).toBeNull(); // not completed: not due for review
    const complete = ap.next.find((n) => n.transitionName === 'Complete assessment');
    expect(complete?.allowed).toBe(false);
    expect(complete?.missing).toEqual(
      expect.arrayContaining([
        'Describe the assessed consequences for groups of individuals (A.5.4).',
        'Name the assessor who carried out the assessment.',
        'Link the AI risks this assessment informs ("informs"): its results feed the risk assessment (6.1.4).',
      ]),
    );
    expect(complete?.missing.join(' ')).not.toMatch(/consequences for individuals/);
  });

  it('a major finding shows the nonconformity the app raised and where it stands on 10.2', async () => {
    const finding = await ps.create('Audit Finding', 'No impact assessment for the chatbot', {
      'Finding grade': 'Major nonconformity',
    });
    type FindingPanel = {
      kind: string;
      grade: string;
      raisesNonconformity: boolean;
      nonconformities: {
        issue: { key: string };
        progress: { state: string | null; steps: Step[] };
      }[];
    };
    const panel = data<FindingPanel>(await ps.panel('auditor', finding));
    expect(panel).toMatchObject({
      kind: 'finding',
      grade: 'Major nonconformity',
      raisesNonconformity: true,
    });
    expect(panel.nonconformities).toHaveLength(1);
    expect(panel.nonconformities[0]?.progress.state).toBe('react');
    expect(panel.nonconformities[0]?.progress.steps.map((s) => s.status)).toEqual([
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });
});

describe('AI Control panel and the currency of its evidence (7.5)', () => {
  it('flags evidence past its review date and evidence without dates, not current evidence', async () => {
    const day = (plus: number) =>
      new Date(Date.now() + plus * 86_400_000).toISOString().slice(0, 10);
    const control = await ps.create('AI Control', 'Data provenance of training sets', {
      'ISO 42001 reference': 'ISO42001:A.7.5',
      Applicability: 'Included',
      'SoA justification': 'Training data comes from several suppliers.',
      Evidence: [
        `${day(-400)}/${day(-3)} Provenance register https://docs.example.com/provenance`,
        `${day(-10)}/${day(300)} Supplier contracts https://docs.example.com/contracts`,
        'Data sheet of the credit data set',
      ].join('\n'),
    });
    const panel = data<{ warnings: string[] }>(await ps.panel('member', control));
    expect(panel.warnings).toContain(
      `Stale evidence: "Provenance register" was due for review on ${day(-3)}; review it and record its new dates, or replace it (7.5).`,
    );
    expect(
      panel.warnings.some((w) =>
        w.startsWith('"Data sheet of the credit data set" has no effective date'),
      ),
    ).toBe(true);
    expect(panel.warnings.join('\n')).not.toContain('Supplier contracts');
  });
});

describe('Nonconformity panels of a recurrence (10.2 b)', () => {
  type RecurrencePanel = {
    recurrence: {
      of: { key: string }[];
      recurredAs: { key: string; recordedOn: string | null }[];
      notes: string[];
    };
  };
  it('the new one names the one it recurs; the earlier one puts its verdict in question', async () => {
    const earlier = await ps.create('Nonconformity', 'Bias test skipped before release', {
      'Effectiveness verdict': 'Effective',
    });
    const later = await ps.create('Nonconformity', 'Bias test skipped before release again');
    // Jira's POST: the inward issue reads the outward wording ("<later> is a recurrence of <earlier>").
    await ps.link('AIMS Recurrence', earlier, later);

    const laterPanel = data<RecurrencePanel>(await ps.panel('member', later));
    expect(laterPanel.recurrence.of.map((r) => r.key)).toEqual([earlier]);
    expect(laterPanel.recurrence.notes).toEqual([
      `${earlier} is not closed yet: a recurrence is recorded against a closed nonconformity; link an open one as related instead.`,
    ]);

    const earlierPanel = data<RecurrencePanel>(await ps.panel('member', earlier));
    expect(earlierPanel.recurrence.recurredAs.map((r) => r.key)).toEqual([later]);
    const recordedOn = earlierPanel.recurrence.recurredAs[0]?.recordedOn?.slice(0, 10);
    expect(earlierPanel.recurrence.notes).toEqual([
      `Recurred on ${recordedOn} as ${later}: the effectiveness verdict "Effective" is in question (10.2 b, d).`,
    ]);
  });
});
