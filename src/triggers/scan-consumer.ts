import { z } from 'zod';
import { scanEventSchema } from '../automation/resumable-scan';
import { runOverdueScan, runPolicyReviewScan } from '../automation/scheduled-scans';
import { loadActiveAims } from '../jira/active-aims';
import { logOverdueScan } from './overdue-scan';
import { logPolicyReviewScan } from './policy-review-scan';

const asyncEventSchema = z.looseObject({ body: scanEventSchema });

/**
 * The `aims-scans` queue's consumer: the next part of a scheduled scan that did not finish in
 * its invocation (the cursor in KVS says where it stands; a duplicate delivery does nothing).
 */
export async function onScanEvent(event: unknown): Promise<unknown> {
  const parsed = asyncEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn(`[aims] ignored a malformed scan event: ${parsed.error.message}`);
    return undefined;
  }
  const trigger = { kind: 'continue' as const, event: parsed.data.body };
  const aims = await loadActiveAims();
  if (!aims) return { skipped: 'the app is not provisioned' };
  if (parsed.data.body.scan === 'overdue') {
    const report = await runOverdueScan(trigger, aims);
    logOverdueScan(report);
    return report;
  }
  const report = await runPolicyReviewScan(trigger, aims.state);
  logPolicyReviewScan(report);
  return report;
}
