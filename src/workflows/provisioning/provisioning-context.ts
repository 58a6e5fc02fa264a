import type { AppConfig } from '../../storage/app-config';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ProductClient } from '../../jira/product-client';

/** One change provisioning made (or, in a dry run, would make). */
export interface ProvisioningChange {
  step: string;
  action: 'create' | 'update' | 'adopt';
  /** What it is, in the admin's words: "Issue type 'Nonconformity'". */
  target: string;
  detail?: string;
}

/** Where the app's identity comes from: the extension keys of its workflow rules are built from it. */
export interface AppIdentity {
  appId: string;
  environmentId: string;
}

export interface StateStore {
  load(projectKey: string): Promise<ProvisioningState | undefined>;
  save(state: ProvisioningState): Promise<void>;
}

export interface StepContext {
  jira: ProductClient;
  config: AppConfig;
  app: AppIdentity;
  dryRun: boolean;
  /** Mutated by each step; saved after each step (and within long steps) so a rerun resumes. */
  state: ProvisioningState;
  store: StateStore;
  record(change: ProvisioningChange): void;
}

export interface ProvisioningStep {
  name: string;
  run(ctx: StepContext): Promise<void>;
}

/** Forge's extension key for one of the app's modules, as workflow rules reference it. */
export function extensionKey(app: AppIdentity, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${app.appId}/${app.environmentId}/static/${moduleKey}`;
}
