import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import { isClassic } from '../models/projects';
import type {
  IssueTypeScreenSchemeDoc,
  IssueTypeScreenSchemeMappingDoc,
} from '../models/screen-schemes';
import {
  issueTypeScreenSchemeItemView,
  issueTypeScreenSchemeView,
  screenSchemeView,
} from '../views/screen-views';
import { requireAdmin } from './admin-access';
import { requestedPage } from './page-bean';
import { param, queryList } from './query-params';
import { parseBody } from './request-body';
import { namedListPage } from './named-list';

const name = z
  .string()
  .trim()
  .min(1, 'The name must not be empty.')
  .max(255, 'The name must not exceed 255 characters.');
const description = z
  .string()
  .max(255, 'The description must not exceed 255 characters.')
  .optional();
const screenId = z.number().int().positive();
const screenSchemeSchema = z.object({
  name,
  description,
  screens: z.object({
    default: screenId,
    create: screenId.optional(),
    edit: screenId.optional(),
    view: screenId.optional(),
  }),
});
const mappingSchema = z.object({
  issueTypeId: z.string().min(1),
  screenSchemeId: z.string().regex(/^\d+$/, 'The screen scheme ID must be a number.'),
});
const itssSchema = z.object({ name, description, issueTypeMappings: z.array(mappingSchema) });
const appendSchema = z.object({ issueTypeMappings: z.array(mappingSchema) });
const assignSchema = z.object({
  issueTypeScreenSchemeId: z.string().min(1, 'The issue type screen scheme ID is required.'),
  projectId: z.string().min(1, 'The project ID is required.'),
});

/**
 * Screen schemes, issue type screen schemes and their assignment to (company-managed) projects:
 * together they choose the create, edit and view screen of each issue type of a project.
 */
