/**
 * A scheduled scan over more issues or pages than one invocation can handle, run in parts. Each
 * part works until its time box is used (only after it has done something, so every part moves
 * the pass on however slow the products are), saves its cursor in KVS and queues the next part
 * with the cursor's part number. The cursor, not the event, says where the pass stands: a queued
 * continuation goes on from it; a scheduled run leaves a pass that is going on to its queued parts
 * and otherwise starts a new pass (also when a pass stopped moving for STALL_AFTER_MS because its
 * continuation was lost: the new pass covers everything again). Events are delivered at least
 * once: a part whose number is not the cursor's, or whose pass is finished or of another day,
 * does nothing.
 */
import { z } from 'zod';
import { utcDate } from '../domain/calendar';
import type { ScanCursor, ScanCursorStore, ScanName } from '../storage/scan-cursor';
import { SCAN_NAMES } from '../storage/scan-cursor';
import type { TimeBox } from '../workflows/provisioning/step-runner';

/** The body of a continuation event on the scans queue. */
export const scanEventSchema = z.object({
  scan: z.enum(SCAN_NAMES),
  day: z.iso.date(),
  part: z.number().int().min(0),
});
export type ScanEvent = z.infer<typeof scanEventSchema>;

export interface ScanQueue {
  push(event: ScanEvent): Promise<void>;
}

/** A pass nobody moved for this long lost its continuation; the next scheduled run takes over. */
export const STALL_AFTER_MS = 20 * 60_000;

/** Saves the cursor after this many items (and always when a part stops). */
const CHECKPOINT_EVERY = 25;

export interface ScanDeps {
  cursors: ScanCursorStore;
  queue: ScanQueue;
  timeBox: TimeBox;
  now(): Date;
}

/** What one part of a pass may do with the cursor while it works. */
export interface ScanProgress {
  readonly cursor: ScanCursor;
  /** True when the part should stop now (its time is up and it has done something). */
  shouldStop(): boolean;
  /** One item is done: the next part goes on after `after`. */
  itemDone(after: string, counts?: Readonly<Record<string, number>>): Promise<void>;
  /**
   * True when the part has no time left to wait for anything, even before it has done something
   * (a part that waits on past its time box risks being stopped at the invocation's limit).
   */
  outOfTime(): boolean;
  /** A task was submitted for the items up to `last`; the cursor keeps it until its batch is done. */
  taskPending(taskId: string, last: string): Promise<void>;
  /**
   * A batch of items up to `after` is done (a bulk write; its pending task, if any, is finished):
   * the cursor is saved at once.
   */
  batchDone(after: string, counts?: Readonly<Record<string, number>>): Promise<void>;
  /** The phase is done; the pass goes on with `phase` from its start (the part may stop now). */
  nextPhase(phase: string): Promise<void>;
}

export interface ScanPass {
  scan: ScanName;
  firstPhase: string;
  /** Works from the cursor on; 'done' when the pass is complete, 'paused' when it stopped early. */
  run(progress: ScanProgress): Promise<'done' | 'paused'>;
}

export type ScanTrigger = { kind: 'schedule' } | { kind: 'continue'; event: ScanEvent };

export type ScanPartOutcome =
  { kind: 'done' | 'paused'; cursor: ScanCursor } | { kind: 'skipped'; reason: string };

/** Runs one part of the day's pass of `pass.scan` (see the file comment). */
export async function runScanPart(
  deps: ScanDeps,
  trigger: ScanTrigger,
  pass: ScanPass,
): Promise<ScanPartOutcome> {
  const now = deps.now();
  const start = await partToRun(deps, trigger, pass, now);
  if ('skip' in start) return { kind: 'skipped', reason: start.skip };
  const cursor: ScanCursor = { ...start.cursor, part: start.cursor.part + 1 };
  await save(deps, cursor);

  let progressed = false;
  let sinceSave = 0;
  const advance = (after: string, counts: Readonly<Record<string, number>>): void => {
    cursor.after = after;
    for (const [name, n] of Object.entries(counts))
      cursor.totals[name] = (cursor.totals[name] ?? 0) + n;
    progressed = true;
  };
  const progress: ScanProgress = {
    cursor,
    shouldStop: () => progressed && deps.timeBox.timeUp(),
    outOfTime: () => deps.timeBox.timeUp(),
    taskPending: async (taskId, last) => {
      cursor.pendingTask = { taskId, last };
      await save(deps, cursor);
    },
    itemDone: async (after, counts = {}) => {
      advance(after, counts);
      sinceSave += 1;
      if (sinceSave >= CHECKPOINT_EVERY) {
        sinceSave = 0;
        await save(deps, cursor);
      }
    },
    batchDone: async (after, counts = {}) => {
      delete cursor.pendingTask;
      advance(after, counts);
      sinceSave = 0;
      await save(deps, cursor);
    },
    nextPhase: async (phase) => {
      cursor.phase = phase;
      delete cursor.after;
      delete cursor.pendingTask;
      progressed = true; // a finished phase moved the pass on: the part may stop here
      await save(deps, cursor);
      progressed = true; // a finished phase is saved: the next part may start the new one
    },
  };
  const result = await pass.run(progress);
  if (result === 'done') {
    cursor.done = true;
    await save(deps, cursor);
    return { kind: 'done', cursor };
  }
  await save(deps, cursor);
  await deps.queue.push({ scan: cursor.scan, day: cursor.day, part: cursor.part });
  return { kind: 'paused', cursor };
}

async function partToRun(
  deps: ScanDeps,
  trigger: ScanTrigger,
  pass: ScanPass,
  now: Date,
): Promise<{ cursor: ScanCursor } | { skip: string }> {
  const existing = await deps.cursors.load(pass.scan);
  if (trigger.kind === 'continue') {
    const { event } = trigger;
    if (!existing || existing.done || existing.day !== event.day || existing.part !== event.part)
      return { skip: 'a duplicate or out-of-date continuation' };
    return { cursor: existing };
  }
  if (existing && !existing.done && now.getTime() - Date.parse(existing.updatedAt) < STALL_AFTER_MS)
    return { skip: 'a pass is going on in queued parts' };
  const today = utcDate(now);
  const at = now.toISOString();
  return {
    cursor: {
      scan: pass.scan,
      day: today,
      part: 0,
      phase: pass.firstPhase,
      done: false,
      totals: {},
      startedAt: at,
      updatedAt: at,
    },
  };
}

async function save(deps: ScanDeps, cursor: ScanCursor): Promise<void> {
  cursor.updatedAt = deps.now().toISOString();
  await deps.cursors.save(cursor);
}
