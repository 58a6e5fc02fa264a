import type { Router } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import { userDetails, userFull } from '../views/entity-views';
import { parseExpand } from '../views/field-selection';
import { pageBean } from './page-bean';
import { queryBool, queryInt, queryString, queryValues } from './query-params';

/** myself and user lookups. */
export function registerUserRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  route(router, 'jira', 'get', '/rest/api/3/myself', (req, res) => {
    res.json(userFull(ctx, principalOf(res), parseExpand(queryString(req, 'expand'))));
  });

  route(router, 'jira', 'get', '/rest/api/3/user', (req, res) => {
    const accountId = queryString(req, 'accountId');
    if (!accountId)
      throw new JiraError(400, ['The accountId query parameter needs to be provided.']);
    const user = ctx.users.byAccountId(accountId);
    if (!user)
      throw new JiraError(404, [
        `Specified user does not exist or you do not have required permissions`,
      ]);
    res.json(userFull(ctx, user, parseExpand(queryString(req, 'expand'))));
  });

  route(router, 'jira', 'get', '/rest/api/3/user/search', (req, res) => {
    const query = (queryString(req, 'query') ?? '').toLowerCase();
    const accountId = queryString(req, 'accountId');
    if (!query && !accountId)
      throw new JiraError(400, [
        'One of the query parameters query or accountId must be provided.',
      ]);
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 50, 1000);
    const found = ctx.users
      .all()
      .filter((u) => u.active && u.accountType === 'atlassian')
      .filter((u) => (accountId ? u.accountId === accountId : true))
      .filter(
        (u) =>
          !query ||
          u.displayName
            .toLowerCase()
            .split(/\s+/)
            .some((w) => w.startsWith(query)) ||
          u.displayName.toLowerCase().startsWith(query) ||
          u.email.toLowerCase().startsWith(query),
      );
    res.json(found.slice(startAt, startAt + maxResults).map((u) => userFull(ctx, u)));
  });

  route(router, 'jira', 'get', '/rest/api/3/users/search', (req, res) => {
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 50, 1000);
    res.json(
      ctx.users
        .all()
        .slice(startAt, startAt + maxResults)
        .map((u) => userFull(ctx, u)),
    );
  });

  route(router, 'jira', 'get', '/rest/api/3/user/bulk', (req, res) => {
    const ids = queryValues(req, 'accountId');
    if (ids.length === 0)
      throw new JiraError(400, ['The accountId query parameter needs to be provided.']);
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 10, 200);
    const users = ids.map((id) => ctx.users.byAccountId(id)).filter((u) => u !== undefined);
    res.json(
      pageBean(
        ctx,
        req,
        users.map((u) => userFull(ctx, u)),
        startAt,
        maxResults,
      ),
    );
  });

  /**
   * GET /group/member: the people in a group, a page at a time (at most 50). The spec requires the
   * "Browse users and groups" global permission (or Administer Jira): 403 without it; 404 for a
   * group nobody is in (the emulator's groups are the ones its users belong to).
   */
  route(router, 'jira', 'get', '/rest/api/3/group/member', (req, res) => {
    const user = principalOf(res);
    if (!user.active || user.accountType !== 'atlassian')
      throw new JiraError(403, ['Browse users and groups permission is required to view groups.']);
    const name = queryString(req, 'groupname') ?? queryString(req, 'groupId');
    if (!name) throw new JiraError(400, ['You must specify a group name or a group ID.']);
    const includeInactive = queryBool(req, 'includeInactiveUsers', false);
    const everyone = ctx.users.all().filter((u) => u.accountType === 'atlassian');
    if (!everyone.some((u) => u.groups.includes(name)))
      throw new JiraError(404, [`Group with name '${name}' does not exist.`]);
    const members = everyone
      .filter((u) => u.groups.includes(name) && (includeInactive || u.active))
      .map((u) => userDetails(ctx, u)); // PageBeanUserDetails
    res.json(
      pageBean(ctx, req, members, queryInt(req, 'startAt', 0), queryInt(req, 'maxResults', 50, 50)),
    );
  });
}
