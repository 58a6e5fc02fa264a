import type { AppConfig } from '../../storage/app-config';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningChange } from '../../ui-contract/provisioning-view';

export type { ProvisioningChange } from '../../ui-contract/provisioning-view';

/** Where the app's identity comes from: the extension keys of its workflow rules are built from it. */
export interface AppIdentity {
  appId: string;
  environmentId: string;
}

export interface StateStore {
  load(projectKey: string): Promise<ProvisioningState | undefined>;
  save(state: ProvisioningState): Promise<void>;
  /**
   * Makes the project the one the app acts on (triggers, validators), as soon as provisioning has
   * found it: a later step that fails leaves it active, with the progress saved so far.
   */
  activate?(projectKey: string): Promise<void>;
}

export interface StepContext {
  jira: ProductClient;
  config: AppConfig;
  app: AppIdentity;
  dryRun: boolean;
  /** Mutated by each step; saved after each step (and within long steps) so a rerun resumes. */
  state: ProvisioningState;
  store: StateStore;
  /** The time (the run's clock). */
  now(): Date;
  record(change: ProvisioningChange): void;
  /**
   * A long step calls this after each item it finished (a field, a batch of issues): the state
   * is saved, and when the queued part's time is up the run pauses here and a later part runs
   * the step again. So a step must be idempotent: on its next run it finds what it made (by
   * name, or through the state) and goes on with the rest.
   */
  checkpoint(): Promise<void>;
}

/**
 * One step of provisioning. Steps run in order, each to the end before the next (a step that
 * fails stops the run, and a resumed run starts with that step again); between steps, and at a
 * step's `checkpoint()`s, the run may pause and continue in a later queued part.
 */
export interface ProvisioningStep {
  name: string;
  /** What the admin page calls it ("Custom fields"); the name when absent. */
  title?: string;
  run(ctx: StepContext): Promise<void>;
}

/** Forge's extension key for one of the app's modules, as workflow rules reference it. */
export function extensionKey(app: AppIdentity, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${app.appId}/${app.environmentId}/static/${moduleKey}`;
}

/** Something provisioning adopts when Jira already has it, and otherwise creates. */
export interface AdoptOrCreate {
  /** In the admin's words: "Field 'Root cause'". */
  target: string;
  /** The id the state already holds for it. */
  knownId: string | undefined;
  /** The one Jira already has, if any. */
  found: { id: string } | undefined;
  adoptDetail?: string;
  createDetail?: string;
  /** Creates it in Jira and answers its id (never called in a dry run). */
  create: () => Promise<string>;
}

/**
 * Adopts what Jira already has (recorded only when the state did not hold it yet, so a second
 * run records nothing), or creates it (recorded; in a dry run only recorded). The id to keep,
 * if there is one.
 */
export async function adoptOrCreate(
  ctx: StepContext,
  step: string,
  thing: AdoptOrCreate,
): Promise<string | undefined> {
  const { target, found } = thing;
  if (found) {
    if (thing.knownId !== found.id)
      ctx.record({ step, action: 'adopt', target, detail: thing.adoptDetail });
    return found.id;
  }
  ctx.record({ step, action: 'create', target, detail: thing.createDetail });
  return ctx.dryRun ? undefined : thing.create();
}

/**
 * A step cannot go on yet because Jira's search has not caught up with what an earlier, stopped
 * part wrote: the run waits and tries again (as after a 429), instead of writing it twice.
 */
export class SearchCatchingUp extends Error {}
