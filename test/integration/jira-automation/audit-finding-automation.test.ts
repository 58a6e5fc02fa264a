/**
 * 9.2 → 10.2 automation through plain Jira REST: a nonconformity finding raises exactly one
 * linked Nonconformity (also with every event delivered twice, and after edits), moves to
 * "Nonconformity Raised", and closes when its Nonconformity is closed as effective.
 */
import { bridge, registerFrame } from '../forge-host/fixture-host';
import { jiraOk, searchCatchesUp } from './aims-site';
import { adfDoc } from '../../../src/jira/aims-issue';
import { callAs } from '../../support/test-site';
import {
  createAimsIssue,
  jiraFields,
  offeredTransitions,
  editAimsIssue,
  errorMessages,
  link,
  linkedKeys,
  linksOf,
  raisedBy as raisedNonconformitiesOf,
  mustTransition,
  statusOf,
  securityLevelId,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();
let system: string;

beforeAll(async () => {
  system = await createAimsIssue(s, 'manager', 'aiSystem', 'Credit scoring model');
}, 60_000);
afterEach(() => {
  s.host.setFaults({});
  s.host.releaseEvents();
});

const today = (plus: number): string => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + plus))
    .toISOString()
    .slice(0, 10);
};

const raisedBy = (finding: string): Promise<string[]> => raisedNonconformitiesOf(s, finding);

/** The issue panel's view of a finding, as the auditor sees it. */
async function findingPanel(
  finding: string,
): Promise<{ raisesNonconformity: boolean; nonconformities: { issue: { key: string } }[] }> {
  const { frameId } = await registerFrame(s.site, 'auditor', 'aims-issue-panel', {
    issueKey: finding,
  });
  const res = await bridge(s.site, 'auditor', frameId, 'invoke', {
    functionKey: 'getPanel',
    payload: {},
  });
  const outcome = res.result as { ok: boolean; data?: unknown };
  if (!res.ok || !outcome.ok) throw new Error(`panel failed: ${JSON.stringify(res)}`);
  return outcome.data as Awaited<ReturnType<typeof findingPanel>>;
}

