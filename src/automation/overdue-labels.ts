/**
 * Labels open Nonconformities and Corrective Actions past their due date `aims-overdue` (so boards
 * and filters show them), and takes the label off work that is done or no longer overdue; then
 * opens the due reviews of impact assessments. Only the issues whose label must change are
 * searched (keys only: pages of 5 000, in key order) and they are edited together by Jira's bulk
 * edit (1 000 a request, issue-bulk-edit.ts), never one by one. Already-labelled issues are not
 * found, so running it again changes nothing. A pass
 * over more issues than one invocation can edit goes on in the next part after the last key it
 * did (see resumable-scan.ts).
 */
import type { ActiveAims } from '../jira/active-aims';
import { BULK_EDIT_MAX_ISSUES, bulkEditLabel } from '../jira/issue-bulk-edit';
import { approximateCount, searchPages } from '../jira/issue-search';
import { jql } from '../jira/jql-builder';
import type { JqlClause } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import { openDueImpactReviews } from './impact-review-actions';
import type { ScanPass, ScanProgress } from './resumable-scan';

export const OVERDUE_LABEL = 'aims-overdue';

/** What one part of the overdue scan did. */
export interface OverdueScanSummary {
  /** How many open NCs and CAs are overdue now (counted when the pass ends). */
  overdue: number | null;
  labelled: string[];
  unlabelled: string[];
  /** AIMS Actions opened for impact assessments due for review (8.4). */
  impactReviews: string[];
  /** True when the day's pass is complete. */
  done: boolean;
}

/** JQL of the open NCs and CAs of the project whose due date is before `today` (YYYY-MM-DD). */
export function overdueJql(aims: ActiveAims, today: string): JqlClause {
  const { config, state } = aims;
  return jql.and(
    jql.eq('project', state.projectKey),
    jql.in('issuetype', [
      config.issueTypeNames.nonconformity,
      config.issueTypeNames.correctiveAction,
    ]),
    jql.statusCategoryNot('done'),
    jql.lt('duedate', today),
  );
}

/** Labelled issues that are done, have no due date or are no longer past it. */
function staleJql(aims: ActiveAims, today: string): JqlClause {
  return jql.and(
    jql.eq('project', aims.state.projectKey),
    jql.eq('labels', OVERDUE_LABEL),
    jql.or(jql.eq('statusCategory', 'Done'), jql.isEmpty('duedate'), jql.gte('duedate', today)),
  );
}

const PHASES = ['label', 'unlabel', 'impact-review'] as const;

/**
 * Adds or removes the label on every issue `where` finds after the cursor's last key, in key
 * order, by bulk edits of up to 1 000 issues, until the part should stop. True when it went
 * through all of them.
 */
async function editAll(
  jira: ProductClient,
  progress: ScanProgress,
  where: JqlClause,
  op: 'ADD' | 'REMOVE',
  done: string[],
): Promise<boolean> {
  const after = progress.cursor.after;
  const search = {
    jql: jql.orderBy(jql.and(where, after !== undefined && jql.gt('key', after)), 'key'),
    fields: ['key'],
  };
  const counter = op === 'ADD' ? 'labelled' : 'unlabelled';
  for await (const page of searchPages(jira, search)) {
    for (let i = 0; i < page.length; i += BULK_EDIT_MAX_ISSUES) {
      if (progress.shouldStop()) return false;
      const chunk = page.slice(i, i + BULK_EDIT_MAX_ISSUES);
      const last = chunk.at(-1);
      if (!last) break;
      // An issue the search still shows in its old state (search lags behind edits) is edited
      // again: adding a label it has, or removing one it lacks, changes nothing.
      const outcome = await bulkEditLabel(
        jira,
        chunk.map((issue) => issue.id),
        OVERDUE_LABEL,
        op,
      );
      // Jira has not finished the edit yet: this part stops, and the next one edits the same
      // issues again from the cursor (adding a label an issue has, or removing one it lacks, is a no-op).
      if (!outcome) return false;
      const edited = chunk.filter((issue) => outcome.editedIds.has(issue.id));
      done.push(...edited.map((issue) => issue.key));
      await progress.batchDone(last.key, { [counter]: edited.length });
    }
  }
  return true;
}

/**
 * The overdue scan as a resumable pass: label what is overdue, then unlabel what is not, then
 * open the review actions of impact assessments whose review has fallen due (impact-review-actions.ts).
 */
export function overduePass(
  jira: ProductClient,
  aims: ActiveAims,
  summary: OverdueScanSummary,
): ScanPass {
  return {
    scan: 'overdue',
    firstPhase: PHASES[0],
    async run(progress) {
      const today = progress.cursor.day;
      if (progress.cursor.phase === 'label') {
        const notLabelled = jql.or(jql.isEmpty('labels'), jql.notIn('labels', [OVERDUE_LABEL]));
        const where = jql.and(overdueJql(aims, today), notLabelled);
        if (!(await editAll(jira, progress, where, 'ADD', summary.labelled))) return 'paused';
        await progress.nextPhase('unlabel');
      }
      if (progress.cursor.phase === 'unlabel') {
        const stale = staleJql(aims, today);
        if (!(await editAll(jira, progress, stale, 'REMOVE', summary.unlabelled))) return 'paused';
        await progress.nextPhase('impact-review');
      }
      if (!(await openDueImpactReviews(jira, aims, progress, summary.impactReviews)))
        return 'paused';
      summary.overdue = await approximateCount(jira, overdueJql(aims, today));
      summary.done = true;
      return 'done';
    },
  };
}
