import { route } from '@forge/api';
import { z } from 'zod';
import { AIMS_WORKFLOWS } from '../../jira/aims-schema';
import type { AimsWorkflowDefinition } from '../../jira/aims-schema';
import type { StepContext } from './provisioning-context';

/** GET /project/{key}/statuses: each issue type of the project with its workflow's statuses now. */
const projectStatusesSchema = z.array(
  z.object({
    id: z.string(),
    statuses: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          statusCategory: z.object({ key: z.string() }).loose().optional(),
        }),
      )
      .default([]),
  }),
);

export interface IssueTypeStatusMappings {
  issueTypeId: string;
  statusMappings: { oldStatusId: string; newStatusId: string }[];
}

/**
 * The `mappingsByIssueTypeOverride` of a switch to the AIMS workflows: for each AIMS issue type,
 * every status of its current workflow that its AIMS workflow lacks maps to the AIMS workflow's
 * first status of the same category (To Do → React, In Progress → Cause Analysis, Done → NC
 * Closed), else to its initial status. Read from the project's statuses, so it fits whatever
 * workflow each type has today.
 */
export async function statusMappingsFor(
  ctx: StepContext,
  wanted: Record<string, string>,
): Promise<IssueTypeStatusMappings[]> {
  if (Object.keys(wanted).length === 0) return [];
  const current = await ctx.jira.get(
    route`/rest/api/3/project/${ctx.config.projectKey}/statuses`,
    projectStatusesSchema,
  );
  const out: IssueTypeStatusMappings[] = [];
  for (const [issueTypeId, workflowName] of Object.entries(wanted)) {
    const wf = AIMS_WORKFLOWS.find((w) => w.name === workflowName);
    const type = current.find((t) => t.id === issueTypeId);
    if (!wf || !type) continue;
    const target = targetStatuses(ctx, wf);
    const kept = new Set(target.map((s) => s.id));
    const statusMappings = type.statuses
      .filter((s) => !kept.has(s.id))
      .map((s) => ({
        oldStatusId: s.id,
        newStatusId:
          (target.find((t) => t.category === s.statusCategory?.key) ?? target[0])?.id ?? '',
      }))
      .filter((m) => m.newStatusId !== '');
    if (statusMappings.length > 0) out.push({ issueTypeId, statusMappings });
  }
  return out;
}

/** The AIMS workflow's statuses with their ids, the initial one first. */
function targetStatuses(
  ctx: StepContext,
  wf: AimsWorkflowDefinition,
): { id: string; category: string }[] {
  const initial = wf.transitions.find((t) => t.from.length === 0)?.to;
  const ordered = [...wf.statuses].sort(
    (a, b) => Number(b.key === initial) - Number(a.key === initial),
  );
  return ordered.flatMap((s) => {
    const id = ctx.state.statuses[s.key];
    return id ? [{ id, category: s.category }] : [];
  });
}
