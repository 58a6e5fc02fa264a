import type { AppConfig } from '../../storage/app-config';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ProductClient } from '../../jira/product-client';
import type {
  AppIdentity,
  ProvisioningChange,
  ProvisioningStep,
  StateStore,
  StepContext,
} from './provisioning-context';
import { projectStep } from './project-step';
import { issueTypesStep } from './issue-types-step';
import { fieldsStep } from './fields-step';
import { linkTypesStep } from './link-types-step';
import { workflowsStep } from './workflows-step';
import { workflowSchemeStep } from './workflow-scheme-step';
import { controlsStep } from './controls-step';

export const PROVISIONING_STEPS: readonly ProvisioningStep[] = [
  projectStep,
  issueTypesStep,
  fieldsStep,
  linkTypesStep,
  workflowsStep,
  workflowSchemeStep,
  controlsStep,
];

export interface ProvisionOptions {
  jira: ProductClient;
  config: AppConfig;
  app: AppIdentity;
  store: StateStore;
  dryRun: boolean;
  now?: () => Date;
}

export interface ProvisionResult {
  dryRun: boolean;
  changes: ProvisioningChange[];
  state: ProvisioningState;
}

/**
 * Creates or updates everything the AIMS needs in the configured project. Idempotent: every
 * item is looked up by name (or ISO reference) first, so a second run changes nothing, and a run
 * stopped half-way resumes from what exists. A dry run only reads and reports.
 */
export async function provision(options: ProvisionOptions): Promise<ProvisionResult> {
  const now = options.now ?? (() => new Date());
  const previous = await options.store.load(options.config.projectKey);
  const state: ProvisioningState = previous
    ? structuredClone(previous)
    : {
        projectKey: options.config.projectKey,
        projectId: '',
        issueTypes: {},
        fields: {},
        linkTypes: {},
        statuses: {},
        workflows: {},
        controls: {},
        completedSteps: [],
        startedAt: now().toISOString(),
      };
  const changes: ProvisioningChange[] = [];
  const ctx: StepContext = {
    jira: options.jira,
    config: options.config,
    app: options.app,
    dryRun: options.dryRun,
    state,
    store: options.dryRun
      ? { load: options.store.load, save: async () => undefined }
      : options.store,
    record: (change) => changes.push(change),
  };
  if (!options.dryRun) {
    state.completedSteps = [];
    delete state.completedAt;
  }
  for (const step of PROVISIONING_STEPS) {
    await step.run(ctx);
    if (!options.dryRun) {
      state.completedSteps.push(step.name);
      await options.store.save(state);
    }
  }
  if (!options.dryRun) {
    state.completedAt = now().toISOString();
    await options.store.save(state);
  }
  return { dryRun: options.dryRun, changes, state };
}
