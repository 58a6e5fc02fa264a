import type { Request, Router } from 'express';
import { JiraError, jiraBadRequest, jiraNotFound } from '../../core/errors';
import { route } from '../../core/route-table';
import { requireJiraAdmin } from './admin-access';
import { pageBean } from './page-bean';
import { param, queryInt, queryString, queryValues } from './query-params';
import { parseBody } from './request-body';
import { categoryKeyOfCode, findCategory, STATUS_CATEGORIES } from '../models/status-categories';
import { statusCategoryView } from '../views/entity-views';
import type { StatusDoc } from '../models/workflow-docs';
import { statusCreateRequestSchema } from '../models/workflow-payloads';
import type { JiraModels } from '../models/jira-models';
import { workflowModel } from '../models/workflow-model';
import { jiraStatusView, statusDetailsView } from '../views/workflow-views';

/** Statuses and status categories: the classic read API and the bulk status API. */
export function registerStatusRoutes(router: Router, m: JiraModels): void {
  const { ctx } = m;
  const model = workflowModel(ctx);
  route(router, 'jira', 'get', '/rest/api/3/status', (_req, res) => {
    const active = model.activeStatusIds();
    res.json(
      model.statuses
        .all()
        .filter((s) => active.has(s.id))
        .map((s) => statusDetailsView(ctx, s)),
    );
  });

  route(router, 'jira', 'get', '/rest/api/3/status/{idOrName}', (req, res) => {
    const idOrName = param(req, 'idOrName');
    const status = model.statuses.find(idOrName);
    if (!status || !model.activeStatusIds().has(status.id)) {
      throw jiraNotFound(`The status with ID or name '${idOrName}' was not found.`);
    }
    res.json(statusDetailsView(ctx, status));
  });

  route(router, 'jira', 'get', '/rest/api/3/statuscategory', (_req, res) => {
    res.json(STATUS_CATEGORIES.map((c) => statusCategoryView(ctx, c)));
  });

  route(router, 'jira', 'get', '/rest/api/3/statuscategory/{idOrKey}', (req, res) => {
    const category = findCategory(param(req, 'idOrKey'));
    if (!category)
      throw jiraNotFound(`The status category '${param(req, 'idOrKey')}' was not found.`);
    res.json(statusCategoryView(ctx, category));
  });

  route(router, 'jira', 'get', '/rest/api/3/statuses', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const ids = boundedList(req, 'id', true);
    res.json(
      ids
        .map((id) => model.statuses.byId(id))
        .filter(isStatus)
        .map(jiraStatusView),
    );
  });

  route(router, 'jira', 'get', '/rest/api/3/statuses/byNames', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const names = boundedList(req, 'name', false);
    const projectId = queryString(req, 'projectId');
    if (projectId) {
      res.json([]);
      return;
    }
    res.json(
      names
        .map((n) => model.statuses.byName(n))
        .filter(isStatus)
        .map(jiraStatusView),
    );
  });

  route(router, 'jira', 'post', '/rest/api/3/statuses', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const body = parseBody(statusCreateRequestSchema, req.body);
    if (body.scope.type !== 'GLOBAL') {
      throw jiraBadRequest('Only GLOBAL (company-managed) statuses are supported by this site.');
    }
    const seen = new Set<string>();
    const clashes = body.statuses.filter((s) => {
      const lower = s.name.toLowerCase();
      const clash = seen.has(lower) || model.statuses.byName(s.name) !== undefined;
      seen.add(lower);
      return clash;
    });
    if (clashes.length > 0) {
      throw new JiraError(
        400,
        clashes.map((s) => `A status with the name '${s.name}' already exists.`),
      );
    }
    const created = ctx.db.transaction(() =>
      body.statuses.map((s) =>
        model.statuses.create({
          name: s.name,
          description: s.description ?? '',
          categoryKey: categoryKeyOfCode(s.statusCategory),
        }),
      ),
    )();
    res.json(created.map(jiraStatusView));
  });

  route(router, 'jira', 'get', '/rest/api/3/statuses/search', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 200, 200);
    const search = (queryString(req, 'searchString') ?? '').toLowerCase();
    const category = queryString(req, 'statusCategory');
    if (category !== undefined && !['TODO', 'IN_PROGRESS', 'DONE'].includes(category)) {
      throw jiraBadRequest(
        `The status category '${category}' is not valid. Use TODO, IN_PROGRESS or DONE.`,
      );
    }
    // Only global statuses exist here; a project's own (team-managed) statuses are none.
    const matching = queryString(req, 'projectId')
      ? []
      : model.statuses
          .all()
          .filter((s) => s.name.toLowerCase().includes(search))
          .filter(
            (s) =>
              category === undefined || categoryKeyOfCode(category as 'TODO') === s.categoryKey,
          );
    res.json(pageBean(ctx, req, matching.map(jiraStatusView), startAt, maxResults));
  });
}

const isStatus = (s: StatusDoc | undefined): s is StatusDoc => s !== undefined;

/** A repeated query parameter with 1..50 values, as the bulk status reads require (names may hold commas). */
function boundedList(req: Request, name: string, commaSeparated: boolean): string[] {
  const values = queryValues(req, name)
    .flatMap((v) => (commaSeparated ? v.split(',') : [v]))
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.length < 1 || values.length > 50) {
    throw jiraBadRequest(`Provide between 1 and 50 values of the '${name}' parameter.`);
  }
  return values;
}
