import { getAppContext } from '@forge/api';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import type { AppConfig } from '../../storage/app-config';
import {
  loadProvisioningState,
  saveActiveProjectKey,
  saveProvisioningState,
} from '../../storage/provisioning-state';
import type { AppIdentity, StateStore } from './provisioning-context';
import type { ProvisionResult } from './provision';
import { provision } from './provision';

/** Provisioning state in Forge KVS. */
export const kvsStateStore: StateStore = {
  load: loadProvisioningState,
  save: async (state) => {
    await saveProvisioningState(state);
  },
};

/** The app's identity from the Forge runtime (workflow rule extension keys are built from it). */
export function currentAppIdentity(): AppIdentity {
  const ctx = getAppContext();
  return { appId: ctx.appAri.appId, environmentId: ctx.environmentAri.environmentId };
}

/** Runs provisioning with the stored configuration (or the given one) through the given Jira client. */
export async function provisionWithForge(
  jira: ProductClient,
  options: { dryRun: boolean; config?: AppConfig },
): Promise<ProvisionResult> {
  const config = options.config ?? (await loadAppConfig());
  const result = await provision({
    jira,
    config,
    app: currentAppIdentity(),
    store: kvsStateStore,
    dryRun: options.dryRun,
  });
  if (!options.dryRun) await saveActiveProjectKey(config.projectKey);
  return result;
}
