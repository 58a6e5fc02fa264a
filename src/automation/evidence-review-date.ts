/**
 * Keeps an AI Control's "Evidence review date" field equal to the earliest review date of the
 * evidence items its "Evidence" field records (7.5), so Jira can search and count the controls
 * whose evidence is due (the daily scan, the overview). Runs as the app on the control's created
 * and updated events; it writes only when the date differs, so a repeated event, and the update
 * event its own write causes, change nothing.
 */
import { route } from '@forge/api';
import { nextEvidenceReviewDate, parseEvidenceText } from '../domain/evidence';
import type { ActiveAims } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { toJiraFields } from '../jira/aims-issue';
import { textOf } from '../jira/jira-option-values';
import type { ProductClient } from '../jira/product-client';

export async function syncEvidenceReviewDate(
  jira: ProductClient,
  aims: ActiveAims,
  controlKey: string,
): Promise<string | undefined> {
  if (!aims.state.fields.evidenceReviewDate || !aims.state.fields.evidence) return undefined;
  const control = await loadAimsIssue(jira, aims.state, controlKey, [
    'evidence',
    'evidenceReviewDate',
  ]);
  const wanted = nextEvidenceReviewDate(parseEvidenceText(textOf(control.values.evidence)));
  const recorded = textOf(control.values.evidenceReviewDate);
  if (wanted === recorded) return undefined;
  await jira.sendNoContent(route`/rest/api/3/issue/${controlKey}`, 'PUT', {
    fields: toJiraFields(aims.state, { evidenceReviewDate: wanted }),
  });
  return `evidence review date ${wanted ?? 'cleared'}`;
}
