/**
 * The AI system inventory (4.3, A.6) and its impact assessments (6.1.4, A.5) through plain Jira
 * REST: an AI system goes into operation only with a completed impact assessment and an assessed
 * risk linked; an impact assessment is completed only with every consequence, its context, who
 * assessed it and when, its next review, its AI system and the risks it informs.
 */
import { jiraOk } from './aims-site';
import {
  assessedRiskRecord,
  createAimsIssue,
  editAimsIssue,
  errorMessages,
  link,
  mustTransition,
  statusOf,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const INVENTORY = {
  intendedUse: 'Scores consumer credit applications for the underwriting team.',
  aiRole: ['AI provider', 'AI customer (user)'],
  lifecycleStage: 'Design and development',
  systemOwner: { user: 'manager' as const },
  supplier: 'Gradient boosting library (open source); cloud hosting by a third party.',
  dataSources: 'Internal loan history 2015–2025; credit bureau data under contract.',
  humanOversight: 'Every decline is reviewed by an underwriter before it is sent.',
  adverseImpactReporting: 'Applicants contest a decision through the form on every decline letter.',
  inScope: 'Yes',
  euAiActClass: 'High risk',
};

const ASSESSED = {
  impactIndividuals: 'Applicants may be declined unfairly; they can ask for a human review.',
  impactGroups: 'Groups under-represented in past lending may be scored lower.',
  impactSocietal: 'Access to credit in some neighbourhoods could shrink.',
  foreseeableMisuse: 'Using the score for employment screening.',
  assessmentContext: 'Consumer lending in the EU (Germany, France); GDPR and the EU AI Act apply.',
  impactAssessor: { user: 'auditor' as const },
  impactAssessedOn: '2026-11-02',
  impactNextReview: '2027-11-02',
};

describe('AI system inventory and impact assessment workflows', () => {
  it('an AI system carries its inventory fields on its own screen', async () => {
    const system = await createAimsIssue(s, 'manager', 'aiSystem', 'Credit scoring', INVENTORY);
    const issue = await jiraOk<{ fields: Record<string, unknown> }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${system}`,
    );
    const f = (key: string) => issue.fields[s.ids.fields[key] ?? ''];
    expect(f('inScope')).toMatchObject({ value: 'Yes' });
    expect(f('aiRole')).toEqual([
      expect.objectContaining({ value: 'AI provider' }),
      expect.objectContaining({ value: 'AI customer (user)' }),
    ]);
    expect(f('euAiActClass')).toMatchObject({ value: 'High risk' });
    expect(await statusOf(s, system)).toBe('Proposed');
  }, 30_000);

  it('completing an impact assessment needs every consequence, its context, assessor, dates, AI system and risks', async () => {
    const system = await createAimsIssue(s, 'manager', 'aiSystem', 'Loan chatbot', INVENTORY);
    const assessment = await createAimsIssue(
      s,
      'manager',
      'impactAssessment',
      'Impact assessment: loan chatbot',
    );
    await mustTransition(s, 'manager', assessment, 'Start assessment');
    const empty = await transition(s, 'manager', assessment, 'Complete assessment');
    expect(empty.status).toBe(400);
    const message = errorMessages(empty.body)[0] ?? '';
    expect(message).toMatch(/^"Complete assessment" needs:/);
    for (const words of [
      /consequences for individuals/,
      /consequences for groups of individuals/,
      /consequences for societies/,
      /foreseeable misuse/,
      /context of use and the jurisdictions/,
      /Name the assessor/,
      /date of the assessment/,
      /next review date/,
      /Link the AI system/,
      /Link the AI risks this assessment informs/,
    ])
      expect(message).toMatch(words);

    const tooEarly = await transition(s, 'manager', assessment, 'Complete assessment', {
      ...ASSESSED,
      impactNextReview: '2026-10-01',
    });
    expect(errorMessages(tooEarly.body)[0]).toMatch(
      /next review date must come after the assessment date/,
    );

    await link(s, 'manager', 'assesses', assessment, system);
    const risk = await createAimsIssue(s, 'manager', 'aiRisk', 'Chatbot gives wrong loan terms');
    const noRisk = await transition(s, 'manager', assessment, 'Complete assessment', ASSESSED);
    expect(errorMessages(noRisk.body)).toEqual([
      '"Complete assessment" needs: Link the AI risks this assessment informs ("informs"): its results feed the risk assessment (6.1.4).',
    ]);
    await link(s, 'manager', 'informs', assessment, risk);
    await mustTransition(s, 'manager', assessment, 'Complete assessment', ASSESSED);
    expect(await statusOf(s, assessment)).toBe('Assessment Completed');
  }, 60_000);

  it('an AI system goes into operation only with a completed impact assessment and an assessed risk', async () => {
    const system = await createAimsIssue(s, 'manager', 'aiSystem', 'Fraud detection', INVENTORY);
    await mustTransition(s, 'manager', system, 'Start development');

    const bare = await transition(s, 'manager', system, 'Put into operation');
    expect(bare.status).toBe(400);
    expect(errorMessages(bare.body)).toEqual([
      '"Put into operation" needs: (1) Link a completed impact assessment of this AI system (6.1.4): none is linked yet. (2) Link an assessed AI risk of this AI system (6.1.2): no AI risk is linked yet.',
    ]);

    const assessment = await createAimsIssue(
      s,
      'manager',
      'impactAssessment',
      'Impact assessment: fraud detection',
      ASSESSED,
    );
    await link(s, 'manager', 'assesses', assessment, system);
    const risk = await createAimsIssue(s, 'manager', 'aiRisk', 'Legitimate payments blocked', {
      likelihood: '3 - Possible',
      consequence: '3 - Moderate',
      ...assessedRiskRecord('manager'),
    });
    await link(s, 'manager', 'affects', risk, system);
    await link(s, 'manager', 'informs', assessment, risk);

    const notYet = await transition(s, 'manager', system, 'Put into operation');
    expect(errorMessages(notYet.body)).toEqual([
      `"Put into operation" needs: (1) Complete an impact assessment of this AI system first (6.1.4): ${assessment} is not completed yet. (2) Assess a linked AI risk of this AI system first (6.1.2): ${risk} is only identified.`,
    ]);

    await mustTransition(s, 'manager', assessment, 'Start assessment');
    await mustTransition(s, 'manager', assessment, 'Complete assessment');
    const riskOnly = await transition(s, 'manager', system, 'Put into operation');
    expect(errorMessages(riskOnly.body)).toEqual([
      `"Put into operation" needs: Assess a linked AI risk of this AI system first (6.1.2): ${risk} is only identified.`,
    ]);

    await mustTransition(s, 'manager', risk, 'Assess');
    // A.8.3: without a way for interested parties to report adverse impacts, it stays out of operation.
    await editAimsIssue(s, 'manager', system, { adverseImpactReporting: null });
    const noChannel = await transition(s, 'manager', system, 'Put into operation');
    expect(errorMessages(noChannel.body)).toEqual([
      '"Put into operation" needs: Say in "Adverse impact reporting" how interested parties report adverse impacts of this AI system (A.8.3).',
    ]);
    await editAimsIssue(s, 'manager', system, {
      adverseImpactReporting:
        'Customers use the "Report a problem" form; fraud operations records each report.',
    });
    await mustTransition(s, 'manager', system, 'Put into operation');
    expect(await statusOf(s, system)).toBe('In Operation');
  }, 60_000);
});
