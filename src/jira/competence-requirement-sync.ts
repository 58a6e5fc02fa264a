/**
 * Keeps the Competence Record's "Competence requirements met" options in step with the
 * requirements list (one option per requirement id; renamed in place, disabled when the
 * requirement goes, never deleted) and moves records still marked with the label
 * `aims-competence-req-<id>` onto the field (ADR 0012). Both are idempotent: a second run changes
 * nothing. Runs as the app, after the caller was checked for an AIMS manager: only a Jira admin
 * may change a field's options, and the migration must reach every record carrying a label.
 */
import type { CompetenceRequirement, LabelledRecord } from '../domain/competence';
import {
  competenceRequirementLabel,
  labelMigrationEdits,
  requirementIdOfOption,
  requirementOptionChanges,
} from '../domain/competence';
import type { ProvisioningState } from '../storage/provisioning-state';
import { fieldIdOf } from './aims-issue';
import { aimsTypeJql } from './aims-jql';
import { applyOptionChanges } from './field-option-changes';
import { BULK_EDIT_MAX_ISSUES, bulkEditOutcome, submitOptionsEdit } from './issue-bulk-edit';
import { searchPages } from './issue-search';
import { jql } from './jql-builder';
import type { ProductClient } from './product-client';
import { readFieldOptions } from './risk-scale-fields';

export interface CompetenceSyncOutcome {
  /** Options added, renamed, enabled or disabled. */
  readonly optionsChanged: number;
  /** Records that got the options their labels named. */
  readonly recordsMigrated: number;
  /** Records Jira did not edit (ids), or whose edit had not finished. */
  readonly recordsNotMigrated: number;
}

const NOTHING: CompetenceSyncOutcome = {
  optionsChanged: 0,
  recordsMigrated: 0,
  recordsNotMigrated: 0,
};

/** The enabled option id of each requirement id, as the field's context holds them. */
function optionOfRequirement(
  options: readonly { id: string; value: string; disabled?: boolean }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of options) {
    const id = requirementIdOfOption(o.value);
    if (id !== null && !o.disabled && !out.has(id)) out.set(id, o.id);
  }
  return out;
}

async function labelledRecords(
  jira: ProductClient,
  state: ProvisioningState,
  requirementIds: readonly string[],
): Promise<LabelledRecord[]> {
  const meets = fieldIdOf(state, 'competenceMeets');
  const where = jql.and(
    aimsTypeJql(state, 'competenceRecord'),
    jql.in('labels', requirementIds.map(competenceRequirementLabel)),
  );
  const records: LabelledRecord[] = [];
  for await (const page of searchPages(jira, {
    jql: jql.orderBy(where, 'key'),
    fields: [meets, 'labels'],
  }))
    for (const raw of page) {
      const labels = raw.fields.labels;
      const chosen = raw.fields[meets];
      records.push({
        issueId: raw.id,
        labels: Array.isArray(labels) ? labels.filter((l) => typeof l === 'string') : [],
        optionIds: Array.isArray(chosen)
          ? chosen.flatMap((o: unknown) =>
              o && typeof o === 'object' && 'id' in o && typeof o.id === 'string' ? [o.id] : [],
            )
          : [],
      });
    }
  return records;
}

export async function syncCompetenceRequirements(
  jira: ProductClient,
  state: ProvisioningState,
  requirements: readonly CompetenceRequirement[],
): Promise<CompetenceSyncOutcome> {
  if (!state.issueTypes.competenceRecord || !state.fields.competenceMeets) return NOTHING;
  const field = await readFieldOptions(jira, state, 'competenceMeets');
  if (!field) return NOTHING;
  const changes = requirementOptionChanges(field.options, requirements);
  await applyOptionChanges(jira, field, changes);
  const optionsChanged = changes.create.length + changes.update.length;
  if (requirements.length === 0) return { ...NOTHING, optionsChanged };
  const options =
    optionsChanged > 0 ? await readFieldOptions(jira, state, 'competenceMeets') : field;
  const edits = labelMigrationEdits(
    await labelledRecords(jira, state, [...new Set(requirements.map((r) => r.id))]),
    optionOfRequirement(options?.options ?? []),
    BULK_EDIT_MAX_ISSUES,
  );
  let recordsMigrated = 0;
  let recordsNotMigrated = 0;
  for (const edit of edits) {
    const taskId = await submitOptionsEdit(jira, edit.issueIds, field.fieldId, edit.optionIds);
    const outcome = await bulkEditOutcome(jira, taskId, () => false);
    const edited = outcome ? edit.issueIds.filter((id) => outcome.editedIds.has(id)).length : 0;
    recordsMigrated += edited;
    recordsNotMigrated += edit.issueIds.length - edited;
  }
  return { optionsChanged, recordsMigrated, recordsNotMigrated };
}
