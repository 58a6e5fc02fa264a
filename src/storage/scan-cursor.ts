/**
 * Where a scheduled scan stands (the overdue scan, the policy review scan): the day its pass is
 * for, the part that may continue it, the phase and the last item done in it. A scan that cannot
 * finish in one invocation saves this and goes on in the next — a queued continuation event or
 * the next scheduled run, whichever comes (see src/automation/resumable-scan.ts).
 */
import { z } from 'zod';
import { scanCursorKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export const SCAN_NAMES = ['overdue', 'policy-review'] as const;
export type ScanName = (typeof SCAN_NAMES)[number];

export const scanCursorSchema = z.object({
  scan: z.enum(SCAN_NAMES),
  /** The UTC day (YYYY-MM-DD) the pass is for. */
  day: z.iso.date(),
  /** The number of the part that ran last; the event continuing the pass carries it. */
  part: z.number().int().min(0),
  phase: z.string().min(1),
  /** The last item done in the phase (an issue key, a KVS key): the next part goes on after it. */
  after: z.string().optional(),
  /**
   * A bulk edit the phase submitted and has not seen finished (Jira was slower than the part's
   * time): its task, and the last item it covers. The next part follows this task up instead of
   * submitting the same edit again.
   */
  pendingTask: z.object({ taskId: z.string().min(1), last: z.string().min(1) }).optional(),
  done: z.boolean(),
  /** What the pass did so far (issues labelled, pages scanned, …). */
  totals: z.record(z.string(), z.number().int().min(0)),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ScanCursor = z.infer<typeof scanCursorSchema>;

export interface ScanCursorStore {
  load(scan: ScanName): Promise<ScanCursor | undefined>;
  save(cursor: ScanCursor): Promise<void>;
}

/** The cursors in Forge KVS, validated on read and write. */
export const kvsScanCursors: ScanCursorStore = {
  load: (scan) => readStored(scanCursorKey(scan), scanCursorSchema),
  save: async (cursor) => {
    await writeStored(scanCursorKey(cursor.scan), scanCursorSchema, cursor);
  },
};
