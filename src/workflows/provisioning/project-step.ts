import { route } from '@forge/api';
import type { ProvisioningStep } from './provisioning-context';
import { projectSchema } from './jira-config-schemas';

/** Resolves the target project (it must exist: the app adds to a project, it never creates one). */
export const projectStep: ProvisioningStep = {
  name: 'project',
  async run(ctx) {
    const project = await ctx.jira.get(
      route`/rest/api/3/project/${ctx.config.projectKey}`,
      projectSchema,
    );
    ctx.state.projectId = project.id;
  },
};
