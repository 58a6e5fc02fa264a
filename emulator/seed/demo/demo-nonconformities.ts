/**
 * Demo phase 5: nonconformities at every clause 10.2 step, moved by the real transitions.
 * - validation (major, from the audit): closed as effective → the app closes its finding;
 * - incident comms (minor): corrective action done → in effectiveness review;
 * - provenance (major): implementing, one action overdue and one planned;
 * - policy sign-off (minor): just raised, in "React";
 * - an incident-sourced NC in cause analysis;
 * - a monitoring-sourced NC found ineffective and looped back to cause analysis, with a new action;
 * - a recurrence of the closed validation NC (10.2 b), in cause analysis: its panel names the
 *   closed one, whose panel puts its "Effective" verdict in question.
 */
import { daysFromNow } from './demo-dates';
import type { DemoAudit } from './demo-audit';
import type { DemoJira } from './demo-jira';
import { demoUser } from './demo-rest';
import { NonconformitySteps } from './demo-nonconformity-steps';

export interface DemoNonconformities {
  closed: string;
  effectivenessReview: string;
  implementing: string;
  react: string;
  causeAnalysis: string;
  ineffective: string;
  /** Recorded as a recurrence of `closed` ("AIMS Recurrence"). */
  recurrence: string;
  correctiveActions: string[];
  overdueAction: string;
}

export async function seedNonconformities(
  jira: DemoJira,
  audit: DemoAudit,
  settle: () => Promise<void>,
): Promise<DemoNonconformities> {
  const steps = new NonconformitySteps(jira, settle);
  const nc = (id: Parameters<DemoAudit['raised']['get']>[0]): string => {
    const key = audit.raised.get(id);
    if (!key) throw new Error(`No Nonconformity was raised for finding ${id}`);
    return key;
  };
  const actions: string[] = [];
  /** A nonconformity the manager raises by hand (not from an audit finding), against A.6.2.6. */
  const raise = (summary: string, source: string, dueInDays: number): Promise<string> =>
    jira.create(
      'manager',
      'Nonconformity',
      summary,
      { ncSource: source, isoReference: 'ISO42001:A.6.2.6' },
      { duedate: daysFromNow(dueInDays), assignee: { accountId: demoUser('manager').accountId } },
    );

  // Closed as effective.
  const closed = nc('validation');
  actions.push(
    ...(await steps.correct(closed, {
      correction: 'Release 4.2 re-validated on the hold-out set; results filed.',
      consequences: 'Decisions made with 4.2 were re-scored; no applicant was affected.',
      analysis: {
        causes:
          'The release checklist had no validation gate; the deadline pushed the release through.',
        similar: 'Similar could occur',
        similarNotes: 'Checked the chatbot and CV releases: same checklist, so the same gap.',
      },
      actions: [
        {
          summary: 'Add a validation sign-off gate to the release checklist',
          dueInDays: -14,
          done: {
            notes: 'Release checklist v7 blocks deployment without a signed validation report.',
            evidence: 'Checklist v7 in the model repository; release 4.3 shows the gate.',
          },
        },
      ],
    })),
  );
  await steps.closeEffective(
    closed,
    'Releases 4.3 and 4.4 both passed the gate with signed validation reports.',
  );

  // In effectiveness review.
  const review = nc('incidentComms');
  actions.push(
    ...(await steps.correct(review, {
      correction: 'Affected customers were emailed a correction on 2 September.',
      consequences: 'Refunds were granted to the 14 customers who acted on the wrong answers.',
      analysis: {
        causes:
          'The incident procedure does not mention AI systems, so nobody owned customer communication.',
        similar: 'Similar exist',
        similarNotes: 'The CV assistant outage in July was not communicated to recruiters either.',
      },
      actions: [
        {
          summary: 'Name an owner for AI incident communication',
          dueInDays: -5,
          done: {
            notes: 'The service desk lead owns AI incident communication; procedure updated.',
            evidence: 'Incident procedure v3, section 4.2.',
          },
        },
      ],
    })),
  );

  // Implementing, one action overdue.
  const implementing = nc('provenance');
  const [overdue = '', planned = ''] = await steps.correct(implementing, {
    correction: 'CV screening paused for roles where the unknown data dominates.',
    consequences: 'Candidates screened in the last month were re-read by recruiters.',
    analysis: {
      causes: 'The supplier contract does not require provenance records.',
      similar: 'Similar could occur',
      similarNotes: 'The chatbot supplier contract has the same gap.',
    },
    actions: [
      { summary: 'Add provenance clauses to AI supplier contracts', dueInDays: -10 },
      {
        summary: 'Ask the supplier for provenance of the current training set',
        dueInDays: 20,
        implementer: 'admin',
      },
    ],
  });
  actions.push(overdue, planned);
  await steps.startAction(overdue);

  // React: just raised, untouched.
  const react = nc('policySignOff');
  await jira.edit('manager', react, {}, { assignee: { accountId: demoUser('manager').accountId } });

  // Cause analysis, from an incident.
  const causeAnalysis = await raise('Chatbot quoted the refund policy of 2024', 'Incident', 25);
  await steps.react(
    causeAnalysis,
    'The old policy document was removed from the chatbot’s knowledge base.',
    'Three customers who were misinformed were contacted.',
  );
  await jira.edit('manager', causeAnalysis, {
    rootCause: 'Knowledge base updates are manual and nobody checks for retired documents.',
  });

  // Ineffective, looped back to cause analysis, with a new action.
  const ineffective = await raise(
    'Credit model drift alert missed for two weeks',
    'Monitoring',
    15,
  );
  actions.push(
    ...(await steps.correct(ineffective, {
      correction: 'Drift checked by hand; the model was recalibrated.',
      consequences: 'Decisions of the two weeks were re-scored; 3 applicants were re-contacted.',
      analysis: {
        causes: 'Drift alerts went to a shared mailbox nobody watches.',
        similar: 'None exist or could occur',
        similarNotes: 'The other systems alert through the on-call tool.',
      },
      actions: [
        {
          summary: 'Route drift alerts to the data science team mailbox',
          dueInDays: -30,
          done: {
            notes: 'Drift alerts now go to the data science team mailbox.',
            evidence: 'Alert routing config, change 2291.',
          },
        },
      ],
    })),
  );
  await steps.loopBackIneffective(
    ineffective,
    'Another drift alert in October went unanswered for 5 days: the team mailbox is not watched either.',
  );
  const ca6b = await steps.addCorrectiveAction(
    ineffective,
    'Send drift alerts to the on-call tool with paging',
    14,
  );
  actions.push(ca6b);

  // A recurrence of the closed one: the gate was bypassed for a hotfix.
  const recurrence = await raise(
    'Hotfix 4.4.1 shipped without a signed validation report',
    'Monitoring',
    30,
  );
  await jira.link('manager', 'AIMS Recurrence', recurrence, closed);
  await steps.react(
    recurrence,
    'Hotfix 4.4.1 validated after the fact; results filed.',
    'Decisions made with 4.4.1 were re-scored; no applicant was affected.',
  );
  await jira.edit('manager', recurrence, {
    rootCause: 'The release checklist gate is skipped on the hotfix path.',
    similarCheck: 'Similar exist',
    similarNotes: `Recurrence of ${closed}: the validation gate was bypassed again.`,
  });

  return {
    closed,
    effectivenessReview: review,
    implementing,
    react,
    causeAnalysis,
    ineffective,
    recurrence,
    correctiveActions: actions,
    overdueAction: overdue,
  };
}
