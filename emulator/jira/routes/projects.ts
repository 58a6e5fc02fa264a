import type { Request, Router } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import { apiUrl, avatarUrls } from '../api-urls';
import type { JiraModels } from '../models/jira-models';
import type { ProjectDoc } from '../models/projects';
import { isClassic } from '../models/projects';
import { issueTypeView, securityLevelView, statusView, userDetails } from '../views/entity-views';
import { parseExpand } from '../views/field-selection';
import { requireAdmin } from './admin-access';
import { pageBean } from './page-bean';
import { param, queryInt, queryList, queryString } from './query-params';

/** Projects, their statuses and security levels, and issue security schemes. */
export function registerProjectRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;

  const projectIssueTypes = (p: ProjectDoc): Record<string, unknown>[] => {
    const scheme = m.issueTypeSchemes.byId(p.issueTypeSchemeId);
    return (scheme ? m.issueTypeSchemes.typeIdsOf(scheme) : [])
      .map((id) => m.issueTypes.byId(id))
      .filter((t) => t !== undefined)
      .map((t) => issueTypeView(ctx, t));
  };

  const view = (p: ProjectDoc, expand: Set<string>, full: boolean): Record<string, unknown> => {
    const lead = ctx.users.byAccountId(p.leadAccountId);
    return {
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      self: apiUrl(ctx, `project/${p.id}`),
      id: p.id,
      key: p.key,
      ...(full || expand.has('description') ? { description: p.description } : {}),
      ...((full || expand.has('lead')) && lead ? { lead: userDetails(ctx, lead) } : {}),
      ...(full ? { components: [], versions: [], roles: {}, assigneeType: 'UNASSIGNED' } : {}),
      ...(full || expand.has('issueTypes') ? { issueTypes: projectIssueTypes(p) } : {}),
      name: p.name,
      avatarUrls: avatarUrls(ctx, 'project', p.id),
      projectTypeKey: p.projectTypeKey,
      simplified: !isClassic(p),
      style: isClassic(p) ? 'classic' : 'next-gen',
      isPrivate: false,
      properties: {},
    };
  };

  const visibleProject = (user: SiteUser, idOrKey: string): ProjectDoc => {
    const p = m.projects.find(idOrKey);
    if (!p || !m.permissions.canBrowse(user, p)) {
      throw new JiraError(404, [`No project could be found with key '${idOrKey}'.`]);
    }
    return p;
  };
  const expandOf = (req: Request): Set<string> => parseExpand(queryString(req, 'expand'));

  route(router, 'jira', 'get', '/rest/api/3/project', (req, res) => {
    const user = principalOf(res);
    res.json(m.permissions.browsableProjects(user).map((p) => view(p, expandOf(req), false)));
  });

  route(router, 'jira', 'get', '/rest/api/3/project/search', (req, res) => {
    const user = principalOf(res);
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 50, 100);
    const keys = queryList(req, 'keys').map((k) => k.toUpperCase());
    const ids = queryList(req, 'id');
    const query = (queryString(req, 'query') ?? '').toLowerCase();
    const orderBy = queryString(req, 'orderBy') ?? 'key';
    const list = m.permissions
      .browsableProjects(user)
      .filter((p) => (keys.length ? keys.includes(p.key) : true))
      .filter((p) => (ids.length ? ids.includes(p.id) : true))
      .filter(
        (p) =>
          !query || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query),
      );
    const desc = orderBy.startsWith('-');
    const by = orderBy.replace(/^[-+]/, '');
    list.sort((a, b) => {
      const x =
        by === 'name'
          ? a.name.localeCompare(b.name)
          : by === 'id'
            ? Number(a.id) - Number(b.id)
            : a.key.localeCompare(b.key);
      return desc ? -x : x;
    });
    res.json(
      pageBean(
        ctx,
        req,
        list.map((p) => view(p, expandOf(req), false)),
        startAt,
        maxResults,
      ),
    );
  });

  route(router, 'jira', 'get', '/rest/api/3/project/{projectIdOrKey}', (req, res) => {
    const p = visibleProject(principalOf(res), param(req, 'projectIdOrKey'));
    res.json(view(p, expandOf(req), true));
  });

  route(router, 'jira', 'get', '/rest/api/3/project/{projectIdOrKey}/statuses', (req, res) => {
    const p = visibleProject(principalOf(res), param(req, 'projectIdOrKey'));
    const scheme = m.issueTypeSchemes.byId(p.issueTypeSchemeId);
    const types = (scheme ? m.issueTypeSchemes.typeIdsOf(scheme) : [])
      .map((id) => m.issueTypes.byId(id))
      .filter((t) => t !== undefined);
    res.json(
      types.map((t) => ({
        self: apiUrl(ctx, `issuetype/${t.id}`),
        id: t.id,
        name: t.name,
        subtask: t.hierarchyLevel < 0,
        statuses: m.workflow.statusesFor(p.id, t.id).map((s) => statusView(ctx, s)),
      })),
    );
  });

  route(router, 'jira', 'get', '/rest/api/3/project/{projectKeyOrId}/securitylevel', (req, res) => {
    const user = principalOf(res);
    const p = visibleProject(user, param(req, 'projectKeyOrId'));
    const scheme = p.issueSecuritySchemeId ? m.security.byId(p.issueSecuritySchemeId) : undefined;
    const levels = (scheme?.levels ?? []).filter((l) => m.permissions.inSecurityLevel(user, l.id));
    res.json({
      levels: levels.map((l) =>
        securityLevelView(ctx, l, scheme?.id ?? '', scheme?.defaultSecurityLevelId === l.id),
      ),
    });
  });

  route(router, 'jira', 'get', '/rest/api/3/issuesecurityschemes', (_req, res) => {
    requireAdmin(m, principalOf(res));
    res.json({
      issueSecuritySchemes: m.security.all().map((s) => ({
        self: apiUrl(ctx, `issuesecurityschemes/${s.id}`),
        id: Number(s.id),
        name: s.name,
        description: s.description,
        ...(s.defaultSecurityLevelId
          ? { defaultSecurityLevelId: Number(s.defaultSecurityLevelId) }
          : {}),
        levels: s.levels.map((l) =>
          securityLevelView(ctx, l, s.id, s.defaultSecurityLevelId === l.id),
        ),
      })),
    });
  });
}
