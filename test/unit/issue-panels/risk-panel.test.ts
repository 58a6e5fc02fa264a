import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risk';
import { buildRiskPanel } from '../../../src/issue-panels/risk-panel';
import { aimsIssue, inputs, linkTo } from './panel-fixtures';

const marks = (panel: ReturnType<typeof buildRiskPanel>) =>
  panel.matrix.rows
    .flat()
    .filter((c) => c.inherent || c.residual)
    .map(
      (c) => `${c.likelihood}x${c.consequence}:${c.inherent ? 'I' : ''}${c.residual ? 'R' : ''}`,
    );

describe('AI Risk panel', () => {
  it('draws the 5×5 matrix highest likelihood first, with the inherent and residual positions and their bands', () => {
    const control = aimsIssue({
      key: 'AIMS-20',
      type: 'aiControl',
      status: 'inProgress',
      values: { isoReference: 'ISO42001:A.6.2.4', implementationStatus: 'In progress' },
    });
    const system = aimsIssue({ key: 'AIMS-30', type: 'aiSystem', status: 'toDo' });
    const risk = aimsIssue({
      key: 'AIMS-10',
      type: 'aiRisk',
      status: 'riskMonitoring',
      values: {
        likelihood: '4 - Likely',
        consequence: '4 - Major',
        treatmentOption: 'Modify (reduce)',
        residualLikelihood: '2 - Unlikely',
        residualConsequence: '2 - Minor',
      },
      links: [linkTo(control, 'mitigates'), linkTo(system, 'affects', 'outward')],
    });
    const panel = buildRiskPanel(inputs(risk, [control, system]), DEFAULT_RISK_MATRIX);
    expect(panel.matrix.rows).toHaveLength(5);
    expect(panel.matrix.rows[0]?.map((c) => c.likelihood)).toEqual([5, 5, 5, 5, 5]);
    expect(panel.matrix.rows[0]?.[4]).toMatchObject({ score: 25, bandId: 'critical' });
    expect(panel.matrix.rows[4]?.[0]).toMatchObject({
      score: 1,
      bandId: 'low',
      withinAppetite: true,
    });
    expect(marks(panel)).toEqual(['4x4:I', '2x2:R']);
    expect(panel.inherent).toMatchObject({ score: 16, bandLabel: 'High', withinAppetite: false });
    expect(panel.residual).toMatchObject({ score: 4, bandLabel: 'Low', withinAppetite: true });
    expect(panel.appetiteNotice).toBeNull();
    expect(panel.matrix.appetiteLabel).toBe('Medium');
    expect(panel.controls).toEqual([
      expect.objectContaining({
        key: 'AIMS-20',
        isoReference: 'ISO42001:A.6.2.4',
        implementationStatus: 'In progress',
      }),
    ]);
    expect(panel.aiSystems.map((s) => s.key)).toEqual(['AIMS-30']);
    expect(panel.lifecycleState).toBe('Treated / monitoring');
  });

  it('says when the residual risk is above appetite and not accepted, and what the next step needs', () => {
    const control = aimsIssue({ key: 'AIMS-21', type: 'aiControl', status: 'toDo' });
    const risk = aimsIssue({
      key: 'AIMS-11',
      type: 'aiRisk',
      status: 'riskTreatmentPlanned',
      values: {
        likelihood: '5 - Almost certain',
        consequence: '5 - Severe',
        treatmentOption: 'Modify (reduce)',
        residualLikelihood: '3 - Possible',
        residualConsequence: '4 - Major',
        riskConsequenceOrganization: 'Regulator fines',
        riskConsequenceIndividuals: 'Unfair refusals',
        riskConsequenceSocieties: 'Unequal access to credit',
        riskOwner: { accountId: 'owner-1', displayName: 'Olive Owner' },
        riskReassessmentDate: '2027-03-01',
        treatmentApprovedBy: { accountId: 'owner-1', displayName: 'Olive Owner' },
        treatmentApprovedAt: '2026-11-10T10:00:00.000+0000',
      },
      links: [linkTo(control, 'mitigates')],
    });
    const panel = buildRiskPanel(inputs(risk, [control]), DEFAULT_RISK_MATRIX);
    expect(panel.appetiteNotice).toBe(
      'The residual risk is High (score 12), above the risk appetite (Medium): accepting it needs an approver, recorded with the time of acceptance.',
    );
    const treated = panel.next.find((n) => n.transitionName === 'Treated: monitor');
    expect(treated?.allowed).toBe(false);
    expect(treated?.missing).toEqual([
      'The risk must be accepted by someone: record who accepted it (6.1.3).',
      'Record when the risk was accepted (6.1.3).',
    ]);
    expect(panel.form.map((f) => f.key)).toEqual(['riskAcceptedBy']);

    // Accepted by the owner: the panel says only AIMS management may accept it above appetite.
    const byOwner = {
      ...risk,
      values: {
        ...risk.values,
        riskAcceptedBy: { accountId: 'owner-1', displayName: 'Olive Owner' },
        riskAcceptedAt: '2026-11-20T10:00:00.000+0000',
      },
    };
    const ownerPanel = buildRiskPanel(inputs(byOwner, [control]), DEFAULT_RISK_MATRIX);
    expect(ownerPanel.next.find((n) => n.transitionName === 'Treated: monitor')?.missing).toEqual([
      "The risk is High (score 12), above the risk appetite: only AIMS management (the AIMS manager role) may accept it. This is the AIMS app's own rule, not a requirement of ISO/IEC 42001.",
    ]);
  });

  it('with nothing rated: no positions, and the form asks for likelihood and consequence', () => {
    const risk = aimsIssue({ key: 'AIMS-12', type: 'aiRisk', status: 'riskIdentified' });
    const panel = buildRiskPanel(inputs(risk), DEFAULT_RISK_MATRIX);
    expect(marks(panel)).toEqual([]);
    expect(panel.inherent).toBeNull();
    expect(panel.next).toEqual([
      {
        transitionName: 'Assess',
        toStatusName: 'Assessed',
        allowed: false,
        missing: [
          'Rate the likelihood of the risk (6.1.2).',
          'Rate the consequence of the risk (6.1.2).',
          'Assess the consequences for the organization (6.1.2 d); write "none foreseen" and why if there are none.',
          'Assess the consequences for individuals (6.1.2 d); write "none foreseen" and why if there are none.',
          'Assess the consequences for societies (6.1.2 d); write "none foreseen" and why if there are none.',
          'Name the risk owner (6.1.2 d).',
          'Set the date the risk is assessed again (8.2).',
        ],
        // An AI risk's requirements have no message keys yet: the panel shows this English.
        missingMessages: Array(7).fill({ key: null, params: {} }),
      },
    ]);
    expect(panel.form.map((f) => [f.key, f.kind])).toEqual([
      ['likelihood', 'select'],
      ['consequence', 'select'],
      ['riskConsequenceOrganization', 'textarea'],
      ['riskConsequenceIndividuals', 'textarea'],
      ['riskConsequenceSocieties', 'textarea'],
      ['riskOwner', 'viewer'],
    ]);
  });
});