describe('audit finding automation', () => {
  it('a major-NC finding raises exactly one linked Nonconformity with reference, source and due date, and moves on', async () => {
    const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'No drift monitoring', {
      findingGrade: 'Major nonconformity',
      isoReference: 'ISO42001:A.6.2.6',
    });
    const ncs = await raisedBy(finding);
    expect(ncs).toHaveLength(1);
    const nc = await jiraOk<{ fields: Record<string, unknown> }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${ncs[0] ?? ''}`,
    );
    expect((nc.fields.issuetype as { name: string }).name).toBe('Nonconformity');
    expect(nc.fields[s.ids.fields.isoReference ?? '']).toBe('ISO42001:A.6.2.6');
    expect((nc.fields[s.ids.fields.ncSource ?? ''] as { value: string }).value).toBe(
      'Internal audit',
    );
    expect(nc.fields.duedate).toBe(today(30));
    expect(JSON.stringify(nc.fields.description)).toContain(finding);
    expect(await statusOf(s, finding)).toBe('Nonconformity Raised');

    // The raised finding is read-only (its grade locked); a manager's re-grade raises nothing more
    const locked = await callAs(s.site, 'auditor', 'PUT', `/rest/api/3/issue/${finding}`, {
      fields: { summary: 'No drift monitoring (re-worded)' },
    });
    expect(locked.status).toBe(400);
    const regrade = (await offeredTransitions(s, 'manager', finding)).find(
      (t) => t.name === 'Re-grade finding',
    );
    const regraded = await callAs(
      s.site,
      'manager',
      'POST',
      `/rest/api/3/issue/${finding}/transitions`,
      {
        transition: { id: regrade?.id },
        fields: jiraFields(s, { findingGrade: 'Minor nonconformity' }),
        update: { comment: [{ add: { body: adfDoc('Only one model is affected') } }] },
      },
    );
    expect(regraded.status).toBe(204);
    expect(await raisedBy(finding)).toEqual(ncs);
  }, 30_000);

  it('a finding with an issue security level raises its Nonconformity at the same level: a member sees neither, nor its summary', async () => {
    const confidential = await securityLevelId(s, 'Confidential');
    const finding = await createAimsIssue(
      s,
      'auditor',
      'auditFinding',
      'Secret vendor model retrained on personal data',
      { findingGrade: 'Major nonconformity', isoReference: 'A.7.4' },
      { security: { id: confidential } },
    );
    const ncs = await raisedBy(finding);
    expect(ncs).toHaveLength(1);
    const nc = ncs[0] ?? '';
    const asManager = await jiraOk<{
      fields: { security: { id: string } | null; summary: string };
    }>(s.site, 'manager', 'GET', `/rest/api/3/issue/${nc}?fields=security,summary`);
    expect(asManager.fields.security?.id).toBe(confidential);
    expect(asManager.fields.summary).toContain('Secret vendor model');

    searchCatchesUp(s.site);
    expect((await callAs(s.site, 'member', 'GET', `/rest/api/3/issue/${nc}`)).status).toBe(404);
    const search = await callAs(s.site, 'member', 'POST', '/rest/api/3/search/jql', {
      jql: 'project = AIMS',
      fields: ['summary'],
      maxResults: 100,
    });
    expect(search.status).toBe(200);
    expect(JSON.stringify(search.body)).not.toContain('Secret vendor model');
    expect(JSON.stringify(search.body)).not.toContain(`"${nc}"`);
    // Nor through the AI system or any other issue the member can open.
    const systemView = await callAs(s.site, 'member', 'GET', `/rest/api/3/issue/${system}`);
    expect(JSON.stringify(systemView.body)).not.toContain(nc);
  }, 30_000);

  it.each([
    ['a 500 answered the create (it may or may not have happened)', 500],
    ['Jira kept rate limiting the create', 429],
  ] as const)(
    'when %s, the trigger asks Forge to retry and the retry raises exactly one Nonconformity',
    async (_what, status) => {
      s.host.setFaults({
        retryTimeScale: 0.001,
        restFailures: {
          status,
          retryAfterSeconds: 60, // longer than an invocation waits: the retry is Forge's
          count: 1,
          method: 'POST',
          path: '/rest/api/3/issue',
        },
      });
      const finding = await createAimsIssue(
        s,
        'auditor',
        'auditFinding',
        `Create failed ${status}`,
        {
          findingGrade: 'Major nonconformity',
        },
      );
      expect(await raisedBy(finding)).toHaveLength(1);
      const deliveries = s.host.deliveries.filter((d) => d.eventType === 'avi:jira:created:issue');
      expect(deliveries.every((d) => d.ok)).toBe(true);
      expect(await statusOf(s, finding)).toBe('Nonconformity Raised');
    },
    30_000,
  );

  it('with every event delivered twice, still exactly one Nonconformity (minor: longer due date)', async () => {
    s.host.setFaults({ duplicateEvents: true });
    const finding = await createAimsIssue(
      s,
      'auditor',
      'auditFinding',
      'Impact assessment not reviewed',
      {
        findingGrade: 'Minor nonconformity',
        isoReference: '9.2',
      },
    );
    const ncs = await raisedBy(finding);
    expect(ncs).toHaveLength(1);
    searchCatchesUp(s.site); // later, the search index shows every Nonconformity Jira holds
    const search = await jiraOk<{ issues: unknown[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: `project = AIMS AND issuetype = "Nonconformity" AND summary ~ "Impact assessment not reviewed"`,
        fields: ['duedate'],
      },
    );
    expect(search.issues).toHaveLength(1);
    const nc = await jiraOk<{ fields: { duedate: string } }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${ncs[0] ?? ''}?fields=duedate`,
    );
    expect(nc.fields.duedate).toBe(today(90));
  }, 30_000);

  it('events that arrive minutes late: the panel says the Nonconformity is being raised, then shows it', async () => {
    s.host.holdEvents();
    const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'Bias tests skipped', {
      findingGrade: 'Major nonconformity',
      isoReference: 'A.7.4',
    });
    // The grade is edited again before Jira's first event reaches the app.
    await editAimsIssue(s, 'auditor', finding, { findingGrade: 'Minor nonconformity' });
    await s.host.waitForIdle();
    expect(await raisedBy(finding)).toEqual([]);
    expect(await statusOf(s, finding)).toBe('Finding Open');
    expect(await findingPanel(finding)).toMatchObject({
      raisesNonconformity: true,
      nonconformities: [],
    });

    s.host.releaseEvents();
    const ncs = await raisedBy(finding);
    expect(ncs).toHaveLength(1);
    expect(await statusOf(s, finding)).toBe('Nonconformity Raised');
    const panel = await findingPanel(finding);
    expect(panel.nonconformities.map((n) => n.issue.key)).toEqual(ncs);
  }, 30_000);

  it('with every event delivered 300 ms late, the automation still raises exactly one Nonconformity', async () => {
    s.host.setFaults({ eventDelayMs: 300 });
    const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'Model card missing', {
      findingGrade: 'Major nonconformity',
      isoReference: 'A.6.2.7',
    });
    expect(await raisedBy(finding)).toHaveLength(1);
    expect(await statusOf(s, finding)).toBe('Nonconformity Raised');
  }, 30_000);

  it('concurrent deliveries of the same event raise one Nonconformity (KVS claim)', async () => {
    const finding = await createAimsIssue(
      s,
      'auditor',
      'auditFinding',
      'Human oversight not defined',
      {
        findingGrade: 'Major nonconformity',
        isoReference: 'A.9.3',
      },
    );
    const issue = await jiraOk<{ id: string; key: string; fields: Record<string, unknown> }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${finding}`,
    );
    const event = {
      eventType: 'avi:jira:created:issue',
      selfGenerated: false,
      issue: { id: issue.id, key: issue.key, fields: issue.fields },
    };
    // Three more deliveries of the created event, racing the one Jira published
    await Promise.all([1, 2, 3].map(() => s.host.invokeFunction('issue-event-trigger', event)));
    expect(await raisedBy(finding)).toHaveLength(1);
    searchCatchesUp(s.site); // later, the search index shows every Nonconformity Jira holds
    const search = await jiraOk<{ issues: unknown[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: 'project = AIMS AND issuetype = "Nonconformity" AND summary ~ "Human oversight not defined"',
        fields: ['summary'],
      },
    );
    expect(search.issues).toHaveLength(1);
  }, 30_000);

  it('re-grading an observation to a major nonconformity raises it then, with the AI system copied', async () => {
    const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'Logs kept only 7 days', {
      findingGrade: 'Observation',
      isoReference: 'A.6.2.8',
    });
    await link(s, 'auditor', 'affects', finding, system);
    expect(await raisedBy(finding)).toEqual([]);
    expect(await statusOf(s, finding)).toBe('Finding Open');
    // An observation is tracked without an NC; the manual "Nonconformity raised" is refused
    const manual = await transition(s, 'auditor', finding, 'Nonconformity raised');
    expect(manual.status).toBe(400);
    expect(errorMessages(manual.body)[0]).toMatch(
      /Only a finding graded as a major or minor nonconformity/,
    );

    await editAimsIssue(s, 'auditor', finding, { findingGrade: 'Major nonconformity' });
    const ncs = await raisedBy(finding);
    expect(ncs).toHaveLength(1);
    expect(linkedKeys(await linksOf(s, ncs[0] ?? ''), 'affects')).toEqual([system]);
  }, 30_000);

  it('the finding closes only with its Nonconformity, and by itself when that closes as effective', async () => {
    const finding = await createAimsIssue(
      s,
      'auditor',
      'auditFinding',
      'Supplier AI not assessed',
      {
        findingGrade: 'Major nonconformity',
        isoReference: 'A.10.3',
      },
    );
    const [nc = ''] = await raisedBy(finding);
    const early = await transition(s, 'auditor', finding, 'Close finding');
    expect(early.status).toBe(400);
    expect(errorMessages(early.body)[0]).toContain(`Close the Nonconformity ${nc} first`);

    await editAimsIssue(s, 'member', nc, {
      correction: 'Supplier paused',
      consequences: 'None found',
    });
    await mustTransition(s, 'member', nc, 'Start cause analysis');
    const ca = await createAimsIssue(
      s,
      'member',
      'correctiveAction',
      'Assess supplier',
      {},
      { assignee: { accountId: (await me('member')).accountId } },
    );
    await link(s, 'member', 'corrects', ca, nc);
    await editAimsIssue(s, 'member', nc, {
      rootCause: 'No supplier step in procurement',
      similarCheck: 'None exist or could occur',
      similarNotes: 'Only supplier',
      caDecision: 'Corrective action needed',
    });
    await mustTransition(s, 'member', nc, 'Implement corrective actions');
    await mustTransition(s, 'member', ca, 'Done', {
      implementationNotes: 'Assessed',
      evidence: 'Report v1',
    });
    expect(await statusOf(s, nc)).toBe('Effectiveness Review');
    await mustTransition(s, 'manager', nc, 'Verify effective and close', {
      verdict: 'Effective',
      effectivenessEvidence: 'Procurement checklist used twice since',
      effectivenessReviewer: { user: 'manager' },
      aimsChangeNeeded: 'No',
    });
    expect(await statusOf(s, nc)).toBe('NC Closed');
    await s.host.waitForIdle();
    expect(await statusOf(s, finding)).toBe('Finding Closed');
  }, 30_000);
});

async function me(login: 'member'): Promise<{ accountId: string }> {
  return jiraOk<{ accountId: string }>(s.site, login, 'GET', '/rest/api/3/myself');
}
