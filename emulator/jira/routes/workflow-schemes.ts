import type { Router } from 'express';
import { JiraError, jiraBadRequest, jiraNotFound } from '../../core/errors';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import { requireJiraAdmin } from './admin-access';
import { pageBean } from './page-bean';
import { param, queryInt, queryList } from './query-params';
import { parseBody } from './request-body';
import { DEFAULT_WORKFLOW_NAME } from '../models/default-workflow';
import type { WorkflowSchemeDoc } from '../models/workflow-docs';
import { workflowModel } from '../models/workflow-model';
import type { WorkflowSchemePayload } from '../models/workflow-payloads';
import { schemeAssociationSchema, workflowSchemeSchema } from '../models/workflow-payloads';
import { defaultWorkflowSchemeView, workflowSchemeView } from '../views/workflow-views';
import { apiUrl } from '../api-urls';
import { taskView } from '../views/task-view';
import {
  WORKFLOW_SCHEME_SWITCH_TASK,
  applySwitch,
  planSwitch,
  switchRequestSchema,
} from '../models/workflow-scheme-switch';

/**
 * Workflow schemes (classic API) and their assignment to projects. Like Jira: an active scheme
 * (used by a project) cannot be edited in place (`updateDraftIfNeeded` drafts are not emulated:
 * such a request is refused with a message saying so) nor deleted, a scheme can be assigned
 * (PUT) only to a project without issues, and only company-managed (classic) projects take
 * schemes. A project with issues switches schemes with POST /workflowscheme/project/switch, an
 * asynchronous task that moves issues to mapped statuses (`workflow-scheme-switch.ts`).
 */
