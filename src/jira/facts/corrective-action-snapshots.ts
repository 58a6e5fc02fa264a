import { jql } from '../jql-builder';
import type { ProductClient } from '../product-client';
import { searchIssues } from '../issue-search';
import type { CorrectiveActionSnapshot } from './nonconformity-facts-reader';

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

/**
 * Status and assignee of the given Corrective Actions in ONE search (never a request per issue).
 * Pass the client of whoever is acting: asApp in validators and triggers, asUser in the panel.
 */
export async function loadCorrectiveActionSnapshots(
  client: ProductClient,
  keys: readonly string[],
): Promise<CorrectiveActionSnapshot[]> {
  if (keys.length === 0) return [];
  const issues = await searchIssues(client, {
    jql: jql.in('key', keys),
    fields: ['status', 'assignee'],
  });
  const byKey = new Map(issues.map((i) => [i.key, i]));
  // An action the search did not return (deleted, or hidden) still counts as linked and not done.
  return keys.map((key) => {
    const fields = byKey.get(key)?.fields ?? {};
    const category = obj(obj(obj(fields.status)?.statusCategory))?.key;
    const assignee = obj(fields.assignee)?.accountId;
    return {
      key,
      done: category === 'done',
      assigneeAccountId: typeof assignee === 'string' ? assignee : null,
    };
  });
}
