/**
 * Jira search is eventually consistent ("Recent updates might not be immediately visible in the
 * returned search results", POST /rest/api/3/search/jql; `reconcileIssues` gives read-after-write
 * consistency for the listed ids). The automation sites run with search lagging by an hour of site
 * time, so the app must reconcile (or read issues directly) wherever it reads right after a write.
 */
import { accountOf, jiraOk, searchCatchesUp } from './aims-site';
import { createAimsIssue, editAimsIssue, link, mustTransition, statusOf } from './aims-rest';
import { callAs } from '../../support/test-site';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

interface Found {
  issues: { id: string; key: string; fields: { status: { name: string } } }[];
}

const search = (jql: string, reconcileIssues?: number[]) =>
  jiraOk<Found>(s.site, 'admin', 'POST', '/rest/api/3/search/jql', {
    jql,
    fields: ['status'],
    ...(reconcileIssues ? { reconcileIssues } : {}),
  });

describe('the emulator delays search visibility', () => {
  it('finds a change through search only when reconciled, while GET issue is always current', async () => {
    const key = await createAimsIssue(
      s,
      'member',
      'correctiveAction',
      'Lagging action',
      {},
      {
        assignee: { accountId: accountOf('member') },
      },
    );
    const { id } = await jiraOk<{ id: string }>(s.site, 'admin', 'GET', `/rest/api/3/issue/${key}`);
    expect((await search(`key = ${key}`)).issues).toEqual([]); // not indexed yet
    expect((await search(`key = ${key}`, [Number(id)])).issues.map((i) => i.key)).toEqual([key]);

    searchCatchesUp(s.site);
    await mustTransition(s, 'member', key, 'Done', { implementationNotes: 'n', evidence: 'e' });
    expect(await statusOf(s, key)).toBe('Done');
    const stale = await search(`key = ${key}`);
    expect(stale.issues[0]?.fields.status.name).not.toBe('Done');
    const reconciled = await search(`key = ${key}`, [Number(id)]);
    expect(reconciled.issues[0]?.fields.status.name).toBe('Done');
    expect((await search(`key = ${key} AND status = Done`)).issues).toEqual([]);
  });

  it('refuses more than 50 reconciled ids, as documented', async () => {
    const res = await callAs(s.site, 'admin', 'POST', '/rest/api/3/search/jql', {
      jql: 'project = AIMS',
      reconcileIssues: Array.from({ length: 51 }, (_, i) => 10_000 + i),
    });
    expect(res.status).toBe(400);
  });
});

describe('the app reads what it just changed', () => {
  it("moves a Nonconformity to effectiveness review the moment its last action closes (a stale search would say 'not done')", async () => {
    const nc = await createAimsIssue(s, 'member', 'nonconformity', 'Stale search NC', {
      correction: 'Paused the model',
      consequences: 'None found',
    });
    await mustTransition(s, 'member', nc, 'Start cause analysis');
    const ca = await createAimsIssue(
      s,
      'member',
      'correctiveAction',
      'Retrain with checks',
      {},
      {
        assignee: { accountId: accountOf('member') },
      },
    );
    await link(s, 'member', 'corrects', ca, nc);
    await editAimsIssue(s, 'member', nc, {
      rootCause: 'No data checks',
      similarCheck: 'None exist or could occur',
      similarNotes: 'Only model',
      caDecision: 'Corrective action needed',
    });
    await mustTransition(s, 'member', nc, 'Implement corrective actions');
    // The index knows the action as open; closing it is what search has not seen yet.
    searchCatchesUp(s.site);
    await mustTransition(s, 'member', ca, 'Done', { implementationNotes: 'n', evidence: 'e' });
    const { id } = await jiraOk<{ id: string }>(s.site, 'admin', 'GET', `/rest/api/3/issue/${ca}`);
    expect((await search(`key = ${ca}`)).issues[0]?.fields.status.name).not.toBe('Done');
    await s.host.waitForIdle();
    expect(await statusOf(s, nc)).toBe('Effectiveness Review');
    expect((await search(`key = ${ca}`, [Number(id)])).issues[0]?.fields.status.name).toBe('Done');
  }, 30_000);
});
