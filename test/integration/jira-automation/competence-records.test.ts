/**
 * Competence records (7.2, A.4.6) through plain Jira REST: the provisioned "Competence Record"
 * type carries person, AIMS role, training or qualification, date, expiry and evidence on its own
 * screen (and nothing of other records); when a record expires the daily scan opens ONE AIMS
 * Action to renew it, and none when it runs again.
 */
import { jiraOk, searchCatchesUp } from './aims-site';
import { createAimsIssue } from './aims-rest';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';
import { scheduledBody, utcDay } from '../../support/utc-day';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const record = (person: SeededLogin, expiresIn: number) =>
  createAimsIssue(s, 'manager', 'competenceRecord', `Responsible AI training: ${person}`, {
    competencePerson: { user: person },
    competenceRole: 'Impact assessor',
    competenceKind: 'Training',
    competenceObtained: utcDay(-365),
    competenceExpires: utcDay(expiresIn),
    evidence: 'Certificate RAI-2025-114 in the HR training system.',
  });

const renewalActions = async (recordKey: string) =>
  (
    await jiraOk<{ issues: { key: string; fields: { summary: string; duedate: string } }[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: `project = AIMS AND issuetype = "AIMS Action" AND summary ~ "${recordKey}"`,
        fields: ['summary', 'duedate'],
      },
    )
  ).issues;

describe('competence records', () => {
  it('records person, role, training or qualification, date, expiry and evidence on its own screen', async () => {
    const key = await record('member', 200);
    const meta = await jiraOk<{ fields: { name: string }[] }>(
      s.site,
      'manager',
      'GET',
      `/rest/api/3/issue/createmeta/AIMS/issuetypes/${s.ids.issueTypes.competenceRecord}`,
    );
    const names = meta.fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Competent person',
        'AIMS role',
        'Training or qualification',
        'Competence date',
        'Competence expiry',
        'Evidence',
      ]),
    );
    // Its screen carries nothing of the other records.
    expect(names).not.toContain('Likelihood');
    expect(names).not.toContain('Finding grade');
    const issue = await jiraOk<{ fields: Record<string, unknown> }>(
      s.site,
      'auditor',
      'GET',
      `/rest/api/3/issue/${key}?fields=${s.ids.fields.competenceExpires},${s.ids.fields.competenceRole}`,
    );
    expect(issue.fields[s.ids.fields.competenceExpires ?? '']).toBe(utcDay(200));
    expect(issue.fields[s.ids.fields.competenceRole ?? '']).toMatchObject({
      value: 'Impact assessor',
    });
  });

  it("refuses a role that is not an AIMS role, with Jira's message, and creates nothing", async () => {
    const roleField = s.ids.fields.competenceRole ?? '';
    const res = await callAs(s.site, 'manager', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'AIMS' },
        issuetype: { id: s.ids.issueTypes.competenceRecord },
        summary: 'Competence with a made-up role',
        [roleField]: { value: 'Chief vibes officer' },
      },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('Chief vibes officer');
    searchCatchesUp(s.site);
    const found = await jiraOk<{ issues: unknown[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: 'project = AIMS AND summary ~ "made-up role"',
        fields: ['summary'],
      },
    );
    expect(found.issues).toEqual([]);
  });

  it('the daily scan opens one AIMS Action when a record expires, and none when run again', async () => {
    const expired = await record('auditor', -1);
    const current = await record('manager', 45);

    searchCatchesUp(s.site);
    const first = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(first).toMatchObject({ outcome: 'done' });
    searchCatchesUp(s.site);
    expect(await renewalActions(expired)).toEqual([
      expect.objectContaining({
        fields: expect.objectContaining({
          summary: `Renew the competence recorded in ${expired}`,
          duedate: utcDay(-1),
        }),
      }),
    ]);
    expect(await renewalActions(current)).toEqual([]);

    const second = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(second).toMatchObject({ outcome: 'done', part: { competenceExpiries: [] } });
    searchCatchesUp(s.site);
    expect(await renewalActions(expired)).toHaveLength(1);
  }, 90_000);
});
