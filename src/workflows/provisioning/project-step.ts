import { route } from '@forge/api';
import { Refusal } from '../../domain/refusal';
import { ProductApiError } from '../../jira/product-client';
import type { ProvisioningStep } from './provisioning-context';
import { projectSchema } from './jira-config-schemas';

/**
 * Resolves the target project (it must exist: the app adds to a project, it never creates one).
 * A team-managed project is refused before anything changes, in a dry run too: Jira assigns
 * workflow schemes and issue type screen schemes to company-managed (classic) projects only.
 * Once found, the project is the active one (what triggers and validators act on), whichever
 * later step fails.
 */
export const projectStep: ProvisioningStep = {
  name: 'project',
  title: 'Project',
  async run(ctx) {
    const key = ctx.config.projectKey;
    try {
      const project = await ctx.jira.get(route`/rest/api/3/project/${key}`, projectSchema);
      if (project.style === 'next-gen' || project.simplified === true) {
        throw new Refusal(teamManagedMessage(project.key), TEAM_MANAGED_STEPS);
      }
      ctx.state.projectId = project.id;
    } catch (err) {
      if (err instanceof ProductApiError && err.status === 404) {
        throw new Refusal(`Project ${key} does not exist, or the app cannot see it.`, [
          `Create the Jira project ${key}, or choose another project in the AIMS configuration, then provision again.`,
        ]);
      }
      throw err;
    }
    await ctx.store.save(ctx.state);
    await ctx.store.activate?.(key);
  },
};

export const teamManagedMessage = (projectKey: string): string =>
  `Project ${projectKey} is team-managed, so the AIMS cannot be set up in it: Jira lets only company-managed projects use the workflow scheme and screens that enforce the AIMS workflows and fields. Nothing was changed.`;

const TEAM_MANAGED_STEPS = [
  'Use a company-managed project: in Jira, Projects → Create project, pick a template and choose "Company-managed", or pick an existing company-managed project.',
  'Enter that project’s key in the configuration above, save it, and preview provisioning again.',
  'Issues already in the team-managed project can be moved to the new project with Jira’s bulk move.',
];
