import { z } from 'zod';
import { ACTIVE_PROJECT_KEY, provisioningKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

/**
 * What provisioning created or adopted in a project, by the app's logical keys: the ids every
 * other part of the app resolves fields, types, statuses and link types through.
 */
export const provisioningStateSchema = z.object({
  projectKey: z.string(),
  projectId: z.string(),
  issueTypes: z.record(z.string(), z.string()),
  fields: z.record(z.string(), z.string()),
  /** Select field id → the id of its context holding the AIMS options (read once, then known). */
  fieldContexts: z.record(z.string(), z.string()).optional(),
  linkTypes: z.record(z.string(), z.object({ id: z.string(), name: z.string() })),
  statuses: z.record(z.string(), z.string()),
  workflows: z.record(z.string(), z.object({ id: z.string(), name: z.string() })),
  workflowSchemeId: z.string().optional(),
  /** A workflow scheme switch Jira is still running (its task id), followed by the next run. */
  workflowSchemeSwitchTaskId: z.string().optional(),
  issueTypeSchemeId: z.string().optional(),
  /** The site's epic-level issue type (hierarchy level 1), adopted for the roadmap's epics. */
  epicIssueTypeId: z.string().optional(),
  /** AIMS issue type key → its screen id, and → its screen scheme id. */
  screens: z.record(z.string(), z.string()).optional(),
  screenSchemes: z.record(z.string(), z.string()).optional(),
  issueTypeScreenSchemeId: z.string().optional(),
  /** Annex A catalog id → AI Control issue key. */
  controls: z.record(z.string(), z.string()),
  /**
   * A batch of AI Controls being created (their Annex A ids, and since when): saved before the
   * bulk create, gone once their keys are saved. Still there on the next run means the run stopped
   * in between: Jira may hold them already (see controls-step.ts).
   */
  controlsCreating: z.object({ ids: z.array(z.string()), since: z.string() }).optional(),
  /** Steps finished, so an interrupted run resumes where it stopped. */
  completedSteps: z.array(z.string()),
  startedAt: z.string(),
  completedAt: z.string().optional(),
});
export type ProvisioningState = z.infer<typeof provisioningStateSchema>;

export async function loadProvisioningState(
  projectKey: string,
): Promise<ProvisioningState | undefined> {
  return readStored(provisioningKey(projectKey), provisioningStateSchema);
}

export async function saveProvisioningState(state: ProvisioningState): Promise<ProvisioningState> {
  return writeStored(provisioningKey(state.projectKey), provisioningStateSchema, state);
}

/** The project the app was last provisioned into (what triggers and validators act on). */
export async function loadActiveProjectKey(): Promise<string | undefined> {
  return readStored(ACTIVE_PROJECT_KEY, z.string());
}

export async function saveActiveProjectKey(projectKey: string): Promise<void> {
  await writeStored(ACTIVE_PROJECT_KEY, z.string(), projectKey);
}
