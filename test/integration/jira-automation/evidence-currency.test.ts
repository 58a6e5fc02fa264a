/**
 * Evidence stays current (7.5) through plain Jira REST: each line of an AI Control's "Evidence"
 * carries its effective and review dates; the app keeps the control's "Evidence review date" (the
 * earliest of them) so Jira can search it, and the daily scan opens ONE AIMS Action once it has
 * come — none when it runs again, and a new one only for a new review date.
 */
import { jiraOk, searchCatchesUp } from './aims-site';
import { aimsActionsAbout, createAimsIssue, editAimsIssue } from './aims-rest';
import { scheduledBody, utcDay } from '../../support/utc-day';
import { callAs } from '../../support/test-site';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const control = (summary: string, evidence: string) =>
  createAimsIssue(s, 'manager', 'aiControl', summary, {
    isoReference: 'ISO42001:A.6.2.6',
    applicability: 'Included',
    justification: 'Operated AI systems are monitored.',
    evidence,
  });

const reviewDateOf = async (key: string) => {
  const field = s.ids.fields.evidenceReviewDate ?? '';
  const issue = await jiraOk<{ fields: Record<string, unknown> }>(
    s.site,
    'auditor',
    'GET',
    `/rest/api/3/issue/${key}?fields=${field}`,
  );
  return issue.fields[field];
};

const reviewActions = (controlKey: string) => aimsActionsAbout(s, controlKey);

describe('evidence currency of AI Controls', () => {
  it('keeps "Evidence review date" at the earliest review date of the evidence lines', async () => {
    const key = await control(
      'Monitoring of operated AI systems',
      [
        `${utcDay(-300)}/${utcDay(60)} Monitoring runbook https://example.com/runbook`,
        `${utcDay(-100)}/${utcDay(20)} Drift dashboard https://example.com/drift`,
      ].join('\n'),
    );
    await s.host.waitForIdle();
    expect(await reviewDateOf(key)).toBe(utcDay(20));

    // The dashboard reviewed: its new review date moves the control's on.
    await editAimsIssue(s, 'manager', key, {
      evidence: [
        `${utcDay(-300)}/${utcDay(60)} Monitoring runbook https://example.com/runbook`,
        `${utcDay(0)}/${utcDay(365)} Drift dashboard https://example.com/drift`,
      ].join('\n'),
    });
    await s.host.waitForIdle();
    expect(await reviewDateOf(key)).toBe(utcDay(60));

    // The date is the evidence's: edited by hand, the app puts it back.
    await editAimsIssue(s, 'manager', key, { evidenceReviewDate: utcDay(500) });
    await s.host.waitForIdle();
    expect(await reviewDateOf(key)).toBe(utcDay(60));

    // Evidence without review dates leaves nothing to search for.
    await editAimsIssue(s, 'manager', key, { evidence: 'Monitoring runbook (no dates)' });
    await s.host.waitForIdle();
    expect((await reviewDateOf(key)) ?? null).toBeNull();
  }, 60_000);

  it('the daily scan opens one AIMS Action for stale evidence, and none when run again', async () => {
    const stale = await control(
      'Logging of operated AI systems',
      `${utcDay(-400)}/${utcDay(-2)} Log retention procedure https://example.com/logs`,
    );
    const current = await control(
      'Oversight of operated AI systems',
      `${utcDay(-10)}/${utcDay(300)} Oversight procedure https://example.com/oversight`,
    );
    await s.host.waitForIdle();
    searchCatchesUp(s.site);

    const dueField = s.ids.fields.evidenceReviewDate?.replace('customfield_', '') ?? '';
    const due = await jiraOk<{ issues: { key: string }[] }>(
      s.site,
      'auditor',
      'POST',
      '/rest/api/3/search/jql',
      { jql: `project = AIMS AND cf[${dueField}] <= "${utcDay(0)}"`, fields: ['summary'] },
    );
    expect(due.issues.map((i) => i.key)).toContain(stale);
    expect(due.issues.map((i) => i.key)).not.toContain(current);

    const first = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(first).toMatchObject({ outcome: 'done' });
    searchCatchesUp(s.site);
    expect(await reviewActions(stale)).toEqual([
      expect.objectContaining({
        fields: expect.objectContaining({
          summary: `Review the evidence of ${stale}`,
          duedate: utcDay(-2),
        }),
      }),
    ]);
    expect(await reviewActions(current)).toEqual([]);

    const second = scheduledBody(await s.host.runScheduledTrigger('aims-overdue-scan'));
    expect(second).toMatchObject({ outcome: 'done', part: { evidenceReviews: [] } });
    searchCatchesUp(s.site);
    expect(await reviewActions(stale)).toHaveLength(1);
  }, 90_000);

  it('refuses an "Evidence review date" that is not a date, and keeps the one recorded', async () => {
    const key = await control(
      'Event logs of AI systems',
      `${utcDay(-30)}/${utcDay(90)} Event log design https://example.com/events`,
    );
    await s.host.waitForIdle();
    const field = s.ids.fields.evidenceReviewDate ?? '';
    const res = await callAs(s.site, 'manager', 'PUT', `/rest/api/3/issue/${key}`, {
      fields: { [field]: 'next spring' },
    });
    expect(res.status).toBe(400);
    expect(await reviewDateOf(key)).toBe(utcDay(90));
  }, 60_000);
});
