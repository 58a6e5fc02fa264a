import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import { jiraDateTime } from '../jira-time';
import type { CommentDoc } from '../models/comments';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { userDetails } from './entity-views';

/** Jira's Comment. */
export function commentView(
  m: JiraModels,
  c: CommentDoc,
  issue: IssueDoc,
): Record<string, unknown> {
  const ctx = m.ctx;
  const author = ctx.users.byAccountId(c.authorId);
  const updateAuthor = ctx.users.byAccountId(c.updateAuthorId);
  return {
    self: apiUrl(ctx, `issue/${issue.id}/comment/${c.id}`),
    id: c.id,
    ...(author ? { author: userDetails(ctx, author) } : {}),
    body: c.body,
    ...(updateAuthor ? { updateAuthor: userDetails(ctx, updateAuthor) } : {}),
    created: jiraDateTime(new Date(c.created)),
    updated: jiraDateTime(new Date(c.updated)),
    ...(c.visibility ? { visibility: { ...c.visibility, identifier: c.visibility.value } } : {}),
    jsdPublic: true,
  };
}

/** Comments of an issue the viewer may read (group-restricted ones need the group). */
export function visibleComments(m: JiraModels, issue: IssueDoc, viewer: SiteUser): CommentDoc[] {
  return m.comments
    .of(issue.id)
    .filter(
      (c) =>
        !c.visibility ||
        c.visibility.type !== 'group' ||
        m.permissions.seesEverything(viewer) ||
        viewer.groups.includes(c.visibility.value),
    );
}