export function registerWorkflowSchemeRoutes(router: Router, m: JiraModels): void {
  const { ctx } = m;
  const model = workflowModel(ctx);
  const store = model.store;

  const schemeOf = (rawId: string): WorkflowSchemeDoc => {
    const scheme = /^\d+$/.test(rawId) ? store.schemes.get(rawId) : undefined;
    if (!scheme) throw jiraNotFound(`The workflow scheme with ID '${rawId}' was not found.`);
    return scheme;
  };

  /** Problems with the workflows and issue types a scheme payload names. */
  const checkMappings = (payload: WorkflowSchemePayload): void => {
    const problems: string[] = [];
    const workflows = [payload.defaultWorkflow, ...Object.values(payload.issueTypeMappings ?? {})];
    for (const name of new Set(workflows)) {
      if (name !== undefined && !store.workflowByName(name))
        problems.push(`The workflow '${name}' does not exist.`);
    }
    const issueTypes = m.issueTypes;
    for (const typeId of Object.keys(payload.issueTypeMappings ?? {})) {
      if (!issueTypes.byId(typeId))
        problems.push(`The issue type with ID '${typeId}' does not exist.`);
    }
    if (problems.length > 0) throw new JiraError(400, problems);
  };

  const nameTaken = (name: string, exceptId?: string): boolean =>
    store.schemes
      .all()
      .some((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());

  route(router, 'jira', 'get', '/rest/api/3/workflowscheme', (req, res) => {
    requireJiraAdmin(m, res, 403);
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 50, 50);
    const all = store.schemes.all().map((s) => workflowSchemeView(ctx, s));
    res.json(pageBean(ctx, req, all, startAt, maxResults));
  });

  route(router, 'jira', 'post', '/rest/api/3/workflowscheme', (req, res) => {
    requireJiraAdmin(m, res, 403);
    const body = parseBody(workflowSchemeSchema, req.body);
    if (!body.name) throw jiraBadRequest('The workflow scheme name is required.', 'name');
    if (nameTaken(body.name))
      throw jiraBadRequest(
        `A workflow scheme with the name '${body.name}' already exists.`,
        'name',
      );
    checkMappings(body);
    const scheme = store.schemes.put({
      id: String(ctx.meta.next('jira:workflowscheme', 10000)),
      name: body.name,
      description: body.description ?? '',
      defaultWorkflow: body.defaultWorkflow ?? DEFAULT_WORKFLOW_NAME,
      issueTypeMappings: body.issueTypeMappings ?? {},
    });
    res.status(201).json(workflowSchemeView(ctx, scheme));
  });

  // Registered before /workflowscheme/{id}, which would otherwise take "project" as an id.
  route(router, 'jira', 'get', '/rest/api/3/workflowscheme/project', (req, res) => {
    requireJiraAdmin(m, res, 403);
    const projectIds = queryList(req, 'projectId');
    if (
      projectIds.length < 1 ||
      projectIds.length > 100 ||
      projectIds.some((id) => !/^\d+$/.test(id))
    ) {
      throw jiraBadRequest('Provide between 1 and 100 numeric projectId values.');
    }
    const projects = m.projects;
    const groups = new Map<string, string[]>();
    for (const projectId of new Set(projectIds)) {
      // "Any team-managed or non-existent projects in the request are ignored."
      const project = projects.byId(projectId);
      if (!project || project.style === 'next-gen') continue;
      const schemeId = store.associations.get(projectId)?.schemeId ?? '';
      groups.set(schemeId, [...(groups.get(schemeId) ?? []), projectId]);
    }
    const values = [...groups].map(([schemeId, ids]) => {
      const scheme = schemeId ? store.schemes.get(schemeId) : undefined;
      return {
        projectIds: ids,
        workflowScheme: scheme ? workflowSchemeView(ctx, scheme) : defaultWorkflowSchemeView(),
      };
    });
    res.json({ values });
  });

  route(router, 'jira', 'put', '/rest/api/3/workflowscheme/project', (req, res) => {
    requireJiraAdmin(m, res, 403);
    const body = parseBody(schemeAssociationSchema, req.body);
    const project = m.projects.byId(body.projectId);
    if (!project) throw jiraNotFound(`The project with ID '${body.projectId}' was not found.`);
    if (project.style === 'next-gen')
      throw jiraBadRequest('Workflow schemes can only be assigned to classic projects.');
    const schemeId = body.workflowSchemeId ?? null;
    if (schemeId !== null) schemeOf(schemeId);
    if ((store.associations.get(project.id)?.schemeId ?? null) === schemeId) {
      res.status(204).end();
      return;
    }
    if (m.store.inProject(project.id).length > 0) {
      throw jiraBadRequest(
        `The workflow scheme of project '${project.key}' cannot be changed this way because the project has issues. Use "Switch workflow scheme for project", which migrates their statuses.`,
      );
    }
    if (schemeId === null) store.associations.delete(project.id);
    else store.associations.put({ id: project.id, schemeId });
    res.status(204).end();
  });

  route(router, 'jira', 'post', '/rest/api/3/workflowscheme/project/switch', (req, res) => {
    const user = requireJiraAdmin(m, res, 401);
    const plan = planSwitch(m, model, parseBody(switchRequestSchema, req.body));
    if (m.tasks.unfinished(WORKFLOW_SCHEME_SWITCH_TASK, plan.project.id).length > 0) {
      throw new JiraError(409, [
        `A workflow scheme switch for project '${plan.project.key}' is already running.`,
      ]);
    }
    const task = m.tasks.submit(
      {
        kind: WORKFLOW_SCHEME_SWITCH_TASK,
        subject: plan.project.id,
        description: `Switch project ${plan.project.key} to the workflow scheme '${plan.target.name}'`,
        submittedBy: user.accountId,
      },
      () => applySwitch(m, model, plan, user.accountId),
    );
    // Jira's asynchronous operations: 303 See Other to the task, with the task in the body.
    res
      .status(303)
      .location(apiUrl(ctx, `task/${task.id}`))
      .json(taskView(ctx, task));
  });

  route(router, 'jira', 'get', '/rest/api/3/workflowscheme/{id}', (req, res) => {
    requireJiraAdmin(m, res, 403);
    res.json(workflowSchemeView(ctx, schemeOf(param(req, 'id'))));
  });

  route(router, 'jira', 'put', '/rest/api/3/workflowscheme/{id}', (req, res) => {
    requireJiraAdmin(m, res, 403);
    const scheme = schemeOf(param(req, 'id'));
    const body = parseBody(workflowSchemeSchema, req.body);
    if (store.projectsOfScheme(scheme.id).length > 0) {
      throw jiraBadRequest(
        body.updateDraftIfNeeded
          ? `The workflow scheme '${scheme.name}' is active; draft workflow schemes are not supported by this site.`
          : `The workflow scheme '${scheme.name}' is active (used by a project) and cannot be updated. Set updateDraftIfNeeded to update its draft.`,
      );
    }
    if (body.name && nameTaken(body.name, scheme.id)) {
      throw jiraBadRequest(
        `A workflow scheme with the name '${body.name}' already exists.`,
        'name',
      );
    }
    checkMappings(body);
    const updated = store.schemes.put({
      ...scheme,
      name: body.name ?? scheme.name,
      description: body.description ?? scheme.description,
      defaultWorkflow: body.defaultWorkflow ?? scheme.defaultWorkflow,
      issueTypeMappings: body.issueTypeMappings ?? scheme.issueTypeMappings,
    });
    res.json(workflowSchemeView(ctx, updated));
  });

  route(router, 'jira', 'delete', '/rest/api/3/workflowscheme/{id}', (req, res) => {
    requireJiraAdmin(m, res, 403);
    const scheme = schemeOf(param(req, 'id'));
    if (store.projectsOfScheme(scheme.id).length > 0) {
      throw jiraBadRequest(
        `The workflow scheme '${scheme.name}' is active (used by a project) and cannot be deleted.`,
      );
    }
    store.schemes.delete(scheme.id);
    res.status(204).end();
  });
}
