/**
 * Impact assessments stay current (8.4): the daily scan opens one AIMS Action when a completed
 * assessment's review falls due (and no second one when it runs again), and a significant change
 * of the AI system (intended use, life-cycle stage) reopens its completed assessment with a
 * comment saying why — once, even with every event delivered twice.
 */
import { jiraOk, searchCatchesUp } from './aims-site';
import {
  aimsActionsAbout,
  createAimsIssue,
  editAimsIssue,
  link,
  mustTransition,
  statusOf,
} from './aims-rest';
import { scheduledBody, utcDay } from '../../support/utc-day';
import { adfText } from '../../../src/jira/aims-issue';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

/** An AI system with a completed impact assessment whose next review is `nextReviewIn` days away. */
async function assessedSystem(name: string, nextReviewIn: number) {
  const system = await createAimsIssue(s, 'manager', 'aiSystem', name, {
    intendedUse: 'Ranks support tickets by urgency.',
    lifecycleStage: 'Operation and monitoring',
  });
  const risk = await createAimsIssue(s, 'manager', 'aiRisk', `${name}: urgent tickets missed`);
  const assessment = await createAimsIssue(s, 'manager', 'impactAssessment', `IA: ${name}`, {
    impactIndividuals: 'A customer with an urgent problem waits too long.',
    impactGroups: 'Customers writing in other languages are ranked lower.',
    impactSocietal: 'None beyond the customers.',
    foreseeableMisuse: 'Using the rank to judge agents.',
    assessmentContext: 'Customer support in the EU.',
    impactAssessor: { user: 'auditor' },
    impactAssessedOn: utcDay(-370),
    impactNextReview: utcDay(nextReviewIn),
  });
  await link(s, 'manager', 'assesses', assessment, system);
  await link(s, 'manager', 'informs', assessment, risk);
  await mustTransition(s, 'manager', assessment, 'Start assessment');
  await mustTransition(s, 'manager', assessment, 'Complete assessment');
  return { system, assessment };
}

const reviewActions = (key: string) => aimsActionsAbout(s, key);

const comments = async (key: string): Promise<string[]> =>
  (
    await jiraOk<{ comments: { body: unknown }[] }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}/comment`,
    )
  ).comments.map((c) => adfText(c.body));

describe('impact assessment review and reassessment', () => {
  it('the daily scan opens one AIMS Action when a review falls due, and none when run again', async () => {
    const due = await assessedSystem('Ticket triage', -2);
    const notDue = await assessedSystem('Ticket summaries', 30);

    searchCatchesUp(s.site);
    const first = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(first).toMatchObject({ outcome: 'done' });
    searchCatchesUp(s.site);
    const actions = await reviewActions(due.assessment);
    expect(actions).toEqual([
      expect.objectContaining({
        fields: expect.objectContaining({
          summary: `Review the impact assessment ${due.assessment}`,
          duedate: utcDay(-2),
        }),
      }),
    ]);
    expect(await reviewActions(notDue.assessment)).toEqual([]);

    const second = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(second).toMatchObject({ outcome: 'done', part: { impactReviews: [] } });
    searchCatchesUp(s.site);
    expect(await reviewActions(due.assessment)).toHaveLength(1);
  }, 90_000);

  it('a change of intended use reopens the completed assessment with a comment saying why, once', async () => {
    const { system, assessment } = await assessedSystem('Fraud alerts', 200);
    s.host.setFaults({ duplicateEvents: true });
    try {
      await editAimsIssue(s, 'manager', system, { supplier: 'A new hosting provider.' });
      await s.host.waitForIdle();
      expect(await statusOf(s, assessment)).toBe('Assessment Completed');

      await editAimsIssue(s, 'manager', system, {
        intendedUse: 'Blocks payments it scores as fraud, without a person deciding.',
      });
      await s.host.waitForIdle();
    } finally {
      s.host.setFaults({});
    }
    expect(await statusOf(s, assessment)).toBe('In Assessment');
    expect(await comments(assessment)).toEqual([
      `Reopened for review (8.4): AI system ${system} changed significantly: its intended use changed.`,
    ]);

    await mustTransition(s, 'manager', assessment, 'Complete assessment');
    await editAimsIssue(s, 'manager', system, { lifecycleStage: 'Re-evaluation' });
    await s.host.waitForIdle();
    expect(await statusOf(s, assessment)).toBe('In Assessment');
    expect((await comments(assessment)).at(-1)).toBe(
      `Reopened for review (8.4): AI system ${system} changed significantly: its life-cycle stage changed.`,
    );
  }, 90_000);
});
