import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import { compileJql } from '../jql';
import type { FilterDoc, FilterShare } from '../models/filters';
import type { JiraModels } from '../models/jira-models';
import { jqlEnvironment } from '../search/jql-environment';
import { filterView } from '../views/filter-view';
import { parseExpand } from '../views/field-selection';
import { pageBean } from './page-bean';
import { param, queryBool, queryInt, queryString } from './query-params';
import { parseBody } from './request-body';

const shareBody = z.object({
  type: z.enum(['project', 'group', 'global', 'authenticated', 'loggedin']),
  project: z.object({ id: z.string().min(1) }).optional(),
  group: z.object({ name: z.string().optional(), groupId: z.string().optional() }).optional(),
});

const filterBody = z.object({
  name: z.string().trim().min(1, 'You must specify a name for this filter.').max(255),
  description: z.string().optional(),
  jql: z.string().optional(),
  favourite: z.boolean().optional(),
  sharePermissions: z.array(shareBody).optional(),
  editPermissions: z.array(shareBody).optional(),
});

/** Saved filters: create, read, and the paginated search (as the platform spec defines them). */
export function registerFilterRoutes(router: Router, m: JiraModels): void {
  const visibleFilter = (user: SiteUser, id: string): FilterDoc => {
    const filter = /^\d+$/.test(id) ? m.filters.byId(id) : undefined;
    if (!filter || !m.filters.canView(user, filter)) {
      throw new JiraError(400, [
        `The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.`,
      ]);
    }
    return filter;
  };

  const shareOf = (user: SiteUser, s: z.infer<typeof shareBody>): FilterShare => {
    if (s.type === 'project') {
      const project = s.project ? m.projects.find(s.project.id) : undefined;
      if (!project || !m.permissions.canBrowse(user, project)) {
        throw new JiraError(400, [], {
          sharePermissions: 'The project for this share does not exist or you cannot see it.',
        });
      }
      return { type: 'project', projectId: project.id };
    }
    if (s.type === 'group') {
      const name = s.group?.name ?? s.group?.groupId;
      if (!name || !user.groups.includes(name)) {
        throw new JiraError(400, [], {
          sharePermissions: 'You can only share a filter with a group you are a member of.',
        });
      }
      return { type: 'group', groupName: name };
    }
    return { type: s.type === 'global' ? 'global' : 'authenticated' };
  };

  route(router, 'jira', 'post', '/rest/api/3/filter', (req, res) => {
    const user = principalOf(res);
    const body = parseBody(filterBody, req.body);
    const jql = body.jql ?? '';
    if (jql.trim()) compileJql(jql, jqlEnvironment(m, user));
    if (m.filters.ownedByName(user.accountId, body.name)) {
      throw new JiraError(400, [], { filterName: 'Filter with same name already exists.' });
    }
    const filter = m.filters.create({
      name: body.name,
      description: body.description ?? '',
      jql,
      ownerAccountId: user.accountId,
      shares: (body.sharePermissions ?? []).map((s) => shareOf(user, s)),
    });
    res.json(filterView(m, filter, user, parseExpand(queryString(req, 'expand')), true));
  });

  // Before /filter/{id}, which would take `search` for an id.
  route(router, 'jira', 'get', '/rest/api/3/filter/search', (req, res) => {
    const user = principalOf(res);
    const name = (queryString(req, 'filterName') ?? '').toLowerCase();
    const substring = queryBool(req, 'isSubstringMatch', false);
    const owner = queryString(req, 'accountId');
    const projectId = queryString(req, 'projectId');
    const words = name.split(/\s+/).filter(Boolean);
    const matchesName = (f: FilterDoc): boolean =>
      substring
        ? f.name.toLowerCase().includes(name)
        : words.every((w) =>
            f.name
              .toLowerCase()
              .split(/\W+/)
              .some((x) => x.startsWith(w)),
          );
    const list = m.filters
      .visibleTo(user)
      .filter((f) => !name || matchesName(f))
      .filter((f) => !owner || f.ownerAccountId === owner)
      .filter(
        (f) =>
          !projectId || f.shares.some((s) => s.type === 'project' && s.projectId === projectId),
      )
      .sort((a, b) => a.name.localeCompare(b.name) || Number(a.id) - Number(b.id));
    const expand = parseExpand(queryString(req, 'expand'));
    res.json(
      pageBean(
        m.ctx,
        req,
        list.map((f) => filterView(m, f, user, expand, false)),
        queryInt(req, 'startAt', 0),
        queryInt(req, 'maxResults', 50, 100),
      ),
    );
  });
  // Jira: "the user must own the filter"; a name the owner already uses elsewhere is refused (400).
  route(router, 'jira', 'put', '/rest/api/3/filter/{id}', (req, res) => {
    const user = principalOf(res);
    const filter = visibleFilter(user, param(req, 'id'));
    if (filter.ownerAccountId !== user.accountId) {
      throw new JiraError(400, ['You must be the owner of this filter to update it.']);
    }
    const body = parseBody(filterBody, req.body);
    const jql = body.jql ?? filter.jql;
    if (jql.trim()) compileJql(jql, jqlEnvironment(m, user));
    const clash = m.filters.ownedByName(user.accountId, body.name);
    if (clash && clash.id !== filter.id) {
      throw new JiraError(400, [], { filterName: 'Filter with same name already exists.' });
    }
    const saved = m.filters.save({
      ...filter,
      name: body.name,
      description: body.description ?? filter.description,
      jql,
      shares: body.sharePermissions
        ? body.sharePermissions.map((s) => shareOf(user, s))
        : filter.shares,
    });
    res.json(filterView(m, saved, user, parseExpand(queryString(req, 'expand')), true));
  });

  route(router, 'jira', 'get', '/rest/api/3/filter/{id}', (req, res) => {
    const user = principalOf(res);
    const filter = visibleFilter(user, param(req, 'id'));
    res.json(filterView(m, filter, user, parseExpand(queryString(req, 'expand')), true));
  });
}
