import Resolver from '@forge/resolver';
import { z } from 'zod';
import { jiraAsUser } from '../jira/forge-clients';
import { appConfigSchema, loadAppConfig, saveAppConfig } from '../storage/app-config';
import { loadProvisioningState } from '../storage/provisioning-state';
import { provisionWithForge } from '../workflows/provisioning/forge-provisioning';
import { defineValidated } from './resolver-outcome';

const resolver = new Resolver();

/** Configuration and provisioning status for the admin page. */
defineValidated(resolver, 'getOverview', z.object({}), async () => {
  const config = await loadAppConfig();
  const state = await loadProvisioningState(config.projectKey);
  return {
    config,
    provisioning: state
      ? {
          projectKey: state.projectKey,
          startedAt: state.startedAt,
          completedAt: state.completedAt ?? null,
          completedSteps: state.completedSteps,
          issueTypes: Object.keys(state.issueTypes).length,
          fields: Object.keys(state.fields).length,
          linkTypes: Object.keys(state.linkTypes).length,
          workflows: Object.keys(state.workflows).length,
          controls: Object.keys(state.controls).length,
        }
      : null,
  };
});

defineValidated(resolver, 'saveConfig', z.object({ config: appConfigSchema }), async ({ config }) => saveAppConfig(config));

/** Dry run: what provisioning would change, read as the admin. */
defineValidated(resolver, 'planProvisioning', z.object({}), async () => {
  const result = await provisionWithForge(jiraAsUser(), { dryRun: true });
  return { changes: result.changes };
});

/** Provisioning run as the admin (their Jira permissions apply). */
defineValidated(resolver, 'runProvisioning', z.object({}), async () => {
  const result = await provisionWithForge(jiraAsUser(), { dryRun: false });
  return { changes: result.changes, completedAt: result.state.completedAt ?? null };
});

export const adminResolver = resolver.getDefinitions();
