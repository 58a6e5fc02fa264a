import { buildAiSystemPanel } from '../../../src/issue-panels/ai-system-panel';
import { buildControlPanel } from '../../../src/issue-panels/control-panel';
import { buildCorrectiveActionPanel } from '../../../src/issue-panels/corrective-action-panel';
import { buildFindingPanel } from '../../../src/issue-panels/finding-panel';
import { buildGenericPanel } from '../../../src/issue-panels/generic-panel';
import { aimsIssue, inputs, linkTo } from './panel-fixtures';

describe('AI Control panel', () => {
  it('names the Annex A control and its objective group, flags a missing justification and lists the linked risks with levels', () => {
    const risk = aimsIssue({
      key: 'AIMS-40',
      type: 'aiRisk',
      status: 'riskAssessed',
      values: { inherentLevel: 'High', residualLevel: 'Low' },
    });
    const control = aimsIssue({
      key: 'AIMS-41',
      type: 'aiControl',
      status: 'inProgress',
      assignee: 'owner-1',
      values: {
        isoReference: 'ISO42001:A.6.2.4',
        applicability: 'Included',
        implementationStatus: 'Implemented',
      },
      links: [linkTo(risk, 'mitigates', 'outward')],
    });
    const panel = buildControlPanel(inputs(control, [risk]));
    expect(panel.catalogTitle).toBe('AI system verification and validation');
    expect(panel.objective).toBe('A.6 AI system life cycle');
    expect(panel.owner).toEqual({ accountId: 'owner-1', displayName: 'User owner-1' });
    expect(panel.warnings).toEqual([
      'Record the justification: the SoA needs one whether the control is included or excluded (6.1.3).',
      'The control is marked implemented but no evidence is recorded in "Evidence" or linked as evidence.',
    ]);
    expect(panel.form.map((f) => f.key)).toEqual(['justification', 'evidence']);
    expect(panel.risks).toEqual([
      expect.objectContaining({ key: 'AIMS-40', inherentLevel: 'High', residualLevel: 'Low' }),
    ]);
  });

  it('an implemented control with an issue linked as *evidences* has no evidence warning, as its validator', () => {
    const report = aimsIssue({ key: 'AIMS-43', type: 'correctiveAction', status: 'done' });
    const control = aimsIssue({
      key: 'AIMS-44',
      type: 'aiControl',
      status: 'done',
      values: {
        isoReference: 'ISO42001:A.6.2.4',
        applicability: 'Included',
        justification: 'Models are validated before release',
        implementationStatus: 'Implemented',
      },
      links: [linkTo(report, 'evidences')],
    });
    const panel = buildControlPanel(inputs(control));
    expect(panel.warnings).toEqual([]);
    expect(panel.form).toEqual([]);
    expect(panel.evidenceIssues.map((i) => i.key)).toEqual(['AIMS-43']);
  });

  it('an organization control has no catalog title, and a complete SoA row has no warning', () => {
    const control = aimsIssue({
      key: 'AIMS-42',
      type: 'aiControl',
      status: 'done',
      values: {
        isoReference: 'ORG:7',
        applicability: 'Excluded',
        justification: 'No third-party data',
      },
    });
    const panel = buildControlPanel(inputs(control));
    expect(panel.catalogTitle).toBeNull();
    expect(panel.warnings).toEqual([]);
    expect(panel.form).toEqual([]);
  });
});

