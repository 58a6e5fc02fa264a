/**
 * Labels open Nonconformities and Corrective Actions past their due date `aims-overdue` (so boards
 * and filters show them), and takes the label off work that is done or no longer overdue; then
 * opens the due reviews of impact assessments, the due reassessments of AI risks and the renewals
 * of expired competence records and the reviews of AI Control evidence whose review date has come
 * (7.5), then raises
 * any Nonconformity a graded finding is still missing (missing-nonconformities.ts). Only the
 * issues whose label must change are
 * searched (keys only: pages of 5 000, in key order) and they are edited together by Jira's bulk
 * edit (1 000 a request, issue-bulk-edit.ts), never one by one. Already-labelled issues are not
 * found, so running it again changes nothing. A pass
 * over more issues than one invocation can edit goes on in the next part after the last key it
 * did (see resumable-scan.ts).
 */
import type { ActiveAims } from '../jira/active-aims';
import { BULK_EDIT_MAX_ISSUES, bulkEditOutcome, submitLabelEdit } from '../jira/issue-bulk-edit';
import { approximateCount, searchPages } from '../jira/issue-search';
import { jql } from '../jira/jql-builder';
import type { JqlClause } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import { openDueReviews } from './due-review-actions';
import { IMPACT_REVIEWS } from './impact-review-actions';
import { RISK_REASSESSMENTS } from './risk-reassessment-actions';
import { COMPETENCE_EXPIRIES } from './competence-expiry-actions';
import { EVIDENCE_EXPIRIES } from './evidence-expiry-actions';
import { raiseMissingNonconformities } from './missing-nonconformities';
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
  /** AIMS Actions opened for AI risks due for reassessment (8.2). */
  riskReassessments: string[];
  /** AIMS Actions opened for competence records that expired (7.2, A.4.6). */
  competenceExpiries: string[];
  /** AIMS Actions opened for AI Controls whose evidence is due for review (7.5). */
  evidenceReviews: string[];
  /** Findings whose missing Nonconformity this part raised (their trigger never did). */
  nonconformitiesRaised: string[];
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

const PHASES = [
  'label',
  'unlabel',
  'impact-review',
  'risk-reassessment',
  'competence-expiry',
  'evidence-review',
  'reconcile-findings',
] as const;

/**
 * Adds or removes the label on every issue `where` finds after the cursor's last key, in key
 * order, by bulk edits of up to 1 000 issues, until the part should stop. True when it went
 * through all of them. A bulk edit Jira has not finished when the part runs out of time stays in
 * the cursor (`pendingTask`): the next part follows that task up first, and goes on after its last
 * key once it is done.
 */
async function editAll(
  jira: ProductClient,
  progress: ScanProgress,
  where: JqlClause,
  op: 'ADD' | 'REMOVE',
  done: string[],
): Promise<boolean> {
  const counter = op === 'ADD' ? 'labelled' : 'unlabelled';
  /** Waits for the task of the batch up to `last`; false when the part must stop first. */
  const finish = async (taskId: string, last: string, keyOf: Map<string, string>) => {
    const outcome = await bulkEditOutcome(jira, taskId, progress.outOfTime);
    if (!outcome) return false;
    const edited = [...outcome.editedIds].flatMap((id) => keyOf.get(id) ?? []);
    done.push(...edited);
    await progress.batchDone(last, { [counter]: outcome.editedIds.size });
    return true;
  };
  const pending = progress.cursor.pendingTask;
  if (pending && !(await finish(pending.taskId, pending.last, new Map()))) return false;
  const after = progress.cursor.after;
  const search = {
    jql: jql.orderBy(jql.and(where, after !== undefined && jql.gt('key', after)), 'key'),
    fields: ['key'],
  };
  for await (const page of searchPages(jira, search)) {
    for (let i = 0; i < page.length; i += BULK_EDIT_MAX_ISSUES) {
      if (progress.shouldStop()) return false;
      const chunk = page.slice(i, i + BULK_EDIT_MAX_ISSUES);
      const last = chunk.at(-1);
      if (!last) break;
      // An issue the search still shows in its old state (search lags behind edits) is edited
      // again: adding a label it has, or removing one it lacks, changes nothing.
      const ids = chunk.map((issue) => issue.id);
      const taskId = await submitLabelEdit(jira, ids, OVERDUE_LABEL, op);
      await progress.taskPending(taskId, last.key);
      const keyOf = new Map(chunk.map((issue) => [issue.id, issue.key]));
      if (!(await finish(taskId, last.key, keyOf))) return false;
    }
  }
  return true;
}

/**
 * The overdue scan as a resumable pass: label what is overdue, then unlabel what is not, then
 * open the review actions of impact assessments whose review has fallen due (impact-review-actions.ts),
 * then the reassessment actions of AI risks whose reassessment date has come  (risk-reassessment-actions.ts),
 * then the renewal actions of competence records that expired (competence-expiry-actions.ts),
 * then the review actions of AI Controls whose evidence is due (evidence-expiry-actions.ts),
 * then reconcile: raise the Nonconformities graded findings are still missing.
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
        if (progress.shouldStop()) return 'paused';
      }
      if (progress.cursor.phase === 'unlabel') {
        const stale = staleJql(aims, today);
        if (!(await editAll(jira, progress, stale, 'REMOVE', summary.unlabelled))) return 'paused';
        await progress.nextPhase('impact-review');
        if (progress.shouldStop()) return 'paused';
      }
      if (progress.cursor.phase === 'impact-review') {
        const reviews = summary.impactReviews;
        if (!(await openDueReviews(IMPACT_REVIEWS, jira, aims, progress, reviews))) return 'paused';
        await progress.nextPhase('risk-reassessment');
        if (progress.shouldStop()) return 'paused';
      }
      if (progress.cursor.phase === 'risk-reassessment') {
        const reassessments = summary.riskReassessments;
        if (!(await openDueReviews(RISK_REASSESSMENTS, jira, aims, progress, reassessments)))
          return 'paused';
        await progress.nextPhase('competence-expiry');
        if (progress.shouldStop()) return 'paused';
      }
      if (progress.cursor.phase === 'competence-expiry') {
        const renewals = summary.competenceExpiries;
        if (!(await openDueReviews(COMPETENCE_EXPIRIES, jira, aims, progress, renewals)))
          return 'paused';
        await progress.nextPhase('evidence-review');
        if (progress.shouldStop()) return 'paused';
      }
      if (progress.cursor.phase === 'evidence-review') {
        const reviews = summary.evidenceReviews;
        if (!(await openDueReviews(EVIDENCE_EXPIRIES, jira, aims, progress, reviews)))
          return 'paused';
        await progress.nextPhase('reconcile-findings');
        if (progress.shouldStop()) return 'paused';
      }
      if (!(await raiseMissingNonconformities(jira, aims, progress, summary.nonconformitiesRaised)))
        return 'paused';
      if (progress.shouldStop()) return 'paused'; // the count is left to the next part
      summary.overdue = await approximateCount(jira, overdueJql(aims, today));
      summary.done = true;
      return 'done';
    },
  };
}
