/**
 * Scheduled trigger `aims-overdue-scan` (daily): labels overdue nonconformities and corrective
 * actions, opens due impact assessment reviews, risk reassessments and expired competence
 * renewals, raises the nonconformities findings still miss.
 */
import type { OverdueScanSummary } from '../automation/overdue-labels';
import type { ScanPartReport } from '../automation/scheduled-scans';
import { runOverdueScan } from '../automation/scheduled-scans';
import { loadActiveAims } from '../jira/active-aims';
import type { ScheduledTriggerResponse } from './scheduled-response';
import { scheduledTriggerResponse } from './scheduled-response';

/** The scheduled trigger: answers as Forge expects, with the report of the scan's part as the body. */
export async function flagOverdueWork(): Promise<ScheduledTriggerResponse> {
  const aims = await loadActiveAims();
  if (!aims) return scheduledTriggerResponse({ skipped: 'the app is not provisioned' });
  const report = await runOverdueScan({ kind: 'schedule' }, aims);
  logOverdueScan(report);
  return scheduledTriggerResponse(report);
}

export function logOverdueScan(report: ScanPartReport<OverdueScanSummary>): void {
  if (report.outcome === 'skipped') return;
  const { part } = report;
  console.log(
    `[aims] overdue scan (${report.outcome}): labelled ${part.labelled.length}, unlabelled ${part.unlabelled.length}, impact reviews opened ${part.impactReviews.length}, risk reassessments opened ${part.riskReassessments.length}, competence renewals opened ${part.competenceExpiries.length}, evidence reviews opened ${part.evidenceReviews.length}, missing nonconformities raised ${part.nonconformitiesRaised.length} in this part` +
      (part.overdue === null
        ? ''
        : `; about ${part.overdue} overdue nonconformities and corrective actions`),
  );
}
