import { z } from 'zod';
import { JiraError } from '../../core/errors';
import { diffIssue } from './change-items';
import type { JiraModels } from './jira-models';
import type { ProjectDoc } from './projects';
import type { WorkflowModel } from './workflow-model';
import type { WorkflowDoc, WorkflowSchemeDoc } from './workflow-docs';

/** The body of POST /workflowscheme/project/switch (WorkflowSchemeProjectSwitchBean). */
export const switchRequestSchema = z.object({
  projectId: z.string().regex(/^\d+$/, 'The project ID must be a number.'),
  targetSchemeId: z.string().regex(/^\d+$/, 'The target scheme ID must be a number.'),
  mappingsByIssueTypeOverride: z
    .array(
      z.object({
        issueTypeId: z.string(),
        statusMappings: z
          .array(z.object({ oldStatusId: z.string(), newStatusId: z.string() }))
          .default([]),
      }),
    )
    .default([]),
});
export type SwitchRequest = z.infer<typeof switchRequestSchema>;

/** One issue type of the project whose workflow changes, and where each status goes. */
interface TypeMove {
  issueTypeId: string;
  to: WorkflowDoc;
  /** Old status id → new status id, for the old workflow's statuses the new one lacks. */
  statusMap: Map<string, string>;
}

/** A checked switch: what `applySwitch` does, later, in the task. */
export interface SwitchPlan {
  project: ProjectDoc;
  target: WorkflowSchemeDoc;
  moves: TypeMove[];
}

export const WORKFLOW_SCHEME_SWITCH_TASK = 'workflow-scheme-switch';

/**
 * Checks a switch as Jira does before it starts the task: a company-managed project, a target
 * scheme, and for every issue type of the project a mapping for each status of its current
 * workflow that the target workflow lacks ("required if any statuses in the current project's
 * workflows would no longer exist in the target workflow scheme"), into a status of the target
 * workflow. Every problem is listed in one 400.
 */
export function planSwitch(m: JiraModels, wf: WorkflowModel, body: SwitchRequest): SwitchPlan {
  const project = m.projects.byId(body.projectId);
  if (!project)
    throw new JiraError(400, [`The project with ID '${body.projectId}' was not found.`]);
  if (project.style === 'next-gen')
    throw new JiraError(400, ['Workflow schemes can only be assigned to classic projects.']);
  const target = wf.store.schemes.get(body.targetSchemeId);
  if (!target)
    throw new JiraError(400, [
      `The workflow scheme with ID '${body.targetSchemeId}' was not found.`,
    ]);
  const typeIds = new Set<string>(m.store.inProject(project.id).map((i) => i.issueTypeId));
  const scheme = m.issueTypeSchemes.byId(project.issueTypeSchemeId);
  for (const id of scheme ? m.issueTypeSchemes.typeIdsOf(scheme) : []) typeIds.add(id);
  const problems: string[] = [];
  const moves: TypeMove[] = [];
  for (const issueTypeId of typeIds) {
    const from = wf.workflowFor(project.id, issueTypeId);
    const toName = target.issueTypeMappings[issueTypeId] ?? target.defaultWorkflow;
    const to = wf.store.workflowByName(toName) ?? wf.defaultWorkflow();
    if (from.id === to.id) continue;
    const kept = new Set(to.statuses.map((s) => s.statusId));
    const given = new Map(
      body.mappingsByIssueTypeOverride
        .filter((o) => o.issueTypeId === issueTypeId)
        .flatMap((o) => o.statusMappings.map((s) => [s.oldStatusId, s.newStatusId] as const)),
    );
    const typeName = m.issueTypes.byId(issueTypeId)?.name ?? issueTypeId;
    const statusMap = new Map<string, string>();
    for (const { statusId } of from.statuses) {
      if (kept.has(statusId)) continue;
      const name = wf.status(statusId)?.name ?? statusId;
      const mapped = given.get(statusId);
      if (mapped === undefined) {
        problems.push(
          `Issue type '${typeName}' (${issueTypeId}): status '${name}' (${statusId}) is not in the workflow '${to.name}'; map it to one of its statuses.`,
        );
      } else if (!kept.has(mapped)) {
        problems.push(
          `Issue type '${typeName}' (${issueTypeId}): status ${mapped}, the mapping of '${name}', is not in the workflow '${to.name}'.`,
        );
      } else statusMap.set(statusId, mapped);
    }
    moves.push({ issueTypeId, to, statusMap });
  }
  if (problems.length > 0) throw new JiraError(400, problems);
  return { project, target, moves };
}

/**
 * Runs a checked switch (inside the task, in one transaction): each issue whose status the new
 * workflow lacks moves to its mapped status (recorded in its changelog by the admin who switched;
 * like Jira's migration, no issue event is sent), then the project takes the scheme.
 */
export function applySwitch(
  m: JiraModels,
  wf: WorkflowModel,
  plan: SwitchPlan,
  actorAccountId: string,
): string {
  const now = m.ctx.now().toISOString();
  let moved = 0;
  m.ctx.db.transaction(() => {
    const moves = new Map(plan.moves.map((mv) => [mv.issueTypeId, mv]));
    for (const issue of m.store.inProject(plan.project.id)) {
      const next = moves.get(issue.issueTypeId)?.statusMap.get(issue.statusId);
      if (next === undefined) continue;
      const after = { ...structuredClone(issue), statusId: next, updated: now };
      if (wf.statusCategoryOf(next)?.key !== wf.statusCategoryOf(issue.statusId)?.key)
        after.statusCategoryChangeDate = now;
      const items = diffIssue(m, issue, after);
      m.store.put(after);
      if (items.length) m.changelog.record(issue.id, actorAccountId, now, items);
      moved += 1;
    }
    wf.store.associations.put({ id: plan.project.id, schemeId: plan.target.id });
  })();
  return `Project ${plan.project.key} uses the workflow scheme '${plan.target.name}'; ${moved} issue(s) moved to mapped statuses.`;
}
