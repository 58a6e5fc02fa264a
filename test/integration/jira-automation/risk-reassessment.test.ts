/**
 * AI risks are reassessed when due (8.2): the daily scan opens one AIMS Action for an assessed
 * risk whose reassessment date has come — none for one not yet due or not yet assessed, and no
 * second one when it runs again.
 */
import { searchCatchesUp } from './aims-site';
import { aimsActionsAbout, assessedRiskRecord, createAimsIssue, mustTransition } from './aims-rest';
import { scheduledBody, utcDay } from '../../support/utc-day';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

async function riskDueIn(summary: string, days: number, assess = true): Promise<string> {
  const risk = await createAimsIssue(s, 'manager', 'aiRisk', summary, {
    likelihood: '3 - Possible',
    consequence: '3 - Moderate',
    ...assessedRiskRecord('member', utcDay(days)),
  });
  if (assess) await mustTransition(s, 'manager', risk, 'Assess');
  return risk;
}

const reassessmentActions = (key: string) => aimsActionsAbout(s, key);

describe('AI risk reassessment', () => {
  it('the daily scan opens one AIMS Action when a reassessment falls due, and none when run again', async () => {
    const due = await riskDueIn('Chatbot answers drift from policy', -3);
    const notDue = await riskDueIn('Ranking favours long tickets', 30);
    const notAssessed = await riskDueIn('Summaries omit complaints', -3, false);

    searchCatchesUp(s.site);
    const first = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(first).toMatchObject({ outcome: 'done' });
    searchCatchesUp(s.site);
    expect(await reassessmentActions(due)).toEqual([
      expect.objectContaining({
        fields: expect.objectContaining({
          summary: `Reassess the AI risk ${due}`,
          duedate: utcDay(-3),
        }),
      }),
    ]);
    expect(await reassessmentActions(notDue)).toEqual([]);
    expect(await reassessmentActions(notAssessed)).toEqual([]);

    const second = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(second).toMatchObject({ outcome: 'done', part: { riskReassessments: [] } });
    searchCatchesUp(s.site);
    expect(await reassessmentActions(due)).toHaveLength(1);
  }, 90_000);
});
