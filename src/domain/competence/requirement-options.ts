/**
 * A Competence Record names the requirements it meets in a multi-select field ("Competence
 * requirements met", ADR 0012) whose options the app keeps in step with the requirements list:
 * one option per requirement id, "<title> [<id>]". The id in brackets is what the app reads back;
 * the title is what a person picks by. Options are renamed in place (Jira keeps the option's id,
 * so every record that picked it follows), added when missing and disabled, never deleted, when
 * a requirement goes (records keep their value; a re-added requirement enables it again).
 */
import type { CompetenceRequirement } from './competence-requirements';

/** Jira's longest option value. */
export const MAX_OPTION_VALUE_LENGTH = 255;

const ID_SUFFIX = / \[([a-z0-9]+(?:-[a-z0-9]+)*)\]$/;

/** The option value of requirement `id` (its titles over the roles that need it, then the id). */
export function requirementOptionValue(id: string, titles: readonly string[]): string {
  const suffix = ` [${id}]`;
  const title = [...new Set(titles)].join('; ');
  const room = MAX_OPTION_VALUE_LENGTH - suffix.length;
  return `${title.length > room ? `${title.slice(0, room - 1)}…` : title}${suffix}`;
}

/** The requirement id an option value names (null: not one of the app's options). */
export function requirementIdOfOption(value: string): string | null {
  return ID_SUFFIX.exec(value)?.[1] ?? null;
}

/** The option value each requirement id should have, in the list's order. */
export function wantedRequirementOptions(
  requirements: readonly CompetenceRequirement[],
): Map<string, string> {
  const titles = new Map<string, string[]>();
  for (const r of requirements) titles.set(r.id, [...(titles.get(r.id) ?? []), r.title]);
  return new Map([...titles].map(([id, t]) => [id, requirementOptionValue(id, t)]));
}

export interface SelectOption {
  readonly id: string;
  readonly value: string;
  readonly disabled?: boolean;
}

export interface OptionChanges {
  readonly create: string[];
  readonly update: { id: string; value?: string; disabled?: boolean }[];
}

/** What makes the field's enabled options exactly one per requirement id (none: in step). */
export function requirementOptionChanges(
  options: readonly SelectOption[],
  requirements: readonly CompetenceRequirement[],
): OptionChanges {
  const wanted = wantedRequirementOptions(requirements);
  const changes: OptionChanges = { create: [], update: [] };
  const byId = new Map<string, SelectOption>();
  for (const o of options) {
    const id = requirementIdOfOption(o.value);
    if (id !== null && !byId.has(id)) byId.set(id, o);
  }
  for (const [id, value] of wanted) {
    const current = byId.get(id);
    if (!current) changes.create.push(value);
    else if (current.value !== value || current.disabled)
      changes.update.push({ id: current.id, value, disabled: false });
  }
  for (const o of options) {
    const id = requirementIdOfOption(o.value);
    const kept = id !== null && wanted.has(id) && byId.get(id) === o;
    if (!kept && !o.disabled) changes.update.push({ id: o.id, disabled: true });
  }
  return changes;
}
