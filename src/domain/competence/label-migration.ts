/**
 * Moving from the label `aims-competence-req-<id>` to the "Competence requirements met" field
 * (ADR 0012): each record carrying a requirement's label gets that requirement's option added to
 * the options it already has; the label stays (nothing is lost, and the plan of a second run is
 * empty). Records needing the same resulting options are grouped, so one bulk edit sets them all.
 */
import { requirementIdsOfLabels } from './competence-requirements';

export interface LabelledRecord {
  readonly issueId: string;
  readonly labels: readonly string[];
  /** The option ids the record's field holds today. */
  readonly optionIds: readonly string[];
}

export interface OptionsEdit {
  /** The options the records end with (sorted). */
  readonly optionIds: string[];
  readonly issueIds: string[];
}

export function labelMigrationEdits(
  records: readonly LabelledRecord[],
  optionOfRequirement: ReadonlyMap<string, string>,
  maxIssuesPerEdit: number,
): OptionsEdit[] {
  const groups = new Map<string, OptionsEdit>();
  for (const record of records) {
    const have = new Set(record.optionIds);
    const add = requirementIdsOfLabels(record.labels)
      .map((id) => optionOfRequirement.get(id))
      .filter((o): o is string => o !== undefined && !have.has(o));
    if (add.length === 0) continue;
    const optionIds = [...new Set([...have, ...add])].sort();
    const key = optionIds.join(',');
    const group = groups.get(key) ?? { optionIds, issueIds: [] };
    group.issueIds.push(record.issueId);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((g) => {
    const parts: OptionsEdit[] = [];
    for (let i = 0; i < g.issueIds.length; i += maxIssuesPerEdit)
      parts.push({ optionIds: g.optionIds, issueIds: g.issueIds.slice(i, i + maxIssuesPerEdit) });
    return parts;
  });
}
