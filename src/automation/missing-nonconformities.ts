/**
 * The reconcile phase of the daily scan (10.2): every Audit Finding graded as a major or minor
 * nonconformity that is still Finding Open — its trigger never raised the Nonconformity (the
 * event was lost, or every retry met a failing Jira) — gets it now, through the same idempotent
 * path as the trigger (finding-nonconformity-raiser.ts: link, marker, claim, look before create).
 * So a second run, or a late trigger racing the scan, still leaves exactly one Nonconformity.
 * Findings are searched in key order after the cursor's last key, keys only; a finding Jira fails
 * on in passing is left for tomorrow's scan and the pass goes on.
 */
import type { ActiveAims } from '../jira/active-aims';
import { customField, jql } from '../jira/jql-builder';
import type { JqlClause } from '../jira/jql-builder';
import { searchPages } from '../jira/issue-search';
import type { ProductClient } from '../jira/product-client';
import { failedInPassing } from '../jira/product-client';
import { FINDING_GRADE_BY_OPTION } from '../jira/jira-option-values';
import { raiseNonconformityForFinding } from './finding-nonconformity-raiser';
import type { ScanProgress } from './resumable-scan';

/** The grade options that raise a Nonconformity, as Jira shows them. */
const NC_GRADE_OPTIONS = Object.entries(FINDING_GRADE_BY_OPTION)
  .filter(([, grade]) => grade === 'major-nc' || grade === 'minor-nc')
  .map(([option]) => option);

/** Findings of the project graded as a nonconformity and still open (no Nonconformity raised). */
export function unraisedFindingsJql(aims: ActiveAims): JqlClause | undefined {
  const { state, config } = aims;
  const open = state.statuses.findingOpen;
  const grade = state.fields.findingGrade;
  if (!open || !grade) return undefined;
  return jql.and(
    jql.eq('project', state.projectKey),
    jql.eq('issuetype', config.issueTypeNames.auditFinding),
    jql.eq('status', open),
    jql.in(customField(grade), NC_GRADE_OPTIONS),
  );
}

/**
 * Raises the missing Nonconformities of the findings after the cursor's last key until the part
 * should stop; the keys of the findings it raised one for go to `raised`. True when it went
 * through all of them.
 */
export async function raiseMissingNonconformities(
  jira: ProductClient,
  aims: ActiveAims,
  progress: ScanProgress,
  raised: string[],
): Promise<boolean> {
  const where = unraisedFindingsJql(aims);
  if (!where) return true;
  const after = progress.cursor.after;
  const search = {
    jql: jql.orderBy(jql.and(where, after !== undefined && jql.gt('key', after)), 'key'),
    fields: ['key'],
  };
  for await (const page of searchPages(jira, search)) {
    for (const finding of page) {
      if (progress.shouldStop()) return false;
      let outcome: string;
      try {
        outcome = await raiseNonconformityForFinding(jira, aims, finding.key);
      } catch (err) {
        if (!failedInPassing(err)) throw err;
        console.warn(`[aims] reconcile ${finding.key}: ${String(err)}; left for the next scan`);
        await progress.itemDone(finding.key, { raiseFailed: 1 });
        continue;
      }
      const didRaise = outcome.startsWith(`${finding.key}: raised `);
      if (didRaise) raised.push(finding.key);
      await progress.itemDone(finding.key, didRaise ? { nonconformitiesRaised: 1 } : {});
    }
  }
  return true;
}
