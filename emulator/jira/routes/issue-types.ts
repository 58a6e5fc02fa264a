import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { IssueTypeSchemeDoc } from '../models/issue-type-schemes';
import type { JiraModels } from '../models/jira-models';
import { issueTypeView } from '../views/entity-views';
import { requireAdmin } from './admin-access';
import { requestedPage } from './page-bean';
import { saveChanges } from './save-changes';
import { param, queryList, queryString } from './query-params';
import { parseBody } from './request-body';

const createTypeSchema = z.object({
  name: z
    .string()
    .min(1, 'The issue type name must not be empty.')
    .max(60, 'The issue type name must not exceed 60 characters.'),
  description: z.string().optional(),
  type: z.enum(['subtask', 'standard']).optional(),
  hierarchyLevel: z.number().int().min(-1).max(0).optional(),
});
/** IssueTypeUpdateBean; Jira answers 400 when no content is sent or the name exceeds 60 characters. */
const updateTypeSchema = z
  .object({
    name: z
      .string()
      .min(1, 'The issue type name must not be empty.')
      .max(60, 'The issue type name must not exceed 60 characters.')
      .optional(),
    description: z.string().optional(),
    avatarId: z.number().int().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'No content was sent: give a name, a description or an avatar.',
  });
const createSchemeSchema = z.object({
  name: z.string().min(1).max(255),
  description: z.string().optional(),
  defaultIssueTypeId: z.string().optional(),
  issueTypeIds: z.array(z.string()).min(1, 'At least one issue type must be selected.'),
});
const assocSchema = z.object({ issueTypeSchemeId: z.string(), projectId: z.string() });
const typeIdsSchema = z.object({ issueTypeIds: z.array(z.string()).min(1) });

