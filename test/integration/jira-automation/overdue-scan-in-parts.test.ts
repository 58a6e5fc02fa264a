/**
 * The overdue scan over more issues than one invocation can edit: the labels change by Jira's bulk
 * edit, 1 000 issues a request (submitted, then its progress read); with 8 s charged to each of the
 * app's product calls (virtual clock), one part does one bulk edit before its time box is used; it
 * saves its cursor in KVS and queues the next part on `aims-scans`, until every overdue issue is
 * labelled — and every labelled one no longer overdue unlabelled — each part well inside the 55 s
 * a scheduled or consumer function has.
 */
import { jiraModels } from '../../../emulator/jira';
import { BULK_EDIT_MAX_ISSUES } from '../../../src/jira/issue-bulk-edit';
import { jiraOk, searchCatchesUp } from './aims-site';
import { scheduledBody, utcDay } from '../../support/utc-day';
import { aimsSitePerFile } from './aims-site-per-file';

/** More than two bulk edits' worth: at least three parts. */
const ISSUES = 2100;
const SLOW_PRODUCT = { productMs: 8000, clock: 'virtual' } as const;
const s = aimsSitePerFile();

const day = utcDay;

/** How many issues match, once search has caught up with every write (a day's scan runs later). */
async function count(jql: string): Promise<number> {
  searchCatchesUp(s.site);
  return (
    await jiraOk<{ count: number }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/approximate-count',
      { jql },
    )
  ).count;
}

/** `n` open nonconformities due on `dueDate`, with `labels`. */
async function createNonconformities(
  n: number,
  dueDate: string,
  labels: string[] = [],
): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < n; i += 50) {
    const created = await jiraOk<{ issues: { key: string }[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/issue/bulk',
      {
        issueUpdates: Array.from({ length: Math.min(50, n - i) }, (_, j) => ({
          fields: {
            project: { key: 'AIMS' },
            issuetype: { id: s.ids.issueTypes.nonconformity },
            summary: `Nonconformity ${i + j + 1} due ${dueDate}`,
            duedate: dueDate,
            labels,
          },
        })),
      },
    );
    keys.push(...created.issues.map((x) => x.key));
  }
  await s.host.waitForIdle();
  searchCatchesUp(s.site); // the scan runs a day later, not right after the writes
  return keys;
}

const reportOf = scheduledBody;

const scanParts = () =>
  s.host.invocations.filter(
    (i) => i.functionKey === 'scan-consumer' || i.functionKey === 'overdue-scan',
  );

/**
 * The scan parts recorded from now on, by record rather than by position: the host keeps only its
 * most recent invocations, so positions shift once the triggers of thousands of edits fill it.
 */
function scanPartsFromNow(): () => ReturnType<typeof scanParts> {
  const earlier = new Set(scanParts());
  return () => scanParts().filter((part) => !earlier.has(part));
}

/** Every part ended by itself, inside its time limit (none stopped by the platform). */
function expectEachInsideItsLimit(parts: ReturnType<typeof scanParts>): void {
  for (const part of parts) {
    expect(part.outcome).toBe('ok');
    expect(part.elapsedMs).toBeLessThan(part.limitMs);
  }
}

/** The pass is done: the next scheduled run starts a new one, which finds nothing to change. */
async function expectPassComplete(): Promise<void> {
  searchCatchesUp(s.site);
  const next = await s.host.runScheduledTrigger('aims-overdue-scan');
  expect(reportOf(next)).toMatchObject({
    outcome: 'done',
    part: { labelled: [], unlabelled: [] },
  });
}

describe('the overdue scan in resumable parts', () => {
  beforeAll(async () => {
    await createNonconformities(ISSUES, day(-2));
  }, 120_000);

  it('labels every overdue issue over several parts, each inside its time limit', async () => {
    s.host.setLatency(SLOW_PRODUCT);
    const partsSinceNow = scanPartsFromNow();
    const first = await s.host.runScheduledTrigger('aims-overdue-scan');
    expect(reportOf(first)).toMatchObject({ outcome: 'paused' });
    await s.host.waitForIdle();
    s.host.setLatency({ productMs: 0 });

    expect(await count('project = AIMS AND labels = "aims-overdue"')).toBe(ISSUES);
    const parts = partsSinceNow();
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expectEachInsideItsLimit(parts);
    // A repeated delivery of a part that already ran does nothing.
    const again = (await s.host.invokeFunction('scan-consumer', {
      body: { scan: 'overdue', day: day(0), part: 1 },
    })) as { outcome: string };
    expect(again.outcome).toBe('skipped');
    await expectPassComplete();
  }, 180_000);

  it('takes the label off over several parts from issues no longer overdue', async () => {
    // Labelled by an earlier run; their due dates have moved since.
    const moved = await createNonconformities(ISSUES, day(30), ['aims-overdue']);
    expect(moved).toHaveLength(ISSUES);
    s.host.setLatency(SLOW_PRODUCT);
    const partsSinceNow = scanPartsFromNow();
    await s.host.runScheduledTrigger('aims-overdue-scan');
    await s.host.waitForIdle();
    s.host.setLatency({ productMs: 0 });

    expect(await count('project = AIMS AND labels = "aims-overdue"')).toBe(ISSUES);
    expect(
      await count(`project = AIMS AND labels = "aims-overdue" AND duedate >= "${day(0)}"`),
    ).toBe(0);
    const parts = partsSinceNow();
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expectEachInsideItsLimit(parts);
  }, 240_000);

  it('finishes the pass when Jira takes longer over a bulk edit than a part can wait', async () => {
    // Each bulk edit answers RUNNING to its first 4 progress reads: at 8 s a read, a part that
    // kept waiting would reach its 55 s limit and be stopped, its continuation lost.
    const fresh = await createNonconformities(BULK_EDIT_MAX_ISSUES + 100, day(-3));
    const tasks = jiraModels(s.site.ctx).tasks;
    tasks.progressReadsRunning = 4;
    s.host.setLatency(SLOW_PRODUCT);
    const partsSinceNow = scanPartsFromNow();
    try {
      const first = await s.host.runScheduledTrigger('aims-overdue-scan');
      expect(reportOf(first)).toMatchObject({ outcome: 'paused', part: { labelled: [] } });
      await s.host.waitForIdle();
    } finally {
      tasks.progressReadsRunning = 0;
      s.host.setLatency({ productMs: 0 });
    }

    expect(await count('project = AIMS AND labels = "aims-overdue"')).toBe(ISSUES + fresh.length);
    const parts = partsSinceNow();
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expectEachInsideItsLimit(parts);
    await expectPassComplete();
  }, 240_000);
});
