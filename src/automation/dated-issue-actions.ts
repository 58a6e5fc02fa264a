/**
 * A phase of the daily scan that opens ONE "AIMS Action" per issue and date when a date on the
 * issue has come (an impact assessment's next review, a competence record's expiry). Once per
 * issue and date, even when the scan runs twice:
 *   1. the issues whose date has come are found by JQL (key order, only the fields needed), after
 *      the cursor's last key, so a long pass goes on in its next part;
 *   2. the issue's property records the date claimed and then the action opened (read back by GET,
 *      which never lags behind like search does);
 *   3. a claim without an action (a run died between) is settled by searching the action's label
 *      before creating again.
 * Runs as the app; nothing it reads reaches a UI (the action names only the issue's key).
 */
import { z } from 'zod';
import type { ActiveAims } from '../jira/active-aims';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import { searchPages } from '../jira/issue-search';
import { findIssueByLabel } from '../jira/labelled-aims-action';
import type { JqlClause } from '../jira/jql-builder';
import { jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import type { ScanProgress } from './resumable-scan';

const datedActionSchema = z.object({
  /** The date the action is for (the property keeps the name it has always had). */
  reviewDate: z.iso.date(),
  actionKey: z.string().optional(),
});

export interface DatedActionPhase {
  /** The issues whose date has come; undefined when the project lacks what it needs. */
  where: JqlClause | undefined;
  /** The Jira field id of the date. */
  dateFieldId: string;
  /** Whether the issue as the search returned it is due (the search may lag behind an edit). */
  isDue: (date: string, statusId: string | undefined, today: string) => boolean;
  /** The issue property where the issue keeps the action opened for it. */
  property: string;
  label: (issueKey: string, date: string) => string;
  create: (issueKey: string, date: string) => Promise<string>;
  /** The cursor's total this phase counts ("impactReviews"). */
  counter: string;
}

/** Opens the action of one due issue unless its property says it is open already. */
async function openAction(
  jira: ProductClient,
  aims: ActiveAims,
  phase: DatedActionPhase,
  issueKey: string,
  date: string,
): Promise<string | undefined> {
  const recorded = await readIssueProperty(jira, issueKey, phase.property, datedActionSchema);
  if (recorded?.reviewDate === date && recorded.actionKey) return undefined;
  const label = phase.label(issueKey, date);
  const claimed = recorded?.reviewDate === date;
  if (!claimed) await writeIssueProperty(jira, issueKey, phase.property, { reviewDate: date });
  const actionKey =
    (claimed ? await findIssueByLabel(jira, aims.state, label) : undefined) ??
    (await phase.create(issueKey, date));
  await writeIssueProperty(jira, issueKey, phase.property, { reviewDate: date, actionKey });
  return claimed ? undefined : actionKey;
}

/**
 * Opens the actions of the due issues after the cursor's last key until the part should stop.
 * True when it went through all of them.
 */
export async function openDueDatedActions(
  jira: ProductClient,
  aims: ActiveAims,
  progress: ScanProgress,
  phase: DatedActionPhase,
  opened: string[],
): Promise<boolean> {
  if (!phase.where) return true;
  const today = progress.cursor.day;
  const after = progress.cursor.after;
  const search = {
    jql: jql.orderBy(jql.and(phase.where, after !== undefined && jql.gt('key', after)), 'key'),
    fields: ['status', phase.dateFieldId],
  };
  for await (const page of searchPages(jira, search)) {
    for (const issue of page) {
      if (progress.shouldStop()) return false;
      const date = issue.fields[phase.dateFieldId];
      const status = (issue.fields.status as { id?: string } | undefined)?.id;
      const actionKey =
        typeof date === 'string' && phase.isDue(date, status, today)
          ? await openAction(jira, aims, phase, issue.key, date)
          : undefined;
      if (actionKey) opened.push(actionKey);
      await progress.itemDone(issue.key, actionKey ? { [phase.counter]: 1 } : {});
    }
  }
  return true;
}
