import type { AppConfig } from '../storage/app-config';
import { loadAppConfig } from '../storage/app-config';
import type { ProvisioningState } from '../storage/provisioning-state';
import { loadActiveProjectKey, loadProvisioningState } from '../storage/provisioning-state';

/** The project the app acts on, with what provisioning created there and the app's settings. */
export interface ActiveAims {
  config: AppConfig;
  state: ProvisioningState;
}

/** The provisioned AIMS project, or undefined when the app has not been provisioned yet. */
export async function loadActiveAims(): Promise<ActiveAims | undefined> {
  const projectKey = await loadActiveProjectKey();
  if (!projectKey) return undefined;
  const state = await loadProvisioningState(projectKey);
  if (!state) return undefined;
  return { config: await loadAppConfig(), state };
}

/** Logical status key of a Jira status id (undefined for statuses the app did not provision). */
export function statusKeyOfId(
  state: ProvisioningState,
  statusId: string | null | undefined,
): string | undefined {
  if (!statusId) return undefined;
  return Object.entries(state.statuses).find(([, id]) => id === statusId)?.[0];
}

/** Logical issue type key of a Jira issue type id. */
export function issueTypeKeyOfId(
  state: ProvisioningState,
  typeId: string | null | undefined,
): string | undefined {
  if (!typeId) return undefined;
  return Object.entries(state.issueTypes).find(([, id]) => id === typeId)?.[0];
}
