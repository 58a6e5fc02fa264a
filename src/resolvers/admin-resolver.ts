import { webTrigger } from '@forge/api';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { findingRowsFromCsv } from '../findings/finding-import-rows';
import { importFindings } from '../findings/findings-import';
import { rotateWebhookSecret, webhookSecretInputSchema } from '../findings/webhook-secret';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsUser } from '../jira/forge-clients';
import { requireJiraAdmin } from '../jira/jira-admin';
import { appConfigSchema, loadAppConfig, saveAppConfig } from '../storage/app-config';
import { loadProvisioningState } from '../storage/provisioning-state';
import { loadWebhookSecret } from '../storage/webhook-secret';
import {
  planProvisioning,
  provisioningProgress,
  resumeProvisioning,
  startProvisioning,
} from '../workflows/provisioning/forge-provisioning';
import { defineValidated, viewerAccountId } from './resolver-outcome';

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

defineValidated(resolver, 'saveConfig', z.object({ config: appConfigSchema }), async ({ config }) =>
  saveAppConfig(config),
);

/** Dry run: what provisioning would change, read as the admin (it only reads, in one go). */
defineValidated(resolver, 'planProvisioning', z.object({}), async () => {
  const result = await planProvisioning(jiraAsUser());
  return { changes: result.changes };
});

/**
 * Starts provisioning on the async events queue (Jira administrators only). Its parts run as the
 * app — a queued event has no user — so who may start it is checked here, as the admin.
 */
defineValidated(resolver, 'startProvisioning', z.object({}), async (_payload, context) => {
  await requireJiraAdmin(jiraAsUser(), 'provision the AIMS project');
  const run = await startProvisioning({
    origin: 'admin',
    config: await loadAppConfig(),
    startedBy: viewerAccountId(context),
  });
  return { run };
});

/** Continues a failed or stalled run from the step it stopped at (Jira administrators only). */
defineValidated(resolver, 'resumeProvisioning', z.object({}), async (_payload, context) => {
  await requireJiraAdmin(jiraAsUser(), 'resume the AIMS provisioning');
  return { run: await resumeProvisioning(viewerAccountId(context)) };
});

/** The latest provisioning run's progress (the admin page polls it while a run goes on). */
defineValidated(resolver, 'provisioningProgress', z.object({}), async () => ({
  run: await provisioningProgress(),
}));

/** Sets or rotates the findings webhook's shared secret (a random one when none is given); shown this once. */
defineValidated(
  resolver,
  'setWebhookSecret',
  z.object({ secret: webhookSecretInputSchema.optional() }),
  async ({ secret }) => {
    const stored = await rotateWebhookSecret(secret);
    return {
      secret: stored.secret,
      rotatedAt: stored.rotatedAt,
      url: await webTrigger.getUrl('aims-findings-import'),
    };
  },
);

/** Whether the findings webhook is ready (never returns the secret). */
defineValidated(resolver, 'webhookStatus', z.object({}), async () => {
  const stored = await loadWebhookSecret();
  return {
    configured: Boolean(stored),
    rotatedAt: stored?.rotatedAt ?? null,
    url: await webTrigger.getUrl('aims-findings-import'),
  };
});

/** CSV import of audit findings, as the admin (all-or-nothing; errors row by row). */
defineValidated(
  resolver,
  'importFindingsCsv',
  z.object({
    csv: z
      .string()
      .min(1, 'The CSV file is empty')
      .max(400_000, 'The CSV file is too large (at most about 400 KB)'),
    auditKey: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/, 'The audit must be an issue key like AIMS-12')
      .optional(),
    dryRun: z.boolean().optional(),
  }),
  async ({ csv, auditKey, dryRun }) => {
    const aims = await loadActiveAims();
    if (!aims) throw new Error('Provision the AIMS project before importing findings.');
    return importFindings(jiraAsUser(), aims, findingRowsFromCsv(csv), {
      ...(auditKey ? { auditKey } : {}),
      dryRun: dryRun ?? false,
    });
  },
);

export const adminResolver = resolver.getDefinitions();
