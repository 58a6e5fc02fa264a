/**
 * Labels open Nonconformities and Corrective Actions past their due date `aims-overdue` (so boards
 * and filters show them), and takes the label off work that is done or no longer overdue. Only
 * needed fields, nextPageToken paging; already-labelled issues are skipped, so running it again
 * changes nothing.
 */
import { route } from '@forge/api';
import type { ActiveAims } from '../jira/active-aims';
import { approximateCount, searchIssues } from '../jira/issue-search';
import { jql } from '../jira/jql-builder';
import type { JqlClause } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';

export const OVERDUE_LABEL = 'aims-overdue';

export interface OverdueScanSummary {
  overdue: number;
  labelled: string[];
  unlabelled: string[];
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

const labelsOf = (fields: Record<string, unknown>): string[] =>
  Array.isArray(fields.labels)
    ? fields.labels.filter((l): l is string => typeof l === 'string')
    : [];

async function editLabels(jira: ProductClient, key: string, op: 'add' | 'remove'): Promise<void> {
  await jira.sendNoContent(route`/rest/api/3/issue/${key}`, 'PUT', {
    update: { labels: [{ [op]: OVERDUE_LABEL }] },
  });
}

export async function scanOverdueWork(
  jira: ProductClient,
  aims: ActiveAims,
  today: string,
): Promise<OverdueScanSummary> {
  const overdue = overdueJql(aims, today);
  const notLabelled = jql.or(jql.isEmpty('labels'), jql.notIn('labels', [OVERDUE_LABEL]));
  const toLabel = await searchIssues(jira, {
    jql: jql.and(overdue, notLabelled),
    fields: ['labels'],
  });
  const labelled: string[] = [];
  for (const issue of toLabel) {
    if (labelsOf(issue.fields).includes(OVERDUE_LABEL)) continue;
    await editLabels(jira, issue.key, 'add');
    labelled.push(issue.key);
  }
  const stale = await searchIssues(jira, {
    jql: jql.and(
      jql.eq('project', aims.state.projectKey),
      jql.eq('labels', OVERDUE_LABEL),
      jql.or(jql.eq('statusCategory', 'Done'), jql.isEmpty('duedate'), jql.gte('duedate', today)),
    ),
    fields: ['labels'],
  });
  const unlabelled: string[] = [];
  for (const issue of stale) {
    await editLabels(jira, issue.key, 'remove');
    unlabelled.push(issue.key);
  }
  return { overdue: await approximateCount(jira, overdue), labelled, unlabelled };
}
