import { jql } from '../jql-builder';
import type { ProductClient } from '../product-client';
import { chunks, MAX_RECONCILE_IDS, searchIssues } from '../issue-search';
import { FROZEN_IMPLEMENTER_PROPERTY, frozenImplementersOf } from './frozen-implementer';
import type { CorrectiveActionSnapshot } from './nonconformity-facts-reader';

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

/** A linked Corrective Action as the Nonconformity's links name it. */
export interface IssueRef {
  id: string;
  key: string;
}

/**
 * Status, assignee, completion date and frozen implementer of the given Corrective Actions, read as they are NOW: search is eventually
 * consistent and these are often read right after someone closed one of them (the transition
 * validator, the Nonconformity's progression), so each search reconciles the actions' ids
 * (`reconcileIssues`). One search per 50 actions — never a request per issue.
 * Pass the client of whoever is acting: asApp in validators and triggers, asUser in the panel.
 */
export async function loadCorrectiveActionSnapshots(
  client: ProductClient,
  refs: readonly IssueRef[],
): Promise<CorrectiveActionSnapshot[]> {
  if (refs.length === 0) return [];
  const byKey = new Map<string, Record<string, unknown>>();
  const frozenByKey = new Map<string, string[]>();
  for (const chunk of chunks(refs, MAX_RECONCILE_IDS)) {
    const issues = await searchIssues(client, {
      jql: jql.in(
        'id',
        chunk.map((r) => r.id),
      ),
      fields: ['status', 'assignee', 'resolutiondate'],
      properties: [FROZEN_IMPLEMENTER_PROPERTY],
      reconcileIssueIds: chunk.map((r) => r.id),
    });
    for (const issue of issues) {
      byKey.set(issue.key, issue.fields);
      frozenByKey.set(issue.key, frozenImplementersOf(issue.properties));
    }
  }
  // An action the search did not return (deleted, or hidden) still counts as linked and not done.
  return refs.map(({ key }) => {
    const fields = byKey.get(key) ?? {};
    const category = obj(obj(obj(fields.status)?.statusCategory))?.key;
    const assignee = obj(fields.assignee)?.accountId;
    const done = category === 'done';
    return {
      key,
      done,
      assigneeAccountId: typeof assignee === 'string' ? assignee : null,
      // Frozen when it was marked done; a later reassignment does not remove them.
      frozenImplementerAccountIds: done ? (frozenByKey.get(key) ?? []) : [],
      completedAt: done && typeof fields.resolutiondate === 'string' ? fields.resolutiondate : null,
    };
  });
}
