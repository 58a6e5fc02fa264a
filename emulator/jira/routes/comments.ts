import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import type { CommentDoc } from '../models/comments';
import type { AdfDoc, IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { param, queryInt, queryString } from './request-helpers';

const adf = z
  .object({ type: z.literal('doc'), version: z.number(), content: z.array(z.unknown()) })
  .loose();
const commentSchema = z
  .object({
    body: z.unknown(),
    visibility: z
      .object({
        type: z.enum(['group', 'role']),
        value: z.string().optional(),
        identifier: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

function parseComment(body: unknown): { body: AdfDoc; visibility: CommentDoc['visibility'] } {
  const parsed = commentSchema.safeParse(body ?? {});
  if (!parsed.success || parsed.data.body === undefined || parsed.data.body === null) {
    throw new JiraError(400, [], { comment: 'Comment body can not be empty!' });
  }
  const doc = adf.safeParse(parsed.data.body);
  if (!doc.success) {
    throw new JiraError(400, [], {
      comment: 'Comment body must be an Atlassian Document (see the Atlassian Document Format).',
    });
  }
  if (doc.data.content.length === 0)
    throw new JiraError(400, [], { comment: 'Comment body can not be empty!' });
  const v = parsed.data.visibility;
  const value = v?.value ?? v?.identifier;
  return { body: doc.data as AdfDoc, visibility: v && value ? { type: v.type, value } : null };
}

/** Comments on issues. Reading needs the issue to be visible; group-restricted comments need the group. */
export function registerCommentRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  const commentOf = (user: SiteUser, issue: IssueDoc, id: string): CommentDoc => {
    const c = m.view.visibleComments(issue, user).find((x) => x.id === id);
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
    const all = m.view.visibleComments(issue, user);
    const orderBy = queryString(req, 'orderBy');
    if (orderBy === '-created' || orderBy === '-+created') all.reverse();
    const page = all.slice(startAt, startAt + maxResults);
    res.json({
      startAt,
      maxResults,
      total: all.length,
      comments: page.map((c) => m.view.comment(c, issue)),
    });
  });

  route(router, 'jira', 'post', '/rest/api/3/issue/{issueIdOrKey}/comment', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const input = parseComment(req.body);
    const now = ctx.now().toISOString();
    const comment = ctx.db.transaction(() => {
      const c = m.comments.put({
        id: m.comments.nextId(),
        issueId: issue.id,
        authorId: user.accountId,
        updateAuthorId: user.accountId,
        created: now,
        updated: now,
        ...input,
      });
      m.store.put({ ...issue, updated: now });
      return c;
    })();
    m.events.commented({ ...issue, updated: now }, comment, user);
    res.status(201).json(m.view.comment(comment, issue));
  });

  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    res.json(m.view.comment(commentOf(user, issue, param(req, 'id')), issue));
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
    res.json(m.view.comment(saved, issue));
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
