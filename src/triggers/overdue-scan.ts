/** Scheduled trigger `aims-overdue-scan` (daily): labels overdue nonconformities and corrective actions. */
import { scanOverdueWork } from '../automation/overdue-labels';
import type { OverdueScanSummary } from '../automation/overdue-labels';
import { utcDate } from '../domain/calendar';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsApp } from '../jira/forge-clients';

export async function flagOverdueWork(): Promise<OverdueScanSummary | { skipped: string }> {
  const aims = await loadActiveAims();
  if (!aims) return { skipped: 'the app is not provisioned' };
  const summary = await scanOverdueWork(jiraAsApp(), aims, utcDate(new Date()));
  console.log(
    `[aims] overdue scan: about ${summary.overdue} overdue nonconformities and corrective actions; labelled ${summary.labelled.length}, unlabelled ${summary.unlabelled.length}`,
  );
  return summary;
}
