import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import type { IssueLinkDoc } from '../models/issue-links';
import type { AdfDoc } from '../../adf/adf-node';
import { adfDocSchema } from '../../adf/adf-node';
import type { JiraModels } from '../models/jira-models';
import type { LinkTypeDoc } from '../models/link-types';
import { ISSUE_NOT_VISIBLE } from '../models/permissions';
import { linkTypeView } from '../views/entity-views';
import { requireAdmin } from './admin-access';
import { param } from './query-params';
import { parseBody } from './request-body';
import { linkedIssueView } from '../views/linked-issue-view';
import { saveChanges } from './save-changes';

const idRef = z.union([z.string(), z.number()]).transform(String);
const issueRef = z.object({ id: idRef.optional(), key: z.string().optional() }).loose();
const linkSchema = z.object({
  type: z.object({ id: idRef.optional(), name: z.string().optional() }).loose(),
  inwardIssue: issueRef,
  outwardIssue: issueRef,
  comment: z.object({ body: z.unknown() }).loose().optional(),
});
const linkTypeSchema = z.object({
  name: z.string().min(1).max(255).optional(),
  inward: z.string().min(1).max(255).optional(),
  outward: z.string().min(1).max(255).optional(),
});

/**
 * Issue links and link types. As in Jira, `POST /issueLink` makes the request's `inwardIssue`
 * the link's source: `{type: Blocks, inwardIssue: A, outwardIssue: B}` records "A blocks B", so
 * GET A lists `outwardIssue: B` and GET B lists `inwardIssue: A`.
 */
