/**
 * AI Risk workflow (6.1.2, 6.1.3, 8.2, 8.3) through plain Jira REST, with the app's post function
 * setting the levels: assessing needs the consequences for the organization, individuals and
 * societies, an owner and a reassessment date; the treatment plan is approved and the risk accepted
 * by the risk owner or an AIMS manager, who takes the step themselves (recorded who and when),
 * inside appetite as well as above it, where only an AIMS manager may accept.
 */
import { callAs } from '../../support/test-site';
import {
  assessedRiskRecord,
  createAimsIssue,
  editAimsIssue,
  errorMessages,
  link,
  offeredTransitions,
  mustTransition,
  statusOf,
  selectValue,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const level = (key: string, field: string) => selectValue(s, key, field);

const APP_RULE = "This is the AIMS app's own rule, not a requirement of ISO/IEC 42001.";
const WHEN = '2026-11-20T10:00:00.000+0000';

describe('AI risk workflow', () => {
  it('assessing needs the rating, the consequences for the organization, individuals and societies, an owner and a reassessment date', async () => {
    const risk = await createAimsIssue(s, 'manager', 'aiRisk', 'Biased credit decisions');
    const unrated = await transition(s, 'manager', risk, 'Assess');
    expect(unrated.status).toBe(400);
    expect(errorMessages(unrated.body)).toEqual([
      '"Assess" needs: (1) Rate the likelihood of the risk (6.1.2). (2) Rate the consequence of the risk (6.1.2). (3) Assess the consequences for the organization (6.1.2 d); write "none foreseen" and why if there are none. (4) Assess the consequences for individuals (6.1.2 d); write "none foreseen" and why if there are none. (5) Assess the consequences for societies (6.1.2 d); write "none foreseen" and why if there are none. (6) Name the risk owner (6.1.2 d). (7) Set the date the risk is assessed again (8.2).',
    ]);
    const rated = {
      likelihood: '4 - Likely',
      consequence: '5 - Severe',
      ...assessedRiskRecord('member'),
    };
    const partly = await transition(s, 'manager', risk, 'Assess', {
      ...rated,
      riskConsequenceSocieties: '  ',
    });
    expect(errorMessages(partly.body)).toEqual([
      '"Assess" needs: Assess the consequences for societies (6.1.2 d); write "none foreseen" and why if there are none.',
    ]);
    // A refused transition keeps nothing of its screen (as in Jira).
    expect(await statusOf(s, risk)).toBe('Identified');
    await mustTransition(s, 'manager', risk, 'Assess', {
      ...rated,
      riskConsequenceSocieties: 'Thin-file groups lose access to credit',
    });
    expect(await level(risk, 'inherentLevel')).toBe('Critical');
  }, 60_000);

  it('the treatment plan is approved by the risk owner or an AIMS manager, who takes the step, recorded with when', async () => {
    const risk = await createAimsIssue(s, 'manager', 'aiRisk', 'Chatbot leaks account data', {
      likelihood: '4 - Likely',
      consequence: '5 - Severe',
      ...assessedRiskRecord('member'),
    });
    await mustTransition(s, 'manager', risk, 'Assess');

    const noTreatment = await transition(s, 'manager', risk, 'Plan treatment');
    expect(errorMessages(noTreatment.body)[0]).toMatch(/Choose a treatment option/);
    await editAimsIssue(s, 'manager', risk, { treatmentOption: 'Modify (reduce)' });
    const noControl = await transition(s, 'manager', risk, 'Plan treatment');
    expect(errorMessages(noControl.body)[0]).toMatch(/Link at least one control/);
    const control = await createAimsIssue(s, 'manager', 'aiControl', 'Output filtering', {
      isoReference: 'ISO42001:A.6.2.4',
    });
    await link(s, 'manager', 'mitigates', control, risk);

    const unapproved = await transition(s, 'manager', risk, 'Plan treatment');
    expect(errorMessages(unapproved.body)).toEqual([
      '"Plan treatment" needs: (1) The treatment plan must be approved by someone: record who approved it (6.1.3). (2) Record when the treatment plan was approved (6.1.3).',
    ]);
    // The auditor is neither the owner nor an AIMS manager.
    const byAuditor = await transition(s, 'manager', risk, 'Plan treatment', {
      treatmentApprovedBy: { user: 'auditor' },
      treatmentApprovedAt: WHEN,
    });
    expect(errorMessages(byAuditor.body)).toEqual([
      `"Plan treatment" needs: The treatment plan may be approved only by the risk owner or AIMS management (the AIMS manager role). ${APP_RULE}`,
    ]);
    // The manager records the owner as approver but takes the step themselves.
    const onTheirBehalf = await transition(s, 'manager', risk, 'Plan treatment', {
      treatmentApprovedBy: { user: 'member' },
      treatmentApprovedAt: WHEN,
    });
    expect(errorMessages(onTheirBehalf.body)).toEqual([
      `"Plan treatment" may be taken only by the person recorded as approving the treatment plan: record yourself as the approver only if you approve it (the risk owner or an AIMS manager), or ask them to take it. ${APP_RULE}`,
    ]);
    expect(await statusOf(s, risk)).toBe('Assessed');
    // The owner approves and takes the step.
    await mustTransition(s, 'member', risk, 'Plan treatment', {
      treatmentApprovedBy: { user: 'member' },
      treatmentApprovedAt: WHEN,
    });
    expect(await statusOf(s, risk)).toBe('Treatment Planned');
  }, 60_000);

  it('the risk is accepted inside appetite by its owner, above appetite only by an AIMS manager', async () => {
    const control = await createAimsIssue(s, 'manager', 'aiControl', 'Bias testing', {
      isoReference: 'ISO42001:A.7.4',
    });
    const planned = async (summary: string): Promise<string> => {
      const risk = await createAimsIssue(s, 'manager', 'aiRisk', summary, {
        likelihood: '4 - Likely',
        consequence: '5 - Severe',
        treatmentOption: 'Modify (reduce)',
        ...assessedRiskRecord('member'),
      });
      await link(s, 'manager', 'mitigates', control, risk);
      await mustTransition(s, 'manager', risk, 'Assess');
      await mustTransition(s, 'manager', risk, 'Plan treatment', {
        treatmentApprovedBy: { user: 'manager' },
        treatmentApprovedAt: WHEN,
      });
      return risk;
    };

    // Inside appetite (2 × 3 = 6, Medium): still accepted, recorded, by the owner.
    const inside = await planned('Scores drift after rate changes');
    const noResidual = await transition(s, 'member', inside, 'Treated: monitor');
    expect(errorMessages(noResidual.body)[0]).toMatch(/Rate the residual risk/);
    const residual = { residualLikelihood: '2 - Unlikely', residualConsequence: '3 - Moderate' };
    const unaccepted = await transition(s, 'member', inside, 'Treated: monitor', residual);
    expect(errorMessages(unaccepted.body)).toEqual([
      '"Treated: monitor" needs: (1) The risk must be accepted by someone: record who accepted it (6.1.3). (2) Record when the risk was accepted (6.1.3).',
    ]);
    await mustTransition(s, 'member', inside, 'Treated: monitor', {
      ...residual,
      riskAcceptedBy: { user: 'member' },
      riskAcceptedAt: WHEN,
    });
    expect(await level(inside, 'residualLevel')).toBe('Medium');

    // Above appetite (3 × 4 = 12, High): the owner may not accept it; an AIMS manager may.
    const above = await planned('Biased credit decisions for thin files');
    const high = { residualLikelihood: '3 - Possible', residualConsequence: '4 - Major' };
    const byOwner = await transition(s, 'member', above, 'Treated: monitor', {
      ...high,
      riskAcceptedBy: { user: 'member' },
      riskAcceptedAt: WHEN,
    });
    expect(byOwner.status).toBe(400);
    expect(errorMessages(byOwner.body)).toEqual([
      `"Treated: monitor" needs: The risk is High (score 12), above the risk appetite: only AIMS management (the AIMS manager role) may accept it. ${APP_RULE}`,
    ]);
    // Recording the manager while the owner takes the step is refused too.
    const recordedManager = await transition(s, 'member', above, 'Treated: monitor', {
      ...high,
      riskAcceptedBy: { user: 'manager' },
      riskAcceptedAt: WHEN,
    });
    expect(errorMessages(recordedManager.body)).toEqual([
      `"Treated: monitor" may be taken only by the person recorded as accepting the risk: record yourself as accepting it only if you accept it (the risk owner or an AIMS manager), or ask them to take it. ${APP_RULE}`,
    ]);
    expect(await statusOf(s, above)).toBe('Treatment Planned');
    await mustTransition(s, 'manager', above, 'Treated: monitor', {
      ...high,
      riskAcceptedBy: { user: 'manager' },
      riskAcceptedAt: WHEN,
    });
    expect(await statusOf(s, above)).toBe('Treated - Monitoring');
    expect(await level(above, 'residualLevel')).toBe('High');

    // Closing needs a reason, written as the transition's comment (closing WITH a comment is not
    // tested here: the emulator refuses `update.comment[].add` on POST /transitions, see report)
    const closeId = (await offeredTransitions(s, 'manager', above)).find(
      (t) => t.name === 'Close risk',
    )?.id;
    const silent = await callAs(
      s.site,
      'manager',
      'POST',
      `/rest/api/3/issue/${above}/transitions`,
      { transition: { id: closeId } },
    );
    expect(silent.status).toBe(400);
    expect(errorMessages(silent.body)[0]).toMatch(/Say why the risk no longer needs monitoring/);
  }, 90_000);

  it('a retained risk within appetite needs no control, and is accepted when treated', async () => {
    const risk = await createAimsIssue(s, 'manager', 'aiRisk', 'Chatbot tone occasionally odd', {
      likelihood: '2 - Unlikely',
      consequence: '2 - Minor',
      ...assessedRiskRecord('member'),
    });
    await mustTransition(s, 'manager', risk, 'Assess');
    expect(await level(risk, 'inherentLevel')).toBe('Low');
    await mustTransition(s, 'member', risk, 'Plan treatment', {
      treatmentOption: 'Retain (accept)',
      treatmentApprovedBy: { user: 'member' },
      treatmentApprovedAt: WHEN,
    });
    expect(await statusOf(s, risk)).toBe('Treatment Planned');
    await mustTransition(s, 'member', risk, 'Treated: monitor', {
      riskAcceptedBy: { user: 'member' },
      riskAcceptedAt: WHEN,
    });
    expect(await statusOf(s, risk)).toBe('Treated - Monitoring');
  }, 30_000);
});