describe('AI System panel', () => {
  it('lists its risks with levels, its impact assessments, the controls of its risks and open nonconformities', () => {
    const control = aimsIssue({ key: 'AIMS-52', type: 'aiControl', status: 'toDo' });
    const risk = aimsIssue({
      key: 'AIMS-51',
      type: 'aiRisk',
      status: 'riskAssessed',
      values: { inherentLevel: 'Critical' },
      links: [linkTo(control, 'mitigates')],
    });
    const assessment = aimsIssue({ key: 'AIMS-53', type: 'impactAssessment', status: 'toDo' });
    const openNc = aimsIssue({ key: 'AIMS-54', type: 'nonconformity', status: 'ncReact' });
    const closedNc = aimsIssue({ key: 'AIMS-55', type: 'nonconformity', status: 'ncClosed' });
    const system = aimsIssue({
      key: 'AIMS-50',
      type: 'aiSystem',
      status: 'inProgress',
      links: [
        linkTo(risk, 'affects'),
        linkTo(assessment, 'assesses'),
        linkTo(openNc, 'affects'),
        linkTo(closedNc, 'affects'),
      ],
    });
    const panel = buildAiSystemPanel(inputs(system, [risk, assessment, openNc, closedNc]));
    expect(panel.risks).toEqual([
      expect.objectContaining({ key: 'AIMS-51', inherentLevel: 'Critical' }),
    ]);
    expect(panel.impactAssessments.map((i) => i.key)).toEqual(['AIMS-53']);
    expect(panel.controls.map((c) => c.key)).toEqual(['AIMS-52']);
    expect(panel.openNonconformities.map((n) => n.key)).toEqual(['AIMS-54']);
    expect(panel.incidents).toEqual([]);
  });

  it('lists the AI incidents affecting it with their severity, open ones first, then the latest', () => {
    const incident = (
      key: string,
      status: 'incidentClosed' | 'incidentInvestigating',
      severity: string,
    ) => aimsIssue({ key, type: 'aiIncident', status, values: { incidentSeverity: severity } });
    const closed = incident('AIMS-70', 'incidentClosed', 'Low');
    const older = incident('AIMS-71', 'incidentInvestigating', 'High');
    const latest = incident('AIMS-73', 'incidentInvestigating', 'Critical');
    const risk = aimsIssue({ key: 'AIMS-72', type: 'aiRisk', status: 'riskAssessed' });
    const system = aimsIssue({
      key: 'AIMS-69',
      type: 'aiSystem',
      status: 'systemInOperation',
      links: [
        linkTo(closed, 'affects'),
        linkTo(older, 'affects'),
        linkTo(risk, 'affects'),
        linkTo(latest, 'affects'),
      ],
    });
    // The closed incident is known only from the system's link (the linked search did not return
    // it): it is listed from the link, without a severity.
    const panel = buildAiSystemPanel(inputs(system, [older, latest, risk]));
    expect(panel.incidents).toEqual([
      expect.objectContaining({
        key: 'AIMS-73',
        statusName: 'Investigating',
        severity: 'Critical',
      }),
      expect.objectContaining({ key: 'AIMS-71', severity: 'High' }),
      expect.objectContaining({ key: 'AIMS-70', statusName: 'Incident Closed', severity: null }),
    ]);
    expect(panel.risks.map((r) => r.key)).toEqual(['AIMS-72']);
  });
});

describe('Audit Finding panel', () => {
  it('shows the grade and the raised nonconformity with its 10.2 progress', () => {
    const nc = aimsIssue({
      key: 'AIMS-61',
      type: 'nonconformity',
      status: 'ncCauseAnalysis',
      values: { correction: 'a', consequences: 'b' },
    });
    const finding = aimsIssue({
      key: 'AIMS-60',
      type: 'auditFinding',
      status: 'findingNcRaised',
      values: { findingGrade: 'Minor nonconformity' },
      links: [linkTo(nc, 'raises', 'outward')],
    });
    const panel = buildFindingPanel(inputs(finding, [nc]));
    expect(panel.grade).toBe('Minor nonconformity');
    expect(panel.raisesNonconformity).toBe(true);
    expect(panel.nonconformities[0]?.progress.steps.map((s) => s.status)).toEqual([
      'done',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    expect(panel.next.find((n) => n.transitionName === 'Close finding')?.missing).toEqual([
      'Close the Nonconformity AIMS-61 first: the finding closes once its Nonconformity is closed as effective (10.2 d).',
    ]);
  });

  it('an ungraded finding asks for its grade', () => {
    const finding = aimsIssue({ key: 'AIMS-62', type: 'auditFinding', status: 'findingOpen' });
    const panel = buildFindingPanel(inputs(finding));
    expect(panel.form.map((f) => [f.key, f.kind])).toEqual([['findingGrade', 'select']]);
  });
});

describe('Corrective Action panel', () => {
  it('names its nonconformity and 10.2 step and what Done still needs', () => {
    const nc = aimsIssue({ key: 'AIMS-71', type: 'nonconformity', status: 'ncImplementing' });
    const ca = aimsIssue({
      key: 'AIMS-70',
      type: 'correctiveAction',
      status: 'toDo',
      duedate: '2026-10-01',
      values: { implementationNotes: 'Retrained the model' },
      links: [linkTo(nc, 'corrects', 'outward')],
    });
    const panel = buildCorrectiveActionPanel(inputs(ca, [nc]));
    expect(panel.nonconformities).toEqual([
      expect.objectContaining({ stepLabel: '10.2 c Corrective action' }),
    ]);
    expect(panel.overdue).toBe(true);
    expect(panel.doneNeeds).toEqual([
      'Add evidence that the corrective action was implemented (10.2 c).',
      'Record who implemented the corrective action, so its effectiveness can be reviewed by someone else (10.2 d).',
    ]);
    expect(panel.form.map((f) => f.key)).toEqual(['evidence']);
  });
});

describe('other issue types', () => {
  it('an impact assessment gets a short summary with its clause and links', () => {
    const system = aimsIssue({ key: 'AIMS-81', type: 'aiSystem', status: 'toDo' });
    const ia = aimsIssue({
      key: 'AIMS-80',
      type: 'impactAssessment',
      status: 'toDo',
      links: [linkTo(system, 'assesses', 'outward')],
    });
    const panel = buildGenericPanel(inputs(ia));
    expect(panel.clause).toBe('ISO42001:6.1.4');
    expect(panel.links.map((l) => l.issue.key)).toEqual(['AIMS-81']);
  });
});
