/**
 * Which linked issues people who can see an issue might not be able to browse. Whoever sees an
 * issue may browse its project at its security level, so a linked issue in the same project at the
 * same level (or with no level, like the issue) is visible to them too; any other might not be.
 * For what the app writes as the app where the issue's readers read it (a validator's refusal, an
 * automation comment): only keys outside the returned set may be named.
 */
import { jql } from './jql-builder';
import { chunks, MAX_RECONCILE_IDS, searchIssues } from './issue-search';
import type { ProductClient } from './product-client';

export interface LinkedIssueRef {
  id: string;
  key: string;
}

const levelAndProject = (fields: Record<string, unknown>): string => {
  const project = (fields.project as { id?: unknown } | null | undefined)?.id;
  const level = (fields.security as { id?: unknown } | null | undefined)?.id;
  return `${String(project)}/${level === undefined || level === null ? '-' : String(level)}`;
};

/**
 * Keys of `linked` not certainly seen by everyone who sees `issueId` (another project or security
 * level, or not found: fail closed). One search per 50 issues, ids reconciled (search lags writes).
 */
export async function unseenLinkedKeys(
  client: ProductClient,
  issueId: string,
  linked: readonly LinkedIssueRef[],
): Promise<Set<string>> {
  if (linked.length === 0) return new Set();
  const ids = [...new Set([issueId, ...linked.map((l) => l.id)])];
  const where = new Map<string, string>();
  for (const chunk of chunks(ids, MAX_RECONCILE_IDS)) {
    const issues = await searchIssues(client, {
      jql: jql.in('id', chunk),
      fields: ['project', 'security'],
      reconcileIssueIds: chunk,
    });
    for (const issue of issues) where.set(issue.id, levelAndProject(issue.fields));
  }
  const own = where.get(issueId);
  return new Set(
    linked.filter((l) => own === undefined || where.get(l.id) !== own).map((l) => l.key),
  );
}
