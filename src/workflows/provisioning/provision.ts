import type { AppConfig } from '../../storage/app-config';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ProductClient } from '../../jira/product-client';
import type {
  AppIdentity,
  ProvisioningChange,
  ProvisioningStep,
  StateStore,
} from './provisioning-context';
import { projectStep } from './project-step';
import { issueTypesStep } from './issue-types-step';
import { fieldsStep } from './fields-step';
import { screensStep } from './screens-step';
import { screenSchemesStep } from './screen-schemes-step';
import { linkTypesStep } from './link-types-step';
import { workflowsStep } from './workflows-step';
import { workflowSchemeStep } from './workflow-scheme-step';
import { controlsStep } from './controls-step';
import { runSteps, UNBOUNDED } from './step-runner';

/** The steps, in the order they run (a step may rely on what earlier steps put in the state). */
export const PROVISIONING_STEPS: readonly ProvisioningStep[] = [
  projectStep,
  issueTypesStep,
  fieldsStep,
  screensStep,
  screenSchemesStep,
  linkTypesStep,
  workflowsStep,
  workflowSchemeStep,
  controlsStep,
];

/** A step by name, or undefined when this version of the app has no such step. */
export const provisioningStep = (name: string): ProvisioningStep | undefined =>
  PROVISIONING_STEPS.find((s) => s.name === name);

/** A step's name in the admin's words. */
export const stepTitle = (name: string): string => provisioningStep(name)?.title ?? name;

/** The state of a project nothing has been provisioned into yet. */
export function emptyProvisioningState(projectKey: string, now: Date): ProvisioningState {
  return {
    projectKey,
    projectId: '',
    issueTypes: {},
    fields: {},
    linkTypes: {},
    statuses: {},
    workflows: {},
    controls: {},
    completedSteps: [],
    startedAt: now.toISOString(),
  };
}

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
 * Every step in one go: the dry run (the admin page's preview, which only reads), and provisioning
 * outside Forge. Idempotent: every item is looked up by name (or ISO reference) first, so a second
 * run changes nothing, and a run stopped half-way resumes from what exists. On Forge a real run
 * goes through the queue in parts instead (`provisioning-run.ts`), inside Forge's time limits.
 */
export async function provision(options: ProvisionOptions): Promise<ProvisionResult> {
  const now = options.now ?? (() => new Date());
  const previous = await options.store.load(options.config.projectKey);
  const state = previous
    ? structuredClone(previous)
    : emptyProvisioningState(options.config.projectKey, now());
  const changes: ProvisioningChange[] = [];
  if (!options.dryRun) {
    state.completedSteps = [];
    delete state.completedAt;
  }
  await runSteps(
    {
      jira: options.jira,
      config: options.config,
      app: options.app,
      dryRun: options.dryRun,
      state,
      store: options.dryRun
        ? { load: options.store.load, save: async () => undefined, activate: async () => undefined }
        : options.store,
      now,
      record: (change) => changes.push(change),
    },
    PROVISIONING_STEPS,
    0,
    UNBOUNDED,
  );
  if (!options.dryRun) {
    state.completedAt = now().toISOString();
    await options.store.save(state);
  }
  return { dryRun: options.dryRun, changes, state };
}
