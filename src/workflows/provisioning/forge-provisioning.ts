import { randomUUID } from 'node:crypto';
import { getAppContext } from '@forge/api';
import { jiraAsApp } from '../../jira/forge-clients';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import {
  loadProvisioningState,
  saveActiveProjectKey,
  saveProvisioningState,
} from '../../storage/provisioning-state';
import { loadProvisioningRun, saveProvisioningRun } from '../../storage/provisioning-run';
import type { ProvisioningProgressView } from '../../ui-contract/provisioning-view';
import { invocationTimeBox } from './invocation-time-box';
import type { AppIdentity, StateStore } from './provisioning-context';
import type { ProvisionResult } from './provision';
import { provision } from './provision';
import { provisioningProgressView } from './provisioning-progress';
import { forgeProvisioningQueue } from './provisioning-queue';
import type {
  PartOutcome,
  ProvisioningEvent,
  RunDeps,
  RunStore,
  StartRequest,
} from './provisioning-run';
import {
  resumeProvisioningRun,
  runProvisioningPart,
  startProvisioningRun,
} from './provisioning-run';

/** Provisioning state in Forge KVS, and the active project. */
export const kvsStateStore: StateStore = {
  load: loadProvisioningState,
  save: async (state) => {
    await saveProvisioningState(state);
  },
  activate: saveActiveProjectKey,
};

/** The provisioning run in Forge KVS. */
const kvsRunStore: RunStore = {
  load: loadProvisioningRun,
  save: async (run) => {
    await saveProvisioningRun(run);
  },
};

/** The app's identity from the Forge runtime (workflow rule extension keys are built from it). */
export function currentAppIdentity(): AppIdentity {
  const ctx = getAppContext();
  return { appId: ctx.appAri.appId, environmentId: ctx.environmentAri.environmentId };
}

const runDeps = (): RunDeps => ({
  runs: kvsRunStore,
  states: kvsStateStore,
  queue: forgeProvisioningQueue,
  now: () => new Date(),
  newRunId: randomUUID,
});

/** The dry run with the stored configuration, through the given Jira client (it only reads). */
export async function planProvisioning(jira: ProductClient): Promise<ProvisionResult> {
  return provision({
    jira,
    config: await loadAppConfig(),
    app: currentAppIdentity(),
    store: kvsStateStore,
    dryRun: true,
  });
}

/** Starts a provisioning run on the queue (it runs as the app: a queued part has no user). */
export async function startProvisioning(request: StartRequest): Promise<ProvisioningProgressView> {
  return provisioningProgressView(await startProvisioningRun(runDeps(), request), new Date());
}

/** Continues a stopped run from the step it stopped at. */
export async function resumeProvisioning(startedBy?: string): Promise<ProvisioningProgressView> {
  const run = await resumeProvisioningRun(runDeps(), startedBy ? { startedBy } : {});
  return provisioningProgressView(run, new Date());
}

/** The latest run as the admin page shows it, or null when none has run. */
export async function provisioningProgress(): Promise<ProvisioningProgressView | null> {
  const run = await loadProvisioningRun();
  return run ? provisioningProgressView(run, new Date()) : null;
}

/** One queued part, in the consumer's invocation, as the app, time-boxed by the platform's clock. */
export async function runQueuedProvisioningPart(event: ProvisioningEvent): Promise<PartOutcome> {
  return runProvisioningPart(
    {
      ...runDeps(),
      jira: jiraAsApp(),
      app: currentAppIdentity(),
      timeBox: invocationTimeBox(),
      activate: saveActiveProjectKey,
    },
    event,
  );
}
