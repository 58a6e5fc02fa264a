import { route } from '@forge/api';
import { AIMS_WORKFLOWS } from '../../jira/aims-schema';
import type { AimsWorkflowDefinition } from '../../jira/aims-schema';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import {
  statusSearchSchema,
  workflowCreateResponseSchema,
  workflowSearchSchema,
} from './jira-config-schemas';
import { workflowCreatePayload } from './workflow-payload';

/**
 * Creates the AIMS workflows (statuses, transitions and the app's Forge rules) with the bulk
 * workflow API, or adopts existing ones by name, and records every status id.
 */
export const workflowsStep: ProvisioningStep = {
  name: 'workflows',
  title: 'Workflows',
  async run(ctx) {
    const missing: AimsWorkflowDefinition[] = [];
    for (const wf of AIMS_WORKFLOWS) {
      const found = await findWorkflow(ctx, wf.name);
      if (!found) {
        missing.push(wf);
        continue;
      }
      if (ctx.state.workflows[wf.key]?.id !== found.workflow.id) {
        ctx.record({ step: this.name, action: 'adopt', target: `Workflow '${wf.name}'` });
      }
      ctx.state.workflows[wf.key] = { id: found.workflow.id, name: found.workflow.name };
      recordStatusIds(ctx, wf, found.statusIdByName);
    }
    if (missing.length === 0) return;
    for (const wf of missing) {
      ctx.record({
        step: this.name,
        action: 'create',
        target: `Workflow '${wf.name}'`,
        detail: `${wf.statuses.map((s) => s.name).join(' → ')}; ${wf.transitions.filter((t) => t.validated).length} guarded transitions`,
      });
    }
    if (ctx.dryRun) return;
    const existingStatusIds = await findStatuses(ctx, missing);
    const payload = workflowCreatePayload(missing, existingStatusIds, {
      app: ctx.app,
      managerGroup: ctx.config.managerGroup,
      transitionScreens: transitionScreens(ctx),
      ...(ctx.state.fields.effectivenessReviewer
        ? { reviewerFieldId: ctx.state.fields.effectivenessReviewer }
        : {}),
    });
    const created = await ctx.jira.post(
      route`/rest/api/3/workflows/create`,
      payload,
      workflowCreateResponseSchema,
    );
    const statusIdByName = new Map(created.statuses.map((s) => [s.name, s.id]));
    for (const wf of missing) {
      const made = created.workflows.find((w) => w.name === wf.name);
      if (!made) throw new Error(`Jira did not create the workflow '${wf.name}'`);
      ctx.state.workflows[wf.key] = { id: made.id, name: made.name };
      recordStatusIds(ctx, wf, statusIdByName);
    }
  },
};

async function findWorkflow(
  ctx: StepContext,
  name: string,
): Promise<
  { workflow: { id: string; name: string }; statusIdByName: Map<string, string> } | undefined
> {
  const res = await ctx.jira.get(
    route`/rest/api/3/workflows/search?queryString=${name}&expand=values.transitions`,
    workflowSearchSchema,
  );
  const workflow = res.values.find((w) => w.name === name);
  if (!workflow) return undefined;
  return { workflow, statusIdByName: new Map(res.statuses.map((s) => [s.name, s.id])) };
}

async function findStatuses(
  ctx: StepContext,
  workflows: readonly AimsWorkflowDefinition[],
): Promise<Map<string, string>> {
  const names = new Set(workflows.flatMap((w) => w.statuses.map((s) => s.name)));
  const ids = new Map<string, string>();
  for (const name of names) {
    // Every page of statuses whose name contains `name` (a site may have many), until the exact one.
    for (let startAt = 0; ;) {
      const res = await ctx.jira.get(
        route`/rest/api/3/statuses/search?searchString=${name}&startAt=${String(startAt)}&maxResults=200`,
        statusSearchSchema,
      );
      const exact = res.values.find((s) => s.name === name);
      if (exact) ids.set(name, exact.id);
      if (exact || res.isLast !== false || res.values.length === 0) break;
      startAt += res.values.length;
    }
  }
  return ids;
}

function recordStatusIds(
  ctx: StepContext,
  wf: AimsWorkflowDefinition,
  idByName: ReadonlyMap<string, string>,
): void {
  for (const s of wf.statuses) {
    const id = idByName.get(s.name);
    if (!id) throw new Error(`Workflow '${wf.name}' has no status '${s.name}'`);
    ctx.state.statuses[s.key] = id;
  }
}

/** Each single-type workflow's transition screen: the screen of its issue type. */
function transitionScreens(
  ctx: StepContext,
): Partial<Record<AimsWorkflowDefinition['key'], string>> {
  const out: Partial<Record<AimsWorkflowDefinition['key'], string>> = {};
  for (const wf of AIMS_WORKFLOWS) {
    const [only, ...more] = wf.issueTypes;
    const screenId = only && more.length === 0 ? ctx.state.screens?.[only] : undefined;
    if (screenId) out[wf.key] = screenId;
  }
  return out;
}
