import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../../domain/refusal';
import { AIMS_WORKFLOWS } from '../../jira/aims-schema';
import type { JiraTask } from '../../jira/jira-task';
import { followTask, isRunning, jiraTaskSchema } from '../../jira/jira-task';
import { allPages } from '../../jira/paged-values';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import { workflowSchemeSchema } from './jira-config-schemas';
import { CREATED_BY } from './screen-names';
import { statusMappingsFor } from './workflow-status-mappings';

type WorkflowScheme = z.infer<typeof workflowSchemeSchema>;

const associationsSchema = z.object({
  values: z
    .array(
      z.object({
        projectIds: z.array(z.string()).default([]),
        workflowScheme: workflowSchemeSchema,
      }),
    )
    .default([]),
});

/** The workflow Jira's Default Workflow Scheme gives every issue type. */
const JIRA_DEFAULT_WORKFLOW = 'jira';

/** How long one run waits for Jira's switch task before saying "run it again". */
export const SWITCH_WAIT_MS = 10_000;

/**
 * Binds each AIMS issue type to its workflow in the project, through a workflow scheme of the
 * project's own that keeps its other issue types' workflows. Jira assigns a scheme to a project
 * that has issues only by switching (POST /workflowscheme/project/switch, a task), with a status
 * mapping for each status the new workflows lack: an issue in such a status moves to the AIMS
 * status of the same category. The task is followed (and resumed by the next run if it outlasts
 * this one).
 */
export const workflowSchemeStep: ProvisioningStep = {
  name: 'workflow-scheme',
  title: 'Workflow scheme',
  async run(ctx) {
    const schemeName = `AIMS workflow scheme (${ctx.config.projectKey})`;
    await settlePendingSwitch(ctx, schemeName);
    const wanted = wantedMappings(ctx);
    const current = (
      await ctx.jira.get(
        route`/rest/api/3/workflowscheme/project?projectId=${ctx.state.projectId}`,
        associationsSchema,
      )
    ).values[0]?.workflowScheme;
    if (
      current?.id !== undefined &&
      current.name === schemeName &&
      sameMappings(current.issueTypeMappings ?? {}, wanted)
    ) {
      ctx.state.workflowSchemeId = String(current.id);
      return;
    }
    const target = await targetScheme(ctx, schemeName, current, wanted);
    const mappings = await statusMappingsFor(ctx, wanted);
    const moved = mappings.reduce((n, m) => n + m.statusMappings.length, 0);
    ctx.record({
      step: this.name,
      action: 'update',
      target: `Project ${ctx.config.projectKey}`,
      detail:
        moved === 0
          ? `switch to '${schemeName}'`
          : `switch to '${schemeName}'; issues in ${moved} status(es) the AIMS workflows lack move to the AIMS status of the same category`,
    });
    if (ctx.dryRun || target?.id === undefined) return;
    const task = await ctx.jira.startTask(
      route`/rest/api/3/workflowscheme/project/switch`,
      {
        projectId: ctx.state.projectId,
        targetSchemeId: String(target.id),
        mappingsByIssueTypeOverride: mappings,
      },
      jiraTaskSchema,
    );
    ctx.state.workflowSchemeSwitchTaskId = task.id;
    await ctx.checkpoint();
    await settleSwitch(ctx, schemeName, task);
    ctx.state.workflowSchemeId = String(target.id);
  },
};

/** The project's AIMS scheme: found by name (its mappings must be the AIMS ones), or created. */
async function targetScheme(
  ctx: StepContext,
  schemeName: string,
  current: WorkflowScheme | undefined,
  wanted: Record<string, string>,
): Promise<WorkflowScheme | undefined> {
  const all = await allPages(
    ctx.jira,
    (startAt) => route`/rest/api/3/workflowscheme?startAt=${startAt}&maxResults=50`,
    workflowSchemeSchema,
  );
  const existing = all.find((s) => s.name === schemeName);
  if (existing?.id !== undefined) {
    ctx.state.workflowSchemeId = String(existing.id);
    if (!sameMappings(existing.issueTypeMappings ?? {}, wanted)) {
      // Jira refuses to edit an active scheme in place; changing an active scheme's mappings needs
      // Jira's draft-and-publish flow, which the app leaves to the admin.
      throw new Error(
        `The workflow scheme '${schemeName}' is in use with different issue type mappings. Update it in Jira (Settings → Issues → Workflow schemes) so each AIMS issue type uses its AIMS workflow, then run provisioning again.`,
      );
    }
    return existing;
  }
  ctx.record({
    step: 'workflow-scheme',
    action: 'create',
    target: `Workflow scheme '${schemeName}'`,
  });
  if (ctx.dryRun) return undefined;
  const created = await ctx.jira.post(
    route`/rest/api/3/workflowscheme`,
    {
      name: schemeName,
      description: CREATED_BY,
      // The project's other issue types keep the workflows they have.
      defaultWorkflow: current?.defaultWorkflow ?? JIRA_DEFAULT_WORKFLOW,
      issueTypeMappings: { ...(current?.issueTypeMappings ?? {}), ...wanted },
    },
    workflowSchemeSchema,
  );
  ctx.state.workflowSchemeId = String(created.id);
  await ctx.checkpoint();
  return created;
}

/** A switch an earlier run started: follows it to its end before anything else. */
async function settlePendingSwitch(ctx: StepContext, schemeName: string): Promise<void> {
  const taskId = ctx.state.workflowSchemeSwitchTaskId;
  if (!taskId || ctx.dryRun) return;
  const task = await ctx.jira.get(route`/rest/api/3/task/${taskId}`, jiraTaskSchema);
  await settleSwitch(ctx, schemeName, task);
}

/** Waits for the switch task; still running → "run again" (its id stays saved); failed → its message. */
async function settleSwitch(ctx: StepContext, schemeName: string, task: JiraTask): Promise<void> {
  const final = await followTask(ctx.jira, task, { maxWaitMs: SWITCH_WAIT_MS });
  if (isRunning(final)) {
    throw new Refusal(
      `Jira is still switching project ${ctx.config.projectKey} to the workflow scheme '${schemeName}' (task ${final.id}).`,
      ['Resume provisioning in a minute: it continues where it stopped.'],
    );
  }
  delete ctx.state.workflowSchemeSwitchTaskId;
  await ctx.store.save(ctx.state);
  if (final.status !== 'COMPLETE') {
    throw new Error(
      `Jira could not switch project ${ctx.config.projectKey} to the workflow scheme '${schemeName}' (task ${final.id} ${final.status}): ${final.message ?? 'no reason given'}`,
    );
  }
}

/** AIMS issue type id → the name of its AIMS workflow, for the types that exist. */
function wantedMappings(ctx: StepContext): Record<string, string> {
  const mappings: Record<string, string> = {};
  for (const wf of AIMS_WORKFLOWS) {
    for (const type of wf.issueTypes) {
      const typeId = ctx.state.issueTypes[type];
      if (typeId) mappings[typeId] = wf.name;
    }
  }
  return mappings;
}

function sameMappings(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.entries(b).every(([k, v]) => a[k] === v);
}
