/**
 * The scheduled scans as resumable passes (resumable-scan.ts), on the platform: cursors in KVS,
 * continuations on the `aims-scans` queue, each part time-boxed by what the invocation has left.
 */
import { confluenceAsApp, jiraAsApp } from '../jira/forge-clients';
import type { ActiveAims } from '../jira/active-aims';
import type { ScanName } from '../storage/scan-cursor';
import { kvsScanCursors } from '../storage/scan-cursor';
import type { ProvisioningState } from '../storage/provisioning-state';
import { invocationTimeBox } from '../workflows/provisioning/invocation-time-box';
import type { OverdueScanSummary } from './overdue-labels';
import { overduePass } from './overdue-labels';
import type { PolicyReviewScanResult } from './policy-review-actions';
import { policyReviewPass } from './policy-review-actions';
import type { ScanDeps, ScanPartOutcome, ScanTrigger } from './resumable-scan';
import { runScanPart } from './resumable-scan';
import { forgeScanQueue } from './scan-queue';

const platformDeps = (): ScanDeps => ({
  cursors: kvsScanCursors,
  queue: forgeScanQueue,
  timeBox: invocationTimeBox(),
  now: () => new Date(),
});

export interface ScanPartReport<T> {
  scan: ScanName;
  outcome: ScanPartOutcome['kind'];
  /** Why the part did nothing (skipped). */
  reason?: string;
  /** What the pass did in all so far (from its cursor). */
  totals: Record<string, number>;
  /** What this part did. */
  part: T;
}

function report<T>(scan: ScanName, outcome: ScanPartOutcome, part: T): ScanPartReport<T> {
  return outcome.kind === 'skipped'
    ? { scan, outcome: outcome.kind, reason: outcome.reason, totals: {}, part }
    : { scan, outcome: outcome.kind, totals: { ...outcome.cursor.totals }, part };
}

/** One part of the day's overdue scan, as the app. */
export async function runOverdueScan(
  trigger: ScanTrigger,
  aims: ActiveAims,
  deps: ScanDeps = platformDeps(),
): Promise<ScanPartReport<OverdueScanSummary>> {
  const summary: OverdueScanSummary = {
    overdue: null,
    labelled: [],
    unlabelled: [],
    impactReviews: [],
    riskReassessments: [],
    competenceExpiries: [],
    evidenceReviews: [],
    nonconformitiesRaised: [],
    done: false,
  };
  const outcome = await runScanPart(deps, trigger, overduePass(jiraAsApp(), aims, summary));
  return report('overdue', outcome, summary);
}

/** One part of the day's policy review scan, as the app. */
export async function runPolicyReviewScan(
  trigger: ScanTrigger,
  state: ProvisioningState,
  deps: ScanDeps = platformDeps(),
): Promise<ScanPartReport<PolicyReviewScanResult>> {
  const result: PolicyReviewScanResult = { scanned: 0, opened: [], skipped: [] };
  const clients = { confluence: confluenceAsApp(), jira: jiraAsApp() };
  const outcome = await runScanPart(
    deps,
    trigger,
    policyReviewPass(state, clients, deps.now(), result),
  );
  return report('policy-review', outcome, result);
}
