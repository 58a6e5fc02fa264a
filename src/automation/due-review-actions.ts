/**
 * The AIMS Actions the daily scan opens when a record's review date falls due (an impact
 * assessment's next review, 8.4; an AI risk's reassessment, 8.2; a competence record's expiry,
 * 7.2): ONE action per record and
 * review date, even when the scan runs twice:
 *   1. the due records are found by JQL (key order, only the fields needed), after the cursor's
 *      last key, so a long pass goes on in its next part;
 *   2. the record's issue property records the review date claimed and then the action opened
 *      (read back by GET, which never lags behind like search does);
 *   3. a claim without an action (a run died between) is settled by searching the action's label
 *      before creating again.
 * Runs as the app; nothing it reads reaches a UI (the action names only the record's key).
 */
import { z } from 'zod';
import type { ActiveAims } from '../jira/active-aims';
import { fieldIdOf } from '../jira/aims-issue';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import { searchPages } from '../jira/issue-search';
import { createLabelledAimsAction, findIssueByLabel } from '../jira/labelled-aims-action';
import type { JqlClause } from '../jira/jql-builder';
import { customField, jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import type { ScanProgress } from './resumable-scan';

/** One kind of record whose review date raises an AIMS Action. */
export interface DueReviewKind {
  /** The issue property where a record keeps the action opened for it. */
  property: string;
  /** The logical key of the record's review date field. */
  dateField: string;
  /** The scan's counter of actions opened. */
  counter: string;
  /** The project's records due on or before `today`; undefined when not provisioned. */
  dueJql(aims: ActiveAims, today: string): JqlClause | undefined;
  /** Whether a record the search returned (date, status id) is due: search may lag behind. */
  isDue(aims: ActiveAims, reviewDate: string, statusId: string | undefined, today: string): boolean;
  label(key: string, reviewDate: string): string;
  /** The AIMS Action's source (option of "Action source"); "Other" when not given. */
  actionSource?: string;
  /** The action's summary and description (plain text, one paragraph per line). */
  action(key: string, reviewDate: string): { summary: string; description: string };
}

/**
 * The project's records of one type whose date field (a custom field's id) is on or before
 * `today`; undefined when the type or the field is not provisioned.
 */
export function recordsDueJql(
  aims: ActiveAims,
  typeKey: 'aiControl' | 'competenceRecord',
  dateFieldId: string | undefined,
  today: string,
): JqlClause | undefined {
  const { state, config } = aims;
  if (!dateFieldId || !state.issueTypes[typeKey]) return undefined;
  return jql.and(
    jql.eq('project', state.projectKey),
    jql.eq('issuetype', config.issueTypeNames[typeKey]),
    jql.lte(customField(dateFieldId), today),
  );
}

const reviewActionSchema = z.object({
  reviewDate: z.iso.date(),
  actionKey: z.string().optional(),
});

/** Opens the action of one due record unless its property says it is open already. */
async function openReview(
  jira: ProductClient,
  aims: ActiveAims,
  kind: DueReviewKind,
  key: string,
  reviewDate: string,
): Promise<string | undefined> {
  const recorded = await readIssueProperty(jira, key, kind.property, reviewActionSchema);
  if (recorded?.reviewDate === reviewDate && recorded.actionKey) return undefined;
  const label = kind.label(key, reviewDate);
  const claimed = recorded?.reviewDate === reviewDate;
  if (!claimed) await writeIssueProperty(jira, key, kind.property, { reviewDate });
  const actionKey =
    (claimed ? await findIssueByLabel(jira, aims.state, label) : undefined) ??
    (await createLabelledAimsAction(jira, aims.state, {
      ...kind.action(key, reviewDate),
      label,
      dueDate: reviewDate,
      values: { actionSource: kind.actionSource ?? 'Other' },
    }));
  await writeIssueProperty(jira, key, kind.property, { reviewDate, actionKey });
  return claimed ? undefined : actionKey;
}

/**
 * One review phase of the daily scan: opens the actions of the due records after the cursor's
 * last key until the part should stop. True when it went through all of them.
 */
export async function openDueReviews(
  kind: DueReviewKind,
  jira: ProductClient,
  aims: ActiveAims,
  progress: ScanProgress,
  opened: string[],
): Promise<boolean> {
  const today = progress.cursor.day;
  const where = kind.dueJql(aims, today);
  if (!where) return true;
  if (progress.shouldStop()) return false; // its search is left to the next part
  const after = progress.cursor.after;
  const dateId = fieldIdOf(aims.state, kind.dateField);
  const search = {
    jql: jql.orderBy(jql.and(where, after !== undefined && jql.gt('key', after)), 'key'),
    fields: ['status', dateId],
  };
  for await (const page of searchPages(jira, search)) {
    for (const issue of page) {
      if (progress.shouldStop()) return false;
      const reviewDate = issue.fields[dateId];
      const status = (issue.fields.status as { id?: string } | undefined)?.id;
      const due = typeof reviewDate === 'string' && kind.isDue(aims, reviewDate, status, today);
      const actionKey = due ? await openReview(jira, aims, kind, issue.key, reviewDate) : undefined;
      if (actionKey) opened.push(actionKey);
      await progress.itemDone(issue.key, actionKey ? { [kind.counter]: 1 } : {});
    }
  }
  return true;
}
