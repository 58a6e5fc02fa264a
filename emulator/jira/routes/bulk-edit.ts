/**
 * Jira's bulk edit (`POST /rest/api/3/bulk/issues/fields`, "Issue bulk operations" in the spec):
 * up to 1 000 issues and 200 fields in one request, answered 201 with a `taskId` at once; the
 * edits run afterwards as a task, followed with `GET /rest/api/3/bulk/queue/{taskId}`
 * (BulkOperationProgress: the ids edited, the ids that failed with why, how many were invalid or
 * not visible). Errors use the operations' own body, `{ errors: [{ message }] }`.
 *
 * The emulator edits labels (`labelsFields`: ADD, REMOVE, REPLACE, REMOVE_ALL) and multi-select
 * custom fields (`multipleSelectFields`: the options given replace the field's, an empty list
 * clears it — JiraIssueFields.multipleSelectFields in the spec); a request that edits any other
 * kind of field is refused with a 400 saying so, rather than answered differently from Jira. Each
 * issue is edited as `PUT /issue/{id}` would edit it (screens, options of the field's context,
 * events, history).
 */
import type { Response, Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import type { TaskDoc } from '../models/tasks';
import { param } from './query-params';

/** The spec's limits: "a maximum of 1000 issues (including subtasks) and 200 fields". */
export const BULK_EDIT_MAX_ISSUES = 1000;
const BULK_EDIT_MAX_FIELDS = 200;
const BULK_EDIT_KIND = 'bulk-edit';

const labelsFieldSchema = z.strictObject({
  fieldId: z.string(),
  bulkEditMultiSelectFieldOption: z.enum(['ADD', 'REMOVE', 'REPLACE', 'REMOVE_ALL']),
  labels: z.array(z.strictObject({ name: z.string() })),
  labelProperties: z.array(z.unknown()).optional(),
});

const multipleSelectFieldSchema = z.strictObject({
  fieldId: z.string(),
  options: z.array(z.strictObject({ optionId: z.number().int() })),
});

const payloadSchema = z.strictObject({
  editedFieldsInput: z.record(z.string(), z.unknown()),
  selectedActions: z.array(z.string()),
  selectedIssueIdsOrKeys: z.array(z.string()),
  sendBulkNotification: z.boolean().nullable().optional(),
});

type LabelsEdit = z.infer<typeof labelsFieldSchema>;

/** One field's edit of an issue, as `PUT /issue/{id}` takes it. */
type FieldEdit = (current: IssueDoc) => {
  update?: Record<string, unknown>;
  fields?: Record<string, unknown>;
};

/** What a finished bulk edit reports (kept as the task's message). */
interface BulkEditResult {
  processed: number[];
  failed: Record<string, string[]>;
  invalidOrInaccessible: number;
  total: number;
}

class BulkEditError extends Error {}

function sendErrors(res: Response, status: number, messages: string[]): void {
  res.status(status).json({ errors: messages.map((message) => ({ message })) });
}

const EDITABLE_KINDS = ['labelsFields', 'multipleSelectFields'];

/** The field edits of a payload, or why it cannot be done. */
function fieldEditsOf(m: JiraModels, body: z.infer<typeof payloadSchema>): FieldEdit[] {
  const { editedFieldsInput: input, selectedActions, selectedIssueIdsOrKeys } = body;
  if (selectedIssueIdsOrKeys.length === 0)
    throw new BulkEditError('selectedIssueIdsOrKeys must name at least one issue.');
  if (selectedIssueIdsOrKeys.length > BULK_EDIT_MAX_ISSUES)
    throw new BulkEditError(
      `You can bulk edit at most ${BULK_EDIT_MAX_ISSUES} issues at once (${selectedIssueIdsOrKeys.length} given).`,
    );
  if (selectedActions.length > BULK_EDIT_MAX_FIELDS)
    throw new BulkEditError(`You can bulk edit at most ${BULK_EDIT_MAX_FIELDS} fields at once.`);
  const other = Object.keys(input).filter((k) => !EDITABLE_KINDS.includes(k));
  if (other.length > 0)
    throw new BulkEditError(
      `The emulator's bulk edit edits labels and multi-select fields only (labelsFields, multipleSelectFields); not supported: ${other.join(', ')}.`,
    );
  const labels = z.array(labelsFieldSchema).safeParse(input.labelsFields ?? []);
  if (!labels.success)
    throw new BulkEditError(`labelsFields is not valid: ${labels.error.issues[0]?.message ?? ''}`);
  const selects = z.array(multipleSelectFieldSchema).safeParse(input.multipleSelectFields ?? []);
  if (!selects.success)
    throw new BulkEditError(
      `multipleSelectFields is not valid: ${selects.error.issues[0]?.message ?? ''}`,
    );
  const edited = [...labels.data, ...selects.data].map((f) => f.fieldId);
  const unlisted = edited.filter((id) => !selectedActions.includes(id));
  if (unlisted.length > 0)
    throw new BulkEditError(
      `The following editedFieldInput values are not listed as selectedActions : ${unlisted.join(', ')}`,
    );
  const missing = selectedActions.filter((id) => !edited.includes(id));
  if (missing.length > 0)
    throw new BulkEditError(
      `The following selectedActions have no value in editedFieldsInput : ${missing.join(', ')}`,
    );
  const notLabels = labels.data.map((f) => f.fieldId).filter((id) => id !== 'labels');
  if (notLabels.length > 0)
    throw new BulkEditError(
      `labelsFields can only edit the field labels, not ${notLabels.join(', ')}.`,
    );
  const notMultiSelect = selects.data
    .map((f) => f.fieldId)
    .filter((id) => m.customFields.byId(id)?.kind !== 'multiselect');
  if (notMultiSelect.length > 0)
    throw new BulkEditError(
      `multipleSelectFields can only edit multi-select custom fields, not ${notMultiSelect.join(', ')}.`,
    );
  return [
    ...labels.data.map((edit): FieldEdit => (current) => ({
      update: { labels: labelOperations(edit, current.labels) },
    })),
    ...selects.data.map((edit): FieldEdit => () => ({
      fields: { [edit.fieldId]: edit.options.map((o) => ({ id: String(o.optionId) })) },
    })),
  ];
}

/** The `update.labels` operations of one labels edit on an issue that has `current` labels. */
function labelOperations(edit: LabelsEdit, current: readonly string[]): Record<string, unknown>[] {
  const names = edit.labels.map((l) => l.name);
  switch (edit.bulkEditMultiSelectFieldOption) {
    case 'ADD':
      return names.map((name) => ({ add: name }));
    case 'REMOVE':
      return names.map((name) => ({ remove: name }));
    case 'REPLACE':
      return [{ set: names }];
    case 'REMOVE_ALL':
      return current.map((name) => ({ remove: name }));
  }
}

function runBulkEdit(
  m: JiraModels,
  actor: SiteUser,
  keys: readonly string[],
  edits: readonly FieldEdit[],
): BulkEditResult {
  const result: BulkEditResult = {
    processed: [],
    failed: {},
    invalidOrInaccessible: 0,
    total: keys.length,
  };
  for (const idOrKey of new Set(keys)) {
    let issue: IssueDoc;
    try {
      issue = m.issues.visibleIssue(actor, idOrKey);
    } catch (err) {
      if (!(err instanceof JiraError)) throw err;
      result.invalidOrInaccessible += 1;
      continue;
    }
    try {
      let current = issue;
      for (const edit of edits) current = m.issues.edit(actor, current, edit(current));
      result.processed.push(Number(issue.id));
    } catch (err) {
      if (!(err instanceof JiraError)) throw err;
      result.failed[issue.id] = [...err.errorMessages, ...Object.values(err.errors)];
    }
  }
  return result;
}

const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();

/** BulkOperationProgress of a bulk edit task. */
function progressView(task: TaskDoc): Record<string, unknown> {
  const result =
    task.status === 'COMPLETE' ? (JSON.parse(task.message) as BulkEditResult) : undefined;
  return {
    taskId: task.id,
    status: task.status,
    progressPercent: task.progress,
    submittedBy: { accountId: task.submittedBy },
    created: iso(task.submitted),
    ...(task.started === undefined ? {} : { started: iso(task.started) }),
    updated: iso(task.lastUpdate),
    ...(result
      ? {
          processedAccessibleIssues: result.processed,
          ...(Object.keys(result.failed).length > 0
            ? { failedAccessibleIssues: result.failed }
            : {}),
          invalidOrInaccessibleIssueCount: result.invalidOrInaccessible,
          totalIssueCount: result.total,
        }
      : {}),
  };
}

export function registerBulkEditRoutes(router: Router, m: JiraModels): void {
  route(router, 'jira', 'post', '/rest/api/3/bulk/issues/fields', (req, res) => {
    const actor = principalOf(res);
    const body = payloadSchema.safeParse(req.body ?? {});
    if (!body.success) {
      const issue = body.error.issues[0];
      sendErrors(res, 400, [
        `${issue?.path.join('.') ?? 'body'}: ${issue?.message ?? 'not valid'}`,
      ]);
      return;
    }
    let edits: FieldEdit[];
    try {
      edits = fieldEditsOf(m, body.data);
    } catch (err) {
      if (!(err instanceof BulkEditError)) throw err;
      sendErrors(res, 400, [err.message]);
      return;
    }
    const keys = body.data.selectedIssueIdsOrKeys;
    const task = m.tasks.submit(
      {
        kind: BULK_EDIT_KIND,
        subject: 'issues',
        description: `Bulk edit of ${keys.length} issues`,
        submittedBy: actor.accountId,
      },
      () => JSON.stringify(runBulkEdit(m, actor, keys, edits)),
    );
    res.status(201).json({ taskId: task.id });
  });

  route(router, 'jira', 'get', '/rest/api/3/bulk/queue/{taskId}', (req, res) => {
    const actor = principalOf(res);
    const task = m.tasks.byId(param(req, 'taskId'));
    if (!task || task.kind !== BULK_EDIT_KIND || task.submittedBy !== actor.accountId) {
      sendErrors(res, 400, ['The task associated with this taskId is not a bulk operation task']);
      return;
    }
    res.json(progressView(m.tasks.read(task)));
  });
}
