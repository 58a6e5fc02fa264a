import type { Request, Router } from 'express';
import type { SiteContext } from '../../core/context';
import { jiraBadRequest } from '../../core/errors';
import { route } from '../../core/route-table';
import { apiUrl } from '../api-urls';
import { requireJiraAdmin } from './admin-access';
import { queryInt, queryString } from './query-params';
import { parseBody } from './request-body';
import type { StatusDoc, WorkflowDoc } from '../models/workflow-docs';
import type { JiraModels } from '../models/jira-models';
import { workflowModel } from '../models/workflow-model';
import {
  workflowCreateRequestSchema,
  workflowCreateValidateRequestSchema,
  workflowReadRequestSchema,
  workflowUpdateRequestSchema,
} from '../models/workflow-payloads';
import { jiraWorkflowStatusView, workflowView } from '../views/workflow-views';
import { WorkflowWriter } from '../models/workflow-writer';

/** The bulk workflow API (/rest/api/3/workflows…). */
export function registerWorkflowApiRoutes(router: Router, m: JiraModels): void {
  const { ctx } = m;
  const model = workflowModel(ctx);
  const writer = new WorkflowWriter(model);

  /** `JiraWorkflowStatus` list of the statuses the workflows use (each once). */
  const statusesOf = (workflows: WorkflowDoc[]): Record<string, unknown>[] => {
    const ids = new Set(workflows.flatMap((w) => w.statuses.map((s) => s.statusId)));
    return [...ids]
      .map((id) => model.statuses.byId(id))
      .filter((s): s is StatusDoc => s !== undefined)
      .map(jiraWorkflowStatusView);
  };

  route(router, 'jira', 'post', '/rest/api/3/workflows/create', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const result = writer.create(parseBody(workflowCreateRequestSchema, req.body));
    res.json({
      statuses: result.statuses.map(jiraWorkflowStatusView),
      workflows: result.workflows.map((w) => workflowView(w, true)),
    });
  });

  route(router, 'jira', 'post', '/rest/api/3/workflows/create/validation', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const body = parseBody(workflowCreateValidateRequestSchema, req.body);
    const levels = body.validationOptions?.levels;
    const errors =
      levels && !levels.includes('ERROR')
        ? []
        : writer.validateCreate(body.payload).asValidationErrors();
    res.json({ errors });
  });

  route(router, 'jira', 'post', '/rest/api/3/workflows/update', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const result = writer.update(parseBody(workflowUpdateRequestSchema, req.body));
    res.json({
      statuses: result.statuses.map(jiraWorkflowStatusView),
      workflows: result.workflows.map((w) => workflowView(w, true)),
    });
  });

  route(router, 'jira', 'post', '/rest/api/3/workflows', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const body = parseBody(workflowReadRequestSchema, req.body);
    const all = model.store.workflows.all();
    const ids = new Set(body.workflowIds ?? []);
    const names = new Set(body.workflowNames ?? []);
    const pairs = body.projectAndIssueTypes ?? [];
    const nothingAsked = ids.size === 0 && names.size === 0 && pairs.length === 0;
    const wanted = new Set(pairs.map((p) => model.workflowFor(p.projectId, p.issueTypeId).id));
    const found = all.filter(
      (w) => nothingAsked || ids.has(w.id) || names.has(w.name) || wanted.has(w.id),
    );
    res.json({ statuses: statusesOf(found), workflows: found.map((w) => workflowView(w, true)) });
  });

  route(router, 'jira', 'get', '/rest/api/3/workflows/search', (req, res) => {
    requireJiraAdmin(m, res, 401);
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 50, 200);
    const expand = new Set((queryString(req, 'expand') ?? '').split(',').map((e) => e.trim()));
    const query = (queryString(req, 'queryString') ?? '').toLowerCase();
    const scope = queryString(req, 'scope');
    const isActive = queryString(req, 'isActive');
    const active = model.activeWorkflowNames();
    // Every workflow here is GLOBAL (company-managed); scope=PROJECT finds none.
    const inScope = scope === undefined || scope.toUpperCase() === 'GLOBAL';
    const matching = model.store.workflows
      .all()
      .filter((w) => inScope && w.name.toLowerCase().includes(query))
      .filter((w) => isActive === undefined || active.has(w.name) === (isActive === 'true'))
      .sort(workflowOrder(queryString(req, 'orderBy')));
    const page = matching.slice(startAt, startAt + maxResults);
    const isLast = startAt + page.length >= matching.length;
    res.json({
      self: searchLink(ctx, req, startAt, maxResults),
      ...(isLast ? {} : { nextPage: searchLink(ctx, req, startAt + maxResults, maxResults) }),
      startAt,
      maxResults,
      total: matching.length,
      isLast,
      values: page.map((w) => workflowView(w, expand.has('values.transitions'))),
      statuses: statusesOf(page),
    });
  });
}

/** `orderBy` = name | created | updated, optionally prefixed by + or - (descending). */
function workflowOrder(orderBy: string | undefined): (a: WorkflowDoc, b: WorkflowDoc) => number {
  const raw = orderBy ?? 'name';
  const descending = raw.startsWith('-');
  const field = raw.replace(/^[-+]/, '');
  if (!['name', 'created', 'updated'].includes(field)) {
    throw jiraBadRequest(
      `The orderBy value '${raw}' is not supported. Use name, created or updated.`,
    );
  }
  const key = (w: WorkflowDoc): string =>
    field === 'name' ? w.name.toLowerCase() : field === 'created' ? w.created : w.updated;
  return (a, b) => {
    const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    return descending ? -c : c;
  };
}

function searchLink(ctx: SiteContext, req: Request, startAt: number, maxResults: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) {
    if (k === 'startAt' || k === 'maxResults') continue;
    for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string') params.append(k, x);
  }
  params.set('startAt', String(startAt));
  params.set('maxResults', String(maxResults));
  return apiUrl(ctx, `workflows/search?${params.toString()}`);
}
