import { route } from '@forge/api';
import { z } from 'zod';
import { AIMS_WORKFLOWS } from '../../jira/aims-schema';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import { pagedSchema, workflowSchemeSchema } from './jira-config-schemas';

const associationsSchema = z.object({
  values: z
    .array(
      z.object({
        projectIds: z.array(z.string()).default([]),
        workflowScheme: workflowSchemeSchema.extend({ id: z.number().optional() }),
      }),
    )
    .default([]),
});

/** Binds each AIMS issue type to its workflow in the project, through a workflow scheme. */
export const workflowSchemeStep: ProvisioningStep = {
  name: 'workflow-scheme',
  title: 'Workflow scheme',
  async run(ctx) {
    const wanted = wantedMappings(ctx);
    const schemeName = `AIMS workflow scheme (${ctx.config.projectKey})`;
    const simple = AIMS_WORKFLOWS.find((w) => w.key === 'simple');
    const defaultWorkflow = simple?.name ?? 'jira';
    if (ctx.state.projectId) {
      const current = await ctx.jira.get(
        route`/rest/api/3/workflowscheme/project?projectId=${ctx.state.projectId}`,
        associationsSchema,
      );
      const scheme = current.values[0]?.workflowScheme;
      if (
        scheme &&
        scheme.id !== undefined &&
        scheme.name === schemeName &&
        sameMappings(scheme.issueTypeMappings ?? {}, wanted)
      ) {
        ctx.state.workflowSchemeId = String(scheme.id);
        return;
      }
    }
    const existing = await findScheme(ctx, schemeName);
    if (existing?.id !== undefined) {
      ctx.state.workflowSchemeId = String(existing.id);
      if (!sameMappings(existing.issueTypeMappings ?? {}, wanted)) {
        // Jira refuses to edit an active scheme in place; changing an active scheme's mappings needs
        // Jira's draft-and-publish flow, which the app leaves to the admin.
        throw new Error(
          `The workflow scheme '${schemeName}' is in use with different issue type mappings. Update it in Jira (Settings → Issues → Workflow schemes) so each AIMS issue type uses its AIMS workflow, then run provisioning again.`,
        );
      }
    } else {
      ctx.record({ step: this.name, action: 'create', target: `Workflow scheme '${schemeName}'` });
      if (ctx.dryRun) return;
      const created = await ctx.jira.post(
        route`/rest/api/3/workflowscheme`,
        {
          name: schemeName,
          description: 'Created by AIMS for Jira & Confluence',
          defaultWorkflow,
          issueTypeMappings: wanted,
        },
        workflowSchemeSchema,
      );
      ctx.state.workflowSchemeId = String(created.id);
    }
    ctx.record({
      step: this.name,
      action: 'update',
      target: `Project ${ctx.config.projectKey}`,
      detail: `use '${schemeName}'`,
    });
    if (ctx.dryRun || !ctx.state.workflowSchemeId) return;
    await ctx.jira.sendNoContent(route`/rest/api/3/workflowscheme/project`, 'PUT', {
      projectId: ctx.state.projectId,
      workflowSchemeId: ctx.state.workflowSchemeId,
    });
  },
};

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

async function findScheme(
  ctx: StepContext,
  name: string,
): Promise<z.infer<typeof workflowSchemeSchema> | undefined> {
  let startAt = 0;
  for (;;) {
    const page = await ctx.jira.get(
      route`/rest/api/3/workflowscheme?startAt=${String(startAt)}&maxResults=50`,
      pagedSchema(workflowSchemeSchema),
    );
    const found = page.values.find((s) => s.name === name);
    if (found) return found;
    if (page.isLast !== false || page.values.length === 0) return undefined;
    startAt += page.values.length;
  }
}
