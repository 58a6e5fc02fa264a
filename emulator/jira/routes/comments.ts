import type { Router } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import type { CommentDoc } from '../models/comments';
import type { IssueDoc } from '../models/issue-store';
import { parseComment } from '../models/comment-input';
import type { JiraModels } from '../models/jira-models';
import { param, queryInt, queryString } from './query-params';
import { commentView, visibleComments } from '../views/comment-view';

/** Comments on issues. Reading needs the issue to be visible; group-restricted comments need the group. */
export function registerCommentRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  const commentOf = (user: SiteUser, issue: IssueDoc, id: string): CommentDoc => {
    const c = visibleComments(m, issue, user).find((x) => x.id === id);
    if (!c) throw new JiraError(404, [`Can not find a comment for the id: ${id}.`]);
    return c;
  };
  const mayModify = (user: SiteUser, c: CommentDoc): void => {
    if (c.authorId !== user.accountId && !m.permissions.isAdmin(user)) {
      throw new JiraError(403, ['You do not have the permission to edit or delete this comment.']);
    }
  };

  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}/comment', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 100, 5000);
    const all = visibleComments(m, issue, user);
    const orderBy = queryString(req, 'orderBy');
    if (orderBy === '-created' || orderBy === '-+created') all.reverse();
    const page = all.slice(startAt, startAt + maxResults);
    res.json({
      startAt,
      maxResults,
      total: all.length,
      comments: page.map((c) => commentView(m, c, issue)),
    });
  });

  route(router, 'jira', 'post', '/rest/api/3/issue/{issueIdOrKey}/comment', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const comment = m.issues.addComment(user, issue, parseComment(req.body));
    res.status(201).json(commentView(m, comment, issue));
  });

  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    res.json(commentView(m, commentOf(user, issue, param(req, 'id')), issue));
  });

  route(router, 'jira', 'put', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const existing = commentOf(user, issue, param(req, 'id'));
    mayModify(user, existing);
    const input = parseComment(req.body);
    const saved = m.comments.put({
      ...existing,
      ...input,
      updateAuthorId: user.accountId,
      updated: ctx.now().toISOString(),
    });
    m.events.commented(issue, saved, user);
    res.json(commentView(m, saved, issue));
  });

  route(router, 'jira', 'delete', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const existing = commentOf(user, issue, param(req, 'id'));
    mayModify(user, existing);
    m.comments.delete(existing.id);
    res.status(204).end();
  });
}
