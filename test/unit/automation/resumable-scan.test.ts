import type { ScanDeps, ScanEvent, ScanPass } from '../../../src/automation/resumable-scan';
import { STALL_AFTER_MS, runScanPart } from '../../../src/automation/resumable-scan';
import type { ScanCursor } from '../../../src/storage/scan-cursor';

/** A pass over items 'a'…'j' that does `perPart` items a part, recording what it did. */
function itemsPass(done: string[], perPart: number): ScanPass {
  const items = 'abcdefghij'.split('');
  return {
    scan: 'overdue',
    firstPhase: 'items',
    async run(progress) {
      let inPart = 0;
      const after = progress.cursor.after;
      for (const item of items.filter((i) => after === undefined || i > after)) {
        if (progress.shouldStop()) return 'paused';
        done.push(item);
        inPart += 1;
        await progress.itemDone(item, { items: 1 });
        if (inPart === perPart) budget.used = true;
      }
      return 'done';
    },
  };
}

const budget = { used: false };

function deps(start: Date) {
  let stored: ScanCursor | undefined;
  const queued: ScanEvent[] = [];
  const clock = { now: start };
  const d: ScanDeps = {
    cursors: {
      load: async () => (stored ? structuredClone(stored) : undefined),
      save: async (c) => {
        stored = structuredClone(c);
      },
    },
    queue: { push: async (e) => void queued.push(e) },
    timeBox: { timeUp: () => budget.used },
    now: () => clock.now,
  };
  return { d, queued, clock, stored: () => stored };
}

beforeEach(() => {
  budget.used = false;
});

describe('a scan in resumable parts', () => {
  it('keeps a task the part could not wait for in the cursor until its batch is done', async () => {
    const seen: (ScanCursor['pendingTask'] | undefined)[] = [];
    const pass: ScanPass = {
      scan: 'overdue',
      firstPhase: 'edit',
      async run(progress) {
        seen.push(progress.cursor.pendingTask && { ...progress.cursor.pendingTask });
        if (progress.cursor.pendingTask) {
          await progress.batchDone(progress.cursor.pendingTask.last, { edited: 3 });
          return 'done';
        }
        await progress.taskPending('10001', 'c');
        budget.used = true; // Jira is still at it when the part's time is up
        return progress.outOfTime() ? 'paused' : 'done';
      },
    };
    const { d, queued, stored } = deps(new Date('2026-07-01T03:00:00Z'));
    expect((await runScanPart(d, { kind: 'schedule' }, pass)).kind).toBe('paused');
    expect(stored()).toMatchObject({ pendingTask: { taskId: '10001', last: 'c' }, done: false });
    budget.used = false;
    const event = queued[0] as ScanEvent;
    expect((await runScanPart(d, { kind: 'continue', event }, pass)).kind).toBe('done');
    expect(seen).toEqual([undefined, { taskId: '10001', last: 'c' }]);
    expect(stored()).toMatchObject({ after: 'c', done: true, totals: { edited: 3 } });
    expect(stored()?.pendingTask).toBeUndefined();
  });

  it('goes on from its cursor in queued parts until the pass is done', async () => {
    const done: string[] = [];
    const { d, queued, stored } = deps(new Date('2026-07-01T03:00:00Z'));
    const first = await runScanPart(d, { kind: 'schedule' }, itemsPass(done, 4));
    expect(first.kind).toBe('paused');
    expect(queued).toEqual([{ scan: 'overdue', day: '2026-07-01', part: 1 }]);
    expect(stored()).toMatchObject({ part: 1, after: 'd', done: false, totals: { items: 4 } });

    for (let i = 0; i < 2; i += 1) {
      budget.used = false;
      const event = queued[queued.length - 1] as ScanEvent;
      await runScanPart(d, { kind: 'continue', event }, itemsPass(done, 4));
    }
    expect(done).toEqual('abcdefghij'.split(''));
    expect(stored()).toMatchObject({ part: 3, done: true, totals: { items: 10 } });
    expect(queued).toHaveLength(2);
  });

  it('does nothing for a repeated or out-of-date continuation', async () => {
    const done: string[] = [];
    const { d, queued } = deps(new Date('2026-07-01T03:00:00Z'));
    await runScanPart(d, { kind: 'schedule' }, itemsPass(done, 5));
    budget.used = false;
    const event = queued[0] as ScanEvent;
    await runScanPart(d, { kind: 'continue', event }, itemsPass(done, 5));
    const repeated = await runScanPart(d, { kind: 'continue', event }, itemsPass(done, 5));
    expect(repeated.kind).toBe('skipped');
    const otherDay = await runScanPart(
      d,
      { kind: 'continue', event: { ...event, day: '2026-06-30' } },
      itemsPass(done, 5),
    );
    expect(otherDay.kind).toBe('skipped');
    expect(done).toEqual('abcdefghij'.split(''));
  });

  it('leaves a pass that is going on to its parts, and starts anew when it stopped moving', async () => {
    const done: string[] = [];
    const { d, clock, stored } = deps(new Date('2026-07-01T03:00:00Z'));
    await runScanPart(d, { kind: 'schedule' }, itemsPass(done, 3));
    budget.used = false;
    clock.now = new Date(clock.now.getTime() + STALL_AFTER_MS - 1);
    expect((await runScanPart(d, { kind: 'schedule' }, itemsPass(done, 3))).kind).toBe('skipped');

    // The continuation was lost: after STALL_AFTER_MS the scheduled run starts a new pass.
    clock.now = new Date(clock.now.getTime() + 2);
    const anew = await runScanPart(d, { kind: 'schedule' }, itemsPass(done, 100));
    expect(anew.kind).toBe('done');
    expect(done).toEqual(['a', 'b', 'c', ...'abcdefghij'.split('')]);
    expect(stored()).toMatchObject({ part: 1, done: true, totals: { items: 10 } });
  });

  it('moves on by at least one item however little time a part has', async () => {
    const done: string[] = [];
    const { d } = deps(new Date('2026-07-01T03:00:00Z'));
    budget.used = true;
    await runScanPart(d, { kind: 'schedule' }, itemsPass(done, 1));
    expect(done).toEqual(['a']);
  });
});
