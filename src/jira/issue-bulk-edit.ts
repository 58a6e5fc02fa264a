/**
 * Jira's bulk edit of labels and multi-select fields: `POST /rest/api/3/bulk/issues/fields` (at most 1 000 issues a
 * request) answers a task at once; `GET /rest/api/3/bulk/queue/{taskId}` says when it is done and
 * which issues it edited. One label change on many issues costs two requests per 1 000 issues
 * instead of one per issue.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { jiraTaskStatusSchema } from './jira-task';
import type { ProductClient } from './product-client';

/** "A single request can accommodate a maximum of 1000 issues" (the spec of the bulk edit). */
export const BULK_EDIT_MAX_ISSUES = 1000;

const submittedSchema = z.object({ taskId: z.string() });

const progressSchema = z.object({
  status: jiraTaskStatusSchema,
  processedAccessibleIssues: z.array(z.number()).optional(),
  failedAccessibleIssues: z.record(z.string(), z.array(z.string())).optional(),
  invalidOrInaccessibleIssueCount: z.number().optional(),
});

/** What a finished bulk edit did: the ids of the issues it edited, and the ones it could not. */
export interface BulkEditOutcome {
  editedIds: Set<string>;
  failed: Record<string, string[]>;
  invalidOrInaccessible: number;
}

export interface BulkEditWaits {
  /** Waits before each progress read after the first (ms); after the last one the edit is reported unfinished. */
  delaysMs: readonly number[];
  sleep(ms: number): Promise<void>;
}

/**
 * Reads progress at once (a small edit is often done), then backs off: about 10 s in all, well
 * inside one Forge invocation.
 */
export const DEFAULT_BULK_EDIT_WAITS: BulkEditWaits = {
  delaysMs: [100, 250, 500, 1000, 2000, 2000, 4000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

async function submitEdit(
  jira: ProductClient,
  issueIds: readonly string[],
  fieldId: string,
  editedFieldsInput: Record<string, unknown>,
): Promise<string> {
  if (issueIds.length === 0 || issueIds.length > BULK_EDIT_MAX_ISSUES)
    throw new Error(
      `A bulk edit takes 1 to ${BULK_EDIT_MAX_ISSUES} issues (${issueIds.length} given)`,
    );
  const { taskId } = await jira.post(
    route`/rest/api/3/bulk/issues/fields`,
    {
      selectedIssueIdsOrKeys: issueIds,
      selectedActions: [fieldId],
      editedFieldsInput,
      sendBulkNotification: false,
    },
    submittedSchema,
  );
  return taskId;
}

/**
 * Asks Jira to add (`ADD`) or remove (`REMOVE`) `label` on up to BULK_EDIT_MAX_ISSUES issues;
 * answers the task that does it (follow it with `bulkEditOutcome`).
 */
export async function submitLabelEdit(
  jira: ProductClient,
  issueIds: readonly string[],
  label: string,
  op: 'ADD' | 'REMOVE',
): Promise<string> {
  return submitEdit(jira, issueIds, 'labels', {
    labelsFields: [
      { fieldId: 'labels', bulkEditMultiSelectFieldOption: op, labels: [{ name: label }] },
    ],
  });
}

/**
 * Asks Jira to set multi-select field `fieldId` to exactly the options `optionIds` on up to
 * BULK_EDIT_MAX_ISSUES issues (the spec's `multipleSelectFields` replaces the options); answers
 * the task that does it.
 */
export async function submitOptionsEdit(
  jira: ProductClient,
  issueIds: readonly string[],
  fieldId: string,
  optionIds: readonly string[],
): Promise<string> {
  return submitEdit(jira, issueIds, fieldId, {
    multipleSelectFields: [{ fieldId, options: optionIds.map((id) => ({ optionId: Number(id) })) }],
  });
}

/**
 * What bulk edit task `taskId` did, once Jira has finished it; undefined when it is still running
 * after every wait, or when `stopWaiting` says the caller has no time left to wait (before each
 * wait: each further progress read costs a product call of the caller's time).
 */
export async function bulkEditOutcome(
  jira: ProductClient,
  taskId: string,
  stopWaiting: () => boolean,
  waits: BulkEditWaits = DEFAULT_BULK_EDIT_WAITS,
): Promise<BulkEditOutcome | undefined> {
  for (let attempt = 0; ; attempt += 1) {
    const progress = await jira.get(route`/rest/api/3/bulk/queue/${taskId}`, progressSchema);
    if (progress.status === 'COMPLETE')
      return {
        editedIds: new Set((progress.processedAccessibleIssues ?? []).map(String)),
        failed: progress.failedAccessibleIssues ?? {},
        invalidOrInaccessible: progress.invalidOrInaccessibleIssueCount ?? 0,
      };
    if (progress.status !== 'ENQUEUED' && progress.status !== 'RUNNING')
      throw new Error(`Jira's bulk edit ${taskId} ended ${progress.status}`);
    const delay = waits.delaysMs[attempt];
    // Still running after every wait, or no time to wait: the caller follows the task up later.
    if (delay === undefined || stopWaiting()) return undefined;
    await waits.sleep(delay);
  }
}
