import type { Request, Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import { parseIssueInput } from '../models/issue-service';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import type { ProjectDoc } from '../models/projects';
import { issueTypeView } from '../views/entity-views';
import { fieldMetadata } from '../views/field-meta';
import { parseExpand, parseFieldSelection } from '../views/field-selection';
import { transitionViews } from './transitions';
import { requestedPage } from './page-bean';
import { param, queryBool, queryInt, queryString, queryValues } from './query-params';
import { historyView } from '../views/changelog-view';

const bulkSchema = z.object({
  issueUpdates: z.array(z.unknown()).max(50, 'You can create at most 50 issues at once.'),
});

/** Issues: create (single and bulk), get, edit, delete, create/edit metadata and changelog. */
export function registerIssueRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  const created = (issue: IssueDoc): Record<string, unknown> => ({
    id: issue.id,
    key: issue.key,
    self: apiUrl(ctx, `issue/${issue.id}`),
  });

  /** Renders an issue for the viewer with `fields`/`expand` query parameters (default: all fields). */
  const render = async (
    issue: IssueDoc,
    viewer: SiteUser,
    fieldsParam: string[],
    expandParam: string | undefined,
    defaultBase: 'all' | 'none',
  ) => {
    const expand = parseExpand(expandParam);
    const transitions = expand.has('transitions')
      ? transitionViews(m, await m.issues.availableTransitions(viewer, issue))
      : undefined;
    return m.view.render(issue, viewer, {
      fields: parseFieldSelection(fieldsParam, defaultBase),
      expand,
      ...(transitions ? { transitions } : {}),
    });
  };

  route(router, 'jira', 'post', '/rest/api/3/issue', (req, res) => {
    const issue = m.issues.create(principalOf(res), parseIssueInput(req.body));
    res.status(201).json(created(issue));
  });

  route(router, 'jira', 'post', '/rest/api/3/issue/bulk', (req, res) => {
    const actor = principalOf(res);
    const body = bulkSchema.safeParse(req.body ?? {});
    if (!body.success)
      throw new JiraError(400, [body.error.issues[0]?.message ?? 'issueUpdates must be a list.']);
    const issues: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    body.data.issueUpdates.forEach((update, index) => {
      try {
        issues.push(created(m.issues.create(actor, parseIssueInput(update))));
      } catch (err) {
        if (!(err instanceof JiraError)) throw err;
        errors.push({ status: err.status, elementErrors: err.body(), failedElementNumber: index });
      }
    });
    res.status(issues.length === 0 && errors.length > 0 ? 400 : 201).json({ issues, errors });
  });

  const metaProject = (user: SiteUser, idOrKey: string): ProjectDoc => {
    const p = m.projects.find(idOrKey);
    if (!p || !m.permissions.canBrowse(user, p)) {
      throw new JiraError(400, [`No project could be found with key '${idOrKey}'.`]);
    }
    return p;
  };
  /** A createmeta list: `{maxResults, startAt, total, [name]: the window}`. */
  const metaPage = <T>(req: Request, name: string, all: T[]): Record<string, unknown> => {
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 50, 200);
    return {
      maxResults,
      startAt,
      total: all.length,
      [name]: all.slice(startAt, startAt + maxResults),
    };
  };

  route(
    router,
    'jira',
    'get',
    '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes',
    (req, res) => {
      const p = metaProject(principalOf(res), param(req, 'projectIdOrKey'));
      const scheme = m.issueTypeSchemes.byId(p.issueTypeSchemeId);
      const types = (scheme ? m.issueTypeSchemes.typeIdsOf(scheme) : [])
        .map((id) => m.issueTypes.byId(id))
        .filter((t) => t !== undefined);
      res.json(
        metaPage(
          req,
          'issueTypes',
          types.map((t) => issueTypeView(ctx, t)),
        ),
      );
    },
  );

  route(
    router,
    'jira',
    'get',
    '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}',
    (req, res) => {
      const user = principalOf(res);
      const p = metaProject(user, param(req, 'projectIdOrKey'));
      const scheme = m.issueTypeSchemes.byId(p.issueTypeSchemeId);
      const typeId = param(req, 'issueTypeId');
      const type = m.issueTypes.byId(typeId);
      if (!type || !scheme || !m.issueTypeSchemes.typeIdsOf(scheme).includes(type.id)) {
        throw new JiraError(400, [
          `The issue type with ID '${typeId}' is not available in project '${p.key}'.`,
        ]);
      }
      const fields = fieldMetadata(
        m,
        user,
        p,
        type,
        'create',
        m.screenSchemes.fieldIdsFor(p.id, type.id, 'create'),
      ).map(({ info, meta }) => ({
        ...meta,
        fieldId: info.id,
      }));
      res.json(metaPage(req, 'fields', fields));
    },
  );

  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}', async (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    res.json(
      await render(issue, user, queryValues(req, 'fields'), queryString(req, 'expand'), 'all'),
    );
  });

  route(router, 'jira', 'put', '/rest/api/3/issue/{issueIdOrKey}', async (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const updated = m.issues.edit(user, issue, parseIssueInput(req.body), {
      overrideEditableFlag: queryBool(req, 'overrideEditableFlag', false),
    });
    if (queryBool(req, 'returnIssue', false)) {
      res.json(await render(updated, user, [], queryString(req, 'expand'), 'all'));
      return;
    }
    res.status(204).end();
  });

  route(router, 'jira', 'delete', '/rest/api/3/issue/{issueIdOrKey}', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    m.issues.delete(user, issue, queryString(req, 'deleteSubtasks') === 'true');
    res.status(204).end();
  });

  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}/editmeta', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    res.json(m.view.editmeta(issue, user, queryBool(req, 'overrideEditableFlag', false)));
  });

  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}/changelog', (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const histories = m.changelog.of(issue.id).map((e) => historyView(m.ctx, e));
    res.json(requestedPage(ctx, req, histories, 100, 100));
  });
}
