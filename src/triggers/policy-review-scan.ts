/**
 * Scheduled trigger `aims-policy-review-scan`: opens one AIMS Action for every AI policy whose
 * policy review has fallen due (see src/automation/policy-review-actions.ts).
 */
import { scanDuePolicyReviews } from '../automation/policy-review-actions';
import type { PolicyReviewScanResult } from '../automation/policy-review-actions';
import { confluenceAsApp, jiraAsApp } from '../jira/forge-clients';
import { loadActiveProjectKey, loadProvisioningState } from '../storage/provisioning-state';
import type { ScheduledTriggerResponse } from './scheduled-response';
import { scheduledTriggerResponse } from './scheduled-response';

/** The scheduled trigger: answers as Forge expects, with the scan's summary as the body. */
export async function openDuePolicyReviews(_request?: unknown): Promise<ScheduledTriggerResponse> {
  const projectKey = await loadActiveProjectKey();
  const state = projectKey ? await loadProvisioningState(projectKey) : undefined;
  let result: PolicyReviewScanResult = { scanned: 0, opened: [], skipped: [] };
  if (!state?.completedAt) {
    console.log(
      '[aims] policy review scan: the AIMS project is not provisioned yet; nothing to do',
    );
  } else {
    const clients = { confluence: confluenceAsApp(), jira: jiraAsApp() };
    result = await scanDuePolicyReviews(state, clients, new Date());
    if (result.opened.length > 0)
      console.log(`[aims] opened ${result.opened.length} policy review action(s)`);
  }
  return scheduledTriggerResponse(result);
}