export function registerScreenSchemeRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  const admin = (res: Parameters<typeof principalOf>[0]): void => requireAdmin(m, principalOf(res));

  const itssOr404 = (id: string): IssueTypeScreenSchemeDoc => {
    const scheme = m.screenSchemes.issueTypeSchemes.sharedGet(id);
    if (!scheme) throw new JiraError(404, ['The issue type screen scheme was not found.']);
    return scheme;
  };

  /** Jira's checks of issue type → screen scheme rows: no repeats, known types and schemes. */
  const checkMappings = (rows: readonly IssueTypeScreenSchemeMappingDoc[]): void => {
    const types = rows.map((r) => r.issueTypeId);
    if (new Set(types).size !== types.length) {
      throw new JiraError(400, [
        'One or more issue type IDs are repeated, an issue type ID can only be specified once.',
      ]);
    }
    if (types.some((t) => t !== 'default' && !m.issueTypes.byId(t)))
      throw new JiraError(404, ['One or more issue type IDs were not found.']);
    if (rows.some((r) => !m.screenSchemes.schemes.sharedGet(r.screenSchemeId)))
      throw new JiraError(404, ['One or more screen schemes were not found.']);
  };

  route(router, 'jira', 'get', '/rest/api/3/screenscheme', (req, res) => {
    admin(res);
    res.json(namedListPage(ctx, req, m.screenSchemes.schemes.sharedAll(), screenSchemeView, 25));
  });

  route(router, 'jira', 'post', '/rest/api/3/screenscheme', (req, res) => {
    admin(res);
    const body = parseBody(screenSchemeSchema, req.body);
    const lower = body.name.toLowerCase();
    if (m.screenSchemes.schemes.sharedAll().some((s) => s.name.toLowerCase() === lower))
      throw new JiraError(400, ['The name is used by another scheme.']);
    const screens = Object.fromEntries(
      Object.entries(body.screens)
        .filter((e): e is [string, number] => e[1] !== undefined)
        .map(([type, id]) => [type, String(id)]),
    ) as { default: string };
    if (Object.values(screens).some((id) => !m.screens.byId(id)))
      throw new JiraError(404, ['One or more screens assigned to screen types was not found.']);
    const created = m.screenSchemes.createScheme({
      name: body.name,
      description: body.description ?? '',
      screens,
    });
    res.status(201).json({ id: Number(created.id) });
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetypescreenscheme', (req, res) => {
    admin(res);
    res.json(
      namedListPage(
        ctx,
        req,
        m.screenSchemes.issueTypeSchemes.sharedAll(),
        issueTypeScreenSchemeView,
        50,
      ),
    );
  });

  route(router, 'jira', 'post', '/rest/api/3/issuetypescreenscheme', (req, res) => {
    admin(res);
    const body = parseBody(itssSchema, req.body);
    const lower = body.name.toLowerCase();
    if (m.screenSchemes.issueTypeSchemes.sharedAll().some((s) => s.name.toLowerCase() === lower))
      throw new JiraError(400, ['The name is used by another scheme.']);
    checkMappings(body.issueTypeMappings);
    if (!body.issueTypeMappings.some((r) => r.issueTypeId === 'default')) {
      throw new JiraError(400, [
        "A mapping for 'default' is required: it is the screen scheme of every issue type without one.",
      ]);
    }
    const created = m.screenSchemes.createIssueTypeScheme({
      name: body.name,
      description: body.description ?? '',
      mappings: body.issueTypeMappings,
    });
    res.status(201).json({ id: created.id });
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetypescreenscheme/mapping', (req, res) => {
    admin(res);
    const ids = queryList(req, 'issueTypeScreenSchemeId');
    const items = m.screenSchemes.issueTypeSchemes
      .sharedAll()
      .filter((s) => (ids.length ? ids.includes(s.id) : true))
      .flatMap((s) => s.mappings.map((row) => issueTypeScreenSchemeItemView(s, row)));
    res.json(requestedPage(ctx, req, items, 50, 100));
  });

  route(router, 'jira', 'get', '/rest/api/3/issuetypescreenscheme/project', (req, res) => {
    admin(res);
    const projectIds = queryList(req, 'projectId');
    if (projectIds.length === 0 || projectIds.some((id) => !/^\d+$/.test(id)))
      throw new JiraError(400, ['Provide at least one numeric projectId.']);
    const groups = new Map<string, string[]>();
    for (const projectId of new Set(projectIds)) {
      const project = m.projects.byId(projectId);
      // Only issue type screen schemes of company-managed projects are listed.
      if (!project || !isClassic(project)) continue;
      const scheme = m.screenSchemes.issueTypeSchemeOfProject(project.id);
      groups.set(scheme.id, [...(groups.get(scheme.id) ?? []), project.id]);
    }
    const values = [...groups].map(([schemeId, ids]) => ({
      issueTypeScreenScheme: issueTypeScreenSchemeView(itssOr404(schemeId)),
      projectIds: ids,
    }));
    res.json(requestedPage(ctx, req, values, 50, 100));
  });

  route(router, 'jira', 'put', '/rest/api/3/issuetypescreenscheme/project', (req, res) => {
    admin(res);
    const body = parseBody(assignSchema, req.body);
    const scheme = itssOr404(body.issueTypeScreenSchemeId);
    const project = m.projects.byId(body.projectId);
    if (!project)
      throw new JiraError(404, [`The project with ID '${body.projectId}' was not found.`]);
    if (!isClassic(project))
      throw new JiraError(400, [
        'Only classic projects can have issue type screen schemes assigned.',
      ]);
    m.screenSchemes.assign(project.id, scheme.id);
    res.status(204).end();
  });

  route(
    router,
    'jira',
    'put',
    '/rest/api/3/issuetypescreenscheme/{issueTypeScreenSchemeId}/mapping',
    (req, res) => {
      admin(res);
      const scheme = itssOr404(param(req, 'issueTypeScreenSchemeId'));
      const body = parseBody(appendSchema, req.body);
      if (body.issueTypeMappings.some((r) => r.issueTypeId === 'default'))
        throw new JiraError(400, ['A default mapping cannot be added.']);
      checkMappings([...scheme.mappings, ...body.issueTypeMappings]);
      m.screenSchemes.issueTypeSchemes.put({
        ...structuredClone(scheme),
        mappings: [...structuredClone(scheme.mappings), ...body.issueTypeMappings],
      });
      res.status(204).end();
    },
  );
}
