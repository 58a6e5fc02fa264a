/** The daily overdue scan, and provisioning run twice giving the same Jira configuration. */
import { accountOf, jiraOk, searchCatchesUp } from './aims-site';
import { createAimsIssue, mustTransition } from './aims-rest';
import { scheduledBody, utcDay } from '../../support/utc-day';
import { aimsSitePerFile } from './aims-site-per-file';

const scanSummary = scheduledBody;

const s = aimsSitePerFile();

const day = utcDay;
const labels = async (key: string): Promise<string[]> =>
  (
    await jiraOk<{ fields: { labels: string[] } }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=labels`,
    )
  ).fields.labels;
const changelogSize = async (key: string): Promise<number> =>
  (await jiraOk<{ total: number }>(s.site, 'admin', 'GET', `/rest/api/3/issue/${key}/changelog`))
    .total;

describe('overdue scan', () => {
  it('labels open NCs and CAs past due, skips the rest, and changes nothing when run again', async () => {
    const lateNc = await createAimsIssue(
      s,
      'member',
      'nonconformity',
      'Late NC',
      {},
      { duedate: day(-3) },
    );
    const lateCa = await createAimsIssue(
      s,
      'member',
      'correctiveAction',
      'Late CA',
      {},
      { duedate: day(-1), labels: ['team-a'] },
    );
    const onTime = await createAimsIssue(
      s,
      'member',
      'nonconformity',
      'On-time NC',
      {},
      { duedate: day(5) },
    );
    const lateRisk = await createAimsIssue(
      s,
      'member',
      'aiRisk',
      'Risk with a date',
      {},
      { duedate: day(-3) },
    );
    const doneCa = await createAimsIssue(
      s,
      'member',
      'correctiveAction',
      'Done CA',
      { implementationNotes: 'done', evidence: 'report' },
      { duedate: day(-10), assignee: { accountId: accountOf('member') } },
    );
    await mustTransition(s, 'member', doneCa, 'Done');

    searchCatchesUp(s.site); // the daily scan runs later: the search index has caught up
    const first = await s.host.runScheduledTrigger('aims-overdue-scan');
    expect(scanSummary(first)).toMatchObject({
      outcome: 'done',
      part: { labelled: expect.arrayContaining([lateNc, lateCa]) },
    });
    expect(await labels(lateNc)).toEqual(['aims-overdue']);
    expect(await labels(lateCa)).toEqual(expect.arrayContaining(['team-a', 'aims-overdue']));
    for (const key of [onTime, lateRisk, doneCa])
      expect(await labels(key)).not.toContain('aims-overdue');

    const history = await changelogSize(lateNc);
    searchCatchesUp(s.site);
    const second = await s.host.runScheduledTrigger('aims-overdue-scan');
    expect(scanSummary(second)).toMatchObject({
      outcome: 'done',
      part: { labelled: [], unlabelled: [] },
    });
    expect(await changelogSize(lateNc)).toBe(history);

    // No longer overdue → the label goes
    await jiraOk(s.site, 'member', 'PUT', `/rest/api/3/issue/${lateNc}`, {
      fields: { duedate: day(10) },
    });
    searchCatchesUp(s.site);
    const third = await s.host.runScheduledTrigger('aims-overdue-scan');
    expect(scanSummary(third)).toMatchObject({ part: { unlabelled: [lateNc] } });
    expect(await labels(lateNc)).toEqual([]);
  }, 60_000);
});

describe('provisioning', () => {
  const snapshot = async (): Promise<string> => {
    const fields = await jiraOk<unknown[]>(s.site, 'admin', 'GET', '/rest/api/3/field');
    const types = await jiraOk<unknown[]>(s.site, 'admin', 'GET', '/rest/api/3/issuetype');
    const linkTypes = await jiraOk<unknown>(s.site, 'admin', 'GET', '/rest/api/3/issueLinkType');
    const workflows = await jiraOk<unknown>(
      s.site,
      'admin',
      'GET',
      '/rest/api/3/workflows/search?expand=values.transitions&maxResults=50',
    );
    return JSON.stringify({ fields, types, linkTypes, workflows });
  };

  it('a second run (from the admin page, on the queue) gives the same configuration', async () => {
    const before = await snapshot();
    const admin = accountOf('admin');
    const call = (functionKey: string) =>
      s.host.invokeFunction(
        'admin-resolver',
        { call: { functionKey, payload: {} }, context: { accountId: admin } },
        { accountId: admin },
      ) as Promise<{ ok: boolean; data?: { run: { status: string; changes: unknown[] } } }>;
    const started = await call('startProvisioning');
    expect(started.data?.run.status).toBe('queued');
    await s.host.waitForIdle();
    const progress = await call('provisioningProgress');
    expect(progress.data?.run).toMatchObject({ status: 'completed', changes: [] });
    expect(await snapshot()).toBe(before);
  }, 60_000);
});
