/**
 * Scheduled trigger `aims-policy-review-scan`: opens one AIMS Action for every AI policy whose
 * policy review has fallen due (see src/automation/policy-review-actions.ts).
 */
import type { PolicyReviewScanResult } from '../automation/policy-review-actions';
import type { ScanPartReport } from '../automation/scheduled-scans';
import { runPolicyReviewScan } from '../automation/scheduled-scans';
import { loadActiveProjectKey, loadProvisioningState } from '../storage/provisioning-state';
import type { ScheduledTriggerResponse } from './scheduled-response';
import { scheduledTriggerResponse } from './scheduled-response';

/** The scheduled trigger: answers as Forge expects, with what this part of the scan did as the body. */
export async function openDuePolicyReviews(_request?: unknown): Promise<ScheduledTriggerResponse> {
  const projectKey = await loadActiveProjectKey();
  const state = projectKey ? await loadProvisioningState(projectKey) : undefined;
  if (!state?.completedAt) {
    console.log(
      '[aims] policy review scan: the AIMS project is not provisioned yet; nothing to do',
    );
    const result: PolicyReviewScanResult = { scanned: 0, opened: [], skipped: [] };
    return scheduledTriggerResponse(result);
  }
  const report = await runPolicyReviewScan({ kind: 'schedule' }, state);
  logPolicyReviewScan(report);
  return scheduledTriggerResponse(report.part);
}

export function logPolicyReviewScan(report: ScanPartReport<PolicyReviewScanResult>): void {
  if (report.part.opened.length > 0)
    console.log(`[aims] opened ${report.part.opened.length} policy review action(s)`);
}
