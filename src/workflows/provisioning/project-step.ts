import { route } from '@forge/api';
import { Refusal } from '../../domain/refusal';
import { ProductApiError } from '../../jira/product-client';
import type { ProvisioningStep } from './provisioning-context';
import { projectSchema } from './jira-config-schemas';

/** Resolves the target project (it must exist: the app adds to a project, it never creates one). */
export const projectStep: ProvisioningStep = {
  name: 'project',
  title: 'Project',
  async run(ctx) {
    const key = ctx.config.projectKey;
    try {
      const project = await ctx.jira.get(route`/rest/api/3/project/${key}`, projectSchema);
      ctx.state.projectId = project.id;
    } catch (err) {
      if (err instanceof ProductApiError && err.status === 404) {
        throw new Refusal(`Project ${key} does not exist, or the app cannot see it.`, [
          `Create the Jira project ${key}, or choose another project in the AIMS configuration, then provision again.`,
        ]);
      }
      throw err;
    }
  },
};