export function registerLinkRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  const typeOr404 = (id: string): LinkTypeDoc => {
    const t = m.linkTypes.byId(id);
    if (!t) throw new JiraError(404, [`No issue link type with id '${id}' found.`]);
    return t;
  };
  const visible = (user: SiteUser, ref: { id?: string; key?: string }) => {
    const key = ref.key ?? ref.id;
    const issue = key ? m.store.find(key) : undefined;
    if (!issue || !m.permissions.canSeeIssue(user, issue))
      throw new JiraError(404, [ISSUE_NOT_VISIBLE]);
    return issue;
  };
  const linkOr404 = (user: SiteUser, id: string): IssueLinkDoc => {
    const link = m.links.get(id);
    const source = link ? m.store.byId(link.sourceId) : undefined;
    const destination = link ? m.store.byId(link.destinationId) : undefined;
    if (
      !link ||
      !source ||
      !destination ||
      !m.permissions.canSeeIssue(user, source) ||
      !m.permissions.canSeeIssue(user, destination)
    ) {
      throw new JiraError(404, [`No issue link with id '${id}' exists.`]);
    }
    return link;
  };

  route(router, 'jira', 'post', '/rest/api/3/issueLink', (req, res) => {
    const user = principalOf(res);
    const body = parseBody(linkSchema, req.body);
    const type =
      body.type.id !== undefined
        ? m.linkTypes.byId(body.type.id)
        : body.type.name !== undefined
          ? m.linkTypes.byName(body.type.name)
          : undefined;
    if (!type)
      throw new JiraError(404, [
        `No issue link type with name '${body.type.name ?? body.type.id ?? ''}' found.`,
      ]);
    const source = visible(user, body.inwardIssue);
    const destination = visible(user, body.outwardIssue);
    if (source.id === destination.id)
      throw new JiraError(400, ['You cannot link an issue to itself.']);
    let comment: z.infer<typeof adfDocSchema> | undefined;
    if (body.comment) {
      const parsed = adfDocSchema.safeParse(body.comment.body);
      if (!parsed.success)
        throw new JiraError(400, [], {
          comment:
            'Comment body must be an Atlassian Document (see the Atlassian Document Format).',
        });
      comment = parsed.data;
    }
    const existing = m.links.find(type.id, source.id, destination.id);
    if (existing) {
      res
        .status(201)
        .setHeader('Location', apiUrl(ctx, `issueLink/${existing.id}`))
        .end();
      return;
    }
    const now = ctx.now().toISOString();
    const { link, commentDoc } = ctx.db.transaction(() => {
      const l = m.links.create({
        typeId: type.id,
        sourceId: source.id,
        destinationId: destination.id,
      });
      const c = comment
        ? m.comments.put({
            id: m.comments.nextId(),
            issueId: destination.id,
            authorId: user.accountId,
            updateAuthorId: user.accountId,
            body: comment as AdfDoc,
            created: now,
            updated: now,
            visibility: null,
          })
        : undefined;
      return { link: l, commentDoc: c };
    })();
    m.events.linkCreated(link, user);
    if (commentDoc) m.events.commented(destination, commentDoc, user);
    res
      .status(201)
      .setHeader('Location', apiUrl(ctx, `issueLink/${link.id}`))
      .end();
  });

  route(router, 'jira', 'get', '/rest/api/3/issueLink/{linkId}', (req, res) => {
    const user = principalOf(res);
    const link = linkOr404(user, param(req, 'linkId'));
    const type = typeOr404(link.typeId);
    const source = m.store.byId(link.sourceId);
    const destination = m.store.byId(link.destinationId);
    if (!source || !destination)
      throw new JiraError(404, [`No issue link with id '${link.id}' exists.`]);
    res.json({
      id: link.id,
      self: apiUrl(ctx, `issueLink/${link.id}`),
      type: linkTypeView(ctx, type),
      inwardIssue: linkedIssueView(m, source),
      outwardIssue: linkedIssueView(m, destination),
    });
  });

  route(router, 'jira', 'delete', '/rest/api/3/issueLink/{linkId}', (req, res) => {
    const user = principalOf(res);
    const link = linkOr404(user, param(req, 'linkId'));
    m.links.delete(link.id);
    m.events.linkDeleted(link, user);
    res.status(204).end();
  });

  route(router, 'jira', 'get', '/rest/api/3/issueLinkType', (_req, res) => {
    res.json({ issueLinkTypes: m.linkTypes.all().map((t) => linkTypeView(ctx, t)) });
  });

  route(router, 'jira', 'post', '/rest/api/3/issueLinkType', (req, res) => {
    requireAdmin(m, principalOf(res));
    const body = parseBody(linkTypeSchema, req.body);
    if (!body.name || !body.inward || !body.outward) {
      throw new JiraError(400, [
        'The issue link type needs a name, an inward and an outward description.',
      ]);
    }
    if (m.linkTypes.byName(body.name))
      throw new JiraError(400, [`The issue link type with name '${body.name}' already exists.`]);
    const t = m.linkTypes.create({ name: body.name, inward: body.inward, outward: body.outward });
    res.status(201).json(linkTypeView(ctx, t));
  });

  route(router, 'jira', 'get', '/rest/api/3/issueLinkType/{issueLinkTypeId}', (req, res) => {
    res.json(linkTypeView(ctx, typeOr404(param(req, 'issueLinkTypeId'))));
  });

  route(router, 'jira', 'put', '/rest/api/3/issueLinkType/{issueLinkTypeId}', (req, res) => {
    requireAdmin(m, principalOf(res));
    const t = typeOr404(param(req, 'issueLinkTypeId'));
    const body = parseBody(linkTypeSchema, req.body);
    const clash = `The issue link type with name '${body.name}' already exists.`;
    res.json(
      linkTypeView(
        ctx,
        saveChanges(m.linkTypes, t, body, () => new JiraError(400, [clash])),
      ),
    );
  });

  route(router, 'jira', 'delete', '/rest/api/3/issueLinkType/{issueLinkTypeId}', (req, res) => {
    requireAdmin(m, principalOf(res));
    const t = typeOr404(param(req, 'issueLinkTypeId'));
    ctx.db.transaction(() => {
      for (const link of m.links.ofType(t.id)) m.links.delete(link.id);
      m.linkTypes.delete(t.id);
    })();
    res.status(204).end();
  });
}
