/**
 * Faults lose nothing (10.2): a graded finding whose trigger never raised its Nonconformity — Jira
 * failed every create the trigger and Forge's retries of it tried — gets it from the daily scan's
 * reconcile phase, exactly once however often the scan runs.
 */
import { searchCatchesUp } from './aims-site';
import { createAimsIssue, linkedKeys, linksOf, statusOf } from './aims-rest';
import { scheduledBody } from '../../support/utc-day';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();
afterEach(() => s.host.setFaults({}));

async function raisedBy(finding: string): Promise<string[]> {
  await s.host.waitForIdle();
  return linkedKeys(await linksOf(s, finding), 'raises');
}

it('raises the Nonconformity a lost trigger did not, exactly once even when the scan runs twice', async () => {
  // Every create the app makes fails (a 500 may or may not have been processed, so the app
  // never repeats it blindly) for as long as the trigger and Forge's retries of it run.
  s.host.setFaults({
    retryTimeScale: 0.001,
    restFailures: { status: 500, method: 'POST', path: '/rest/api/3/issue' },
  });
  const lost = await createAimsIssue(s, 'auditor', 'auditFinding', 'Logs not kept', {
    findingGrade: 'Major nonconformity',
  });
  const observation = await createAimsIssue(s, 'auditor', 'auditFinding', 'Naming drift', {
    findingGrade: 'Observation',
  });
  expect(await raisedBy(lost)).toEqual([]);
  expect(await statusOf(s, lost)).toBe('Finding Open');
  // The trigger asked Forge to retry until Forge gave up: the event is spent.
  expect(
    s.host.deliveries.filter((d) => d.eventType === 'avi:jira:created:issue').length,
  ).toBeGreaterThan(2);
  s.host.setFaults({});

  searchCatchesUp(s.site); // the daily scan runs later: the search index has caught up
  const first = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
  expect(first).toMatchObject({ outcome: 'done', part: { nonconformitiesRaised: [lost] } });
  const ncs = await raisedBy(lost);
  expect(ncs).toHaveLength(1);
  expect(await statusOf(s, lost)).toBe('Nonconformity Raised');
  expect(await raisedBy(observation)).toEqual([]);

  searchCatchesUp(s.site);
  const second = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
  expect(second).toMatchObject({ outcome: 'done', part: { nonconformitiesRaised: [] } });
  expect(await raisedBy(lost)).toEqual(ncs);
}, 60_000);

it('raises nothing when the trigger already did', async () => {
  const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'Model card missing', {
    findingGrade: 'Minor nonconformity',
  });
  const ncs = await raisedBy(finding);
  expect(ncs).toHaveLength(1);
  searchCatchesUp(s.site);
  const run = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
  expect(run).toMatchObject({ outcome: 'done', part: { nonconformitiesRaised: [] } });
  expect(await raisedBy(finding)).toEqual(ncs);
}, 60_000);
