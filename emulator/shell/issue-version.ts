/**
 * What the issue view shows that can change under it (status, links, anything that touches
 * `updated`), as one string. The server writes it into the page; the page's script computes it
 * again from `GET /rest/api/3/issue/{key}?fields=updated,status,issuelinks` to notice changes made
 * elsewhere (an app's automation, another person) and refresh in place, as Jira's issue view does.
 * Pure: used by the server and bundled into the browser script.
 */
export const ISSUE_VERSION_FIELDS = 'updated,status,issuelinks';

export function issueVersionOf(fields: Record<string, unknown>): string {
  const updated = typeof fields.updated === 'string' ? fields.updated : '';
  const status = fields.status as { id?: unknown; name?: unknown } | null | undefined;
  const statusId = typeof status?.id === 'string' ? status.id : String(status?.name ?? '');
  const links = Array.isArray(fields.issuelinks) ? (fields.issuelinks as unknown[]) : [];
  const linkIds = links
    .map((l) => (typeof l === 'object' && l !== null ? (l as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string')
    .sort();
  return [updated, statusId, linkIds.join(',')].join('|');
}