/** Issue types and issue type schemes. */
export function registerIssueTypeRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  const typeOr404 = (id: string) => {
    const t = m.issueTypes.byId(id);
    if (!t) throw new JiraError(404, [`Issue type with ID '${id}' does not exist.`]);
    return t;
  };
  const schemeOr404 = (id: string): IssueTypeSchemeDoc => {
    const s = m.issueTypeSchemes.byId(id);
    if (!s) throw new JiraError(404, [`The issue type scheme with ID '${id}' does not exist.`]);
    return s;
  };
  const schemeView = (s: IssueTypeSchemeDoc): Record<string, unknown> => ({
    id: s.id,
    name: s.name,
    description: s.description,
    ...(s.defaultIssueTypeId ? { defaultIssueTypeId: s.defaultIssueTypeId } : {}),
    isDefault: s.isDefault,
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetype', (_req, res) => {
    res.json(m.issueTypes.all().map((t) => issueTypeView(ctx, t)));
  });

  route(router, 'jira', 'post', '/rest/api/3/issuetype', (req, res) => {
    requireAdmin(m, principalOf(res));
    const body = parseBody(createTypeSchema, req.body);
    if (m.issueTypes.byName(body.name))
      throw new JiraError(409, [], { name: 'An issue type with this name already exists.' });
    const hierarchyLevel = body.hierarchyLevel ?? (body.type === 'subtask' ? -1 : 0);
    const t = m.issueTypes.create({
      name: body.name,
      description: body.description ?? '',
      hierarchyLevel,
    });
    res.status(201).json(issueTypeView(ctx, t));
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetype/project', (req, res) => {
    const projectId = queryString(req, 'projectId');
    const project = projectId ? m.projects.byId(projectId) : undefined;
    if (!project || !m.permissions.canBrowse(principalOf(res), project)) {
      throw new JiraError(404, [`No project could be found with id '${projectId ?? ''}'.`]);
    }
    const scheme = m.issueTypeSchemes.byId(project.issueTypeSchemeId);
    const level = queryString(req, 'level');
    const types = (scheme ? m.issueTypeSchemes.typeIdsOf(scheme) : [])
      .map((id) => m.issueTypes.byId(id))
      .filter((t) => t !== undefined)
      .filter((t) => level === undefined || String(t.hierarchyLevel) === level);
    res.json(types.map((t) => issueTypeView(ctx, t)));
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetype/{id}', (req, res) => {
    res.json(issueTypeView(ctx, typeOr404(param(req, 'id'))));
  });

  route(router, 'jira', 'put', '/rest/api/3/issuetype/{id}', (req, res) => {
    requireAdmin(m, principalOf(res));
    const t = typeOr404(param(req, 'id'));
    const saved = saveChanges(m.issueTypes, t, parseBody(updateTypeSchema, req.body), () => {
      return new JiraError(409, [], { name: 'An issue type with this name already exists.' });
    });
    res.json(issueTypeView(ctx, saved));
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetypescheme', (req, res) => {
    requireAdmin(m, principalOf(res));
    const ids = queryList(req, 'id');
    const q = (queryString(req, 'queryString') ?? '').toLowerCase();
    const list = m.issueTypeSchemes
      .all()
      .filter((s) => (ids.length ? ids.includes(s.id) : true))
      .filter((s) => !q || s.name.toLowerCase().includes(q));
    res.json(requestedPage(ctx, req, list.map(schemeView), 50, 50));
  });

  route(router, 'jira', 'post', '/rest/api/3/issuetypescheme', (req, res) => {
    requireAdmin(m, principalOf(res));
    const body = parseBody(createSchemeSchema, req.body);
    if (m.issueTypeSchemes.all().some((s) => s.name === body.name)) {
      throw new JiraError(409, ['An issue type scheme with this name already exists.']);
    }
    for (const id of body.issueTypeIds) typeOr404(id);
    if (body.defaultIssueTypeId && !body.issueTypeIds.includes(body.defaultIssueTypeId)) {
      throw new JiraError(400, [
        'The default issue type must be one of the issue types of the scheme.',
      ]);
    }
    const s = m.issueTypeSchemes.create({
      name: body.name,
      description: body.description ?? '',
      defaultIssueTypeId: body.defaultIssueTypeId ?? null,
      issueTypeIds: [...new Set(body.issueTypeIds)],
    });
    res.status(201).json({ issueTypeSchemeId: s.id });
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetypescheme/project', (req, res) => {
    requireAdmin(m, principalOf(res));
    const projectIds = queryList(req, 'projectId');
    if (projectIds.length === 0)
      throw new JiraError(400, ['The projectId query parameter must be provided.']);
    const groups = new Map<string, string[]>();
    for (const pid of projectIds) {
      const p = m.projects.byId(pid);
      if (!p) continue;
      groups.set(p.issueTypeSchemeId, [...(groups.get(p.issueTypeSchemeId) ?? []), p.id]);
    }
    const values = [...groups.entries()]
      .map(([sid, pids]) => ({ scheme: m.issueTypeSchemes.byId(sid), pids }))
      .filter((g) => g.scheme !== undefined)
      .map((g) => ({
        issueTypeScheme: schemeView(g.scheme as IssueTypeSchemeDoc),
        projectIds: g.pids,
      }));
    res.json(requestedPage(ctx, req, values, 50, 50));
  });

  route(router, 'jira', 'put', '/rest/api/3/issuetypescheme/project', (req, res) => {
    requireAdmin(m, principalOf(res));
    const body = parseBody(assocSchema, req.body);
    const scheme = schemeOr404(body.issueTypeSchemeId);
    const project = m.projects.byId(body.projectId);
    if (!project)
      throw new JiraError(404, [`No project could be found with id '${body.projectId}'.`]);
    const allowed = new Set(m.issueTypeSchemes.typeIdsOf(scheme));
    const stranded = m.store.inProject(project.id).filter((i) => !allowed.has(i.issueTypeId));
    if (stranded.length) {
      throw new JiraError(400, [
        `The issue type scheme can't be assigned: ${stranded.length} issue(s) in the project use issue types the scheme doesn't include.`,
      ]);
    }
    m.projects.save({ ...project, issueTypeSchemeId: scheme.id });
    res.status(204).end();
  });

  route(
    router,
    'jira',
    'put',
    '/rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype',
    (req, res) => {
      requireAdmin(m, principalOf(res));
      const scheme = schemeOr404(param(req, 'issueTypeSchemeId'));
      if (scheme.isDefault)
        throw new JiraError(400, [
          "The default issue type scheme can't be modified: it includes every issue type.",
        ]);
      const body = parseBody(typeIdsSchema, req.body);
      for (const id of body.issueTypeIds) {
        typeOr404(id);
        if (scheme.issueTypeIds.includes(id)) {
          throw new JiraError(400, [
            `The issue type with ID '${id}' is already in the issue type scheme.`,
          ]);
        }
      }
      m.issueTypeSchemes.save({
        ...scheme,
        issueTypeIds: [...scheme.issueTypeIds, ...new Set(body.issueTypeIds)],
      });
      res.status(204).end();
    },
  );
}
