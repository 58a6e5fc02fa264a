import { route } from '@forge/api';
import { AIMS_WORKFLOWS } from '../../jira/aims-schema';
import type { AimsWorkflowDefinition, RecordedPersonField } from '../../jira/aims-schema';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import {
  statusSearchSchema,
  workflowCreateResponseSchema,
  workflowSearchSchema,
} from './jira-config-schemas';
import type { AdoptedWorkflow } from './workflow-differences';
import { adoptedWorkflowSchema, workflowDifferences } from './workflow-differences';
import { workflowCreatePayload } from './workflow-payload';

/** The most workflows one page of `/workflows/search` holds here. */
const WORKFLOW_PAGE_SIZE = 200;

/**
 * Creates the AIMS workflows (statuses, transitions and the app's Forge rules) with the bulk
 * workflow API, or adopts existing ones by name (all found by one search), and records every
 * status id. An adopted workflow is never edited: what it lacks of this version (statuses,
 * transitions, validators, read-only statuses) is reported, in the dry run too, for the admin to
 * update it in Jira.
 */
export const workflowsStep: ProvisioningStep = {
  name: 'workflows',
  title: 'Workflows',
  async run(ctx) {
    const missing: AimsWorkflowDefinition[] = [];
    const existing = await findWorkflows(ctx);
    for (const wf of AIMS_WORKFLOWS) {
      const found = existing.get(wf.name);
      if (!found) {
        missing.push(wf);
        continue;
      }
      const differences = workflowDifferences(wf, found.adopted, found.nameOfReference);
      if (ctx.state.workflows[wf.key]?.id !== found.workflow.id || differences.lines.length > 0) {
        ctx.record({
          step: this.name,
          action: 'adopt',
          target: `Workflow '${wf.name}'`,
          ...(differences.lines.length > 0
            ? {
                detail: `differs from this version of the app: ${differences.lines.join('; ')}. Update it in Jira (Settings → Issues → Workflows) to match; provisioning does not change an existing workflow`,
              }
            : {}),
        });
      }
      if (differences.missingStatuses.length > 0) {
        if (ctx.dryRun) continue;
        throw new Error(
          `The workflow '${wf.name}' has no status ${differences.missingStatuses.map((n) => `'${n}'`).join(', ')}. Add ${differences.missingStatuses.length === 1 ? 'it' : 'them'} in Jira (Settings → Issues → Workflows), then run provisioning again.`,
        );
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
      personFieldIds: recordedPersonFieldIds(ctx),
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

/** An existing workflow found by name, with the status ids and names its search answered. */
interface FoundWorkflow {
  workflow: { id: string; name: string };
  adopted: AdoptedWorkflow;
  statusIdByName: Map<string, string>;
  nameOfReference: Map<string, string>;
}

/** Every AIMS workflow name shares this start: one search finds them all. */
export const WORKFLOW_NAME_PREFIX = 'AIMS';

/**
 * The site's workflows whose names contain "AIMS" (every page, with their transitions), by exact
 * name, each with the ids of the statuses Jira answered alongside.
 */
async function findWorkflows(ctx: StepContext): Promise<Map<string, FoundWorkflow>> {
  const workflows: { id: string; name: string }[] = [];
  const statusIdByName = new Map<string, string>();
  const nameOfReference = new Map<string, string>();
  for (let startAt = 0; ;) {
    const res = await ctx.jira.get(
      route`/rest/api/3/workflows/search?queryString=${WORKFLOW_NAME_PREFIX}&expand=values.transitions&startAt=${String(startAt)}&maxResults=${String(WORKFLOW_PAGE_SIZE)}`,
      workflowSearchSchema,
    );
    workflows.push(...res.values);
    for (const st of res.statuses) {
      statusIdByName.set(st.name, st.id);
      nameOfReference.set(st.id, st.name);
      if (st.statusReference) nameOfReference.set(st.statusReference, st.name);
    }
    if (res.isLast !== false || res.values.length === 0) break;
    startAt += res.values.length;
  }
  const byName = new Map<string, FoundWorkflow>();
  for (const workflow of workflows)
    if (!byName.has(workflow.name))
      byName.set(workflow.name, {
        workflow,
        adopted: adoptedWorkflowSchema.parse(workflow),
        statusIdByName,
        nameOfReference,
      });
  return byName;
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

/** The Jira ids of the user fields transitions are kept to, as provisioned. */
function recordedPersonFieldIds(ctx: StepContext): Partial<Record<RecordedPersonField, string>> {
  const ids: Partial<Record<RecordedPersonField, string>> = {};
  for (const wf of AIMS_WORKFLOWS)
    for (const tr of wf.transitions) {
      const field = tr.recordedPersonOnly;
      const id = field ? ctx.state.fields[field] : undefined;
      if (field && id) ids[field] = id;
    }
  return ids;
}
