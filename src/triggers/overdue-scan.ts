/** Scheduled trigger `aims-overdue-scan` (daily): labels overdue nonconformities and corrective actions. */
import { scanOverdueWork } from '../automation/overdue-labels';
import type { OverdueScanSummary } from '../automation/overdue-labels';
import { utcDate } from '../domain/calendar';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsApp } from '../jira/forge-clients';
import type { ScheduledTriggerResponse } from './scheduled-response';
import { scheduledTriggerResponse } from './scheduled-response';

/** The scheduled trigger: answers as Forge expects, with the scan's summary as the body. */
export async function flagOverdueWork(): Promise<ScheduledTriggerResponse> {
  const aims = await loadActiveAims();
  if (!aims) return scheduledTriggerResponse({ skipped: 'the app is not provisioned' });
  const summary: OverdueScanSummary = await scanOverdueWork(jiraAsApp(), aims, utcDate(new Date()));
  console.log(
    `[aims] overdue scan: about ${summary.overdue} overdue nonconformities and corrective actions; labelled ${summary.labelled.length}, unlabelled ${summary.unlabelled.length}`,
  );
  return scheduledTriggerResponse(summary);
}
