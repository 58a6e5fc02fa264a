import { webTrigger } from '@forge/api';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { findingRowsFromCsv } from '../findings/finding-import-rows';
import { importFindings } from '../findings/findings-import';
import { rotateWebhookSecret, webhookSecretInputSchema } from '../findings/webhook-secret';
import { Refusal } from '../domain/refusal';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsUser } from '../jira/forge-clients';
import { applyRoadmapTemplate } from '../roadmap/roadmap-template';
import { appConfigSchema, loadAppConfig, saveAppConfig } from '../storage/app-config';
import { loadProvisioningState } from '../storage/provisioning-state';
import { loadWebhookSecret } from '../storage/webhook-secret';
import {
  planProvisioning,
  provisioningProgress,
  resumeProvisioning,
  startProvisioning,
} from '../workflows/provisioning/forge-provisioning';
import { defineBoardFunctions } from './admin-board';
import { adminFunctionKeys, defineAdminFunction } from './admin-function';
import { defineOnboardingFunctions } from './admin-onboarding';
import { defineRiskMatrixFunctions } from './admin-risk-matrix';
import { viewerAccountId } from './resolver-outcome';

const resolver = new Resolver();

/*
 * Every function here is defined with defineAdminFunction: before its payload is used, Jira must
 * confirm the caller is a Jira administrator (as them, failing closed). Anyone signed in can
 * invoke these functions from a frame of the admin page — Forge does not restrict who opens a
 * module — so this check is what keeps the configuration, the roles and the secret theirs.
 */

/** Configuration and provisioning status for the admin page. */
defineAdminFunction(
  resolver,
  'getOverview',
  'see the AIMS administration',
  z.object({}),
  async () => {
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
  },
);

defineAdminFunction(
  resolver,
  'saveConfig',
  'change the AIMS configuration',
  z.object({ config: appConfigSchema }),
  async ({ config }) => saveAppConfig(config),
);

/** Dry run: what provisioning would change, read as the admin (it only reads, in one go). */
defineAdminFunction(
  resolver,
  'planProvisioning',
  'preview the AIMS provisioning',
  z.object({}),
  async () => {
    const result = await planProvisioning(jiraAsUser());
    return { changes: result.changes };
  },
);

/**
 * Starts provisioning on the async events queue. Its parts run as the app — a queued event has no
 * user — so who may start it is checked here, as the admin.
 */
defineAdminFunction(
  resolver,
  'startProvisioning',
  'provision the AIMS project',
  z.object({}),
  async (_payload, context) => {
    const run = await startProvisioning({
      origin: 'admin',
      config: await loadAppConfig(),
      startedBy: viewerAccountId(context),
    });
    return { run };
  },
);

/** Continues a failed or stalled run from the step it stopped at. */
defineAdminFunction(
  resolver,
  'resumeProvisioning',
  'resume the AIMS provisioning',
  z.object({}),
  async (_payload, context) => ({ run: await resumeProvisioning(viewerAccountId(context)) }),
);

/** The latest provisioning run's progress (the admin page polls it while a run goes on). */
defineAdminFunction(
  resolver,
  'provisioningProgress',
  'follow the AIMS provisioning',
  z.object({}),
  async () => ({ run: await provisioningProgress() }),
);

/** Sets or rotates the findings webhook's shared secret (a random one when none is given); shown this once. */
defineAdminFunction(
  resolver,
  'setWebhookSecret',
  'set the findings webhook secret',
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
defineAdminFunction(
  resolver,
  'webhookStatus',
  'see the findings webhook',
  z.object({}),
  async () => {
    const stored = await loadWebhookSecret();
    return {
      configured: Boolean(stored),
      rotatedAt: stored?.rotatedAt ?? null,
      url: await webTrigger.getUrl('aims-findings-import'),
    };
  },
);

/** CSV import of audit findings, as the admin (all-or-nothing; errors row by row). */
defineAdminFunction(
  resolver,
  'importFindingsCsv',
  'import audit findings',
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

defineRiskMatrixFunctions(resolver);
defineBoardFunctions(resolver);
defineOnboardingFunctions(resolver);

/**
 * The implementation roadmap template: the ten programme steps as epics with starter tasks, made
 * as the admin. `dryRun` lists what would be created; a re-run creates only what is missing.
 */
defineAdminFunction(
  resolver,
  'applyRoadmap',
  'create the implementation roadmap',
  z.object({ dryRun: z.boolean() }),
  async ({ dryRun }) => {
    const aims = await loadActiveAims();
    if (!aims) throw new Refusal('Provision the AIMS project before creating its roadmap.');
    return applyRoadmapTemplate(jiraAsUser(), aims, dryRun);
  },
);

export const adminResolver = resolver.getDefinitions();

/** The function keys of the admin resolver (each one checks for a Jira administrator first). */
export const ADMIN_FUNCTION_KEYS = adminFunctionKeys(resolver);
