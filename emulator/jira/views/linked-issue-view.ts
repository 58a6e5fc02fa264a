import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import type { IssueHeader } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { issueTypeView, linkTypeView, priorityView, statusView } from './entity-views';

/** The `fields` object of a LinkedIssue (summary, status, priority, issuetype). */
export function linkedIssueView(m: JiraModels, issue: IssueHeader): Record<string, unknown> {
  const ctx = m.ctx;
  const type = m.issueTypes.byId(issue.issueTypeId);
  const status = m.workflow.status(issue.statusId);
  const priority = m.priorities.priorityOf(issue);
  return {
    id: issue.id,
    key: issue.key,
    self: apiUrl(ctx, `issue/${issue.id}`),
    fields: {
      summary: issue.summary,
      ...(status ? { status: statusView(ctx, status) } : {}),
      ...(priority ? { priority: priorityView(ctx, priority) } : {}),
      ...(type ? { issuetype: issueTypeView(ctx, type) } : {}),
    },
  };
}

/** The issue's links to issues the viewer can see (IssueLink objects). */
export function issueLinksView(
  m: JiraModels,
  issue: Pick<IssueHeader, 'id'>,
  viewer: SiteUser,
): Record<string, unknown>[] {
  const ctx = m.ctx;
  const out: Record<string, unknown>[] = [];
  const links = m.links.of(issue.id);
  const others = m.store.headers(
    links.map((l) => (l.sourceId === issue.id ? l.destinationId : l.sourceId)),
  );
  for (const link of links) {
    const type = m.linkTypes.byId(link.typeId);
    const outward = link.sourceId === issue.id;
    const other = others.get(outward ? link.destinationId : link.sourceId);
    if (!type || !other || !m.permissions.canSeeIssue(viewer, other)) continue;
    out.push({
      id: link.id,
      self: apiUrl(ctx, `issueLink/${link.id}`),
      type: linkTypeView(ctx, type),
      [outward ? 'outwardIssue' : 'inwardIssue']: linkedIssueView(m, other),
    });
  }
  return out;
}
