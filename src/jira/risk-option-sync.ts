/**
 * Brings the AI Risk's select options in line with the configured risk matrix, idempotently:
 * - likelihood / consequence (inherent and residual): one option "n - label" per level of the
 *   scale. An option of the same level is renamed (Jira keeps the option's ID, so every risk rated
 *   on it follows the new label); a missing level is added; levels above the scale are disabled,
 *   never deleted, so the risks still rated on them keep their value and the validator names them;
 * - risk levels (inherent and residual): one enabled option per band label; others disabled.
 * A second run changes nothing. Runs as the administrator who saved the matrix.
 */
import type { RiskMatrixConfig } from '../domain/risk';
import { applyOptionChanges } from './field-option-changes';
import type { ProvisioningState } from '../storage/provisioning-state';
import { scaleLevel } from './jira-option-values';
import type { ProductClient } from './product-client';
import type { FieldOptions } from './risk-scale-fields';
import { RISK_LEVEL_FIELDS, RISK_SCALE_FIELDS, readFieldOptions } from './risk-scale-fields';

interface OptionChanges {
  create: string[];
  update: { id: string; value?: string; disabled?: boolean }[];
}

/** The changes that make a scale field's options "1 - label" … "n - label". */
export function scaleOptionChanges(
  options: FieldOptions['options'],
  labels: readonly string[],
): OptionChanges {
  const changes: OptionChanges = { create: [], update: [] };
  labels.forEach((label, i) => {
    const wanted = `${i + 1} - ${label}`;
    const current = options.find((o) => scaleLevel(o.value) === i + 1);
    if (!current) changes.create.push(wanted);
    else if (current.value !== wanted || current.disabled)
      changes.update.push({ id: current.id, value: wanted, disabled: false });
  });
  for (const o of options) {
    const level = scaleLevel(o.value);
    if (level !== null && level > labels.length && !o.disabled)
      changes.update.push({ id: o.id, disabled: true });
  }
  return changes;
}

/** The changes that make a level field's enabled options exactly the band labels. */
export function bandOptionChanges(
  options: FieldOptions['options'],
  bandLabels: readonly string[],
): OptionChanges {
  const changes: OptionChanges = { create: [], update: [] };
  const wanted = new Set(bandLabels.map((l) => l.toLowerCase()));
  for (const label of bandLabels) {
    const current = options.find((o) => o.value.toLowerCase() === label.toLowerCase());
    if (!current) changes.create.push(label);
    else if (current.disabled) changes.update.push({ id: current.id, disabled: false });
  }
  for (const o of options)
    if (!wanted.has(o.value.toLowerCase()) && !o.disabled)
      changes.update.push({ id: o.id, disabled: true });
  return changes;
}

/** Syncs every risk select with the matrix; returns how many options changed (0 when in line). */
export async function syncRiskOptions(
  client: ProductClient,
  state: ProvisioningState,
  matrix: RiskMatrixConfig,
): Promise<number> {
  const plans: { fieldKey: string; plan: (o: FieldOptions['options']) => OptionChanges }[] = [
    ...RISK_SCALE_FIELDS.likelihood.map((fieldKey) => ({
      fieldKey,
      plan: (o: FieldOptions['options']) =>
        scaleOptionChanges(
          o,
          matrix.likelihood.map((l) => l.label),
        ),
    })),
    ...RISK_SCALE_FIELDS.consequence.map((fieldKey) => ({
      fieldKey,
      plan: (o: FieldOptions['options']) =>
        scaleOptionChanges(
          o,
          matrix.consequence.map((l) => l.label),
        ),
    })),
    ...RISK_LEVEL_FIELDS.map((fieldKey) => ({
      fieldKey,
      plan: (o: FieldOptions['options']) =>
        bandOptionChanges(
          o,
          matrix.bands.map((b) => b.label),
        ),
    })),
  ];
  let changed = 0;
  for (const { fieldKey, plan } of plans) {
    const field = await readFieldOptions(client, state, fieldKey);
    if (!field) continue;
    const changes = plan(field.options);
    await applyOptionChanges(client, field, changes);
    changed += changes.create.length + changes.update.length;
  }
  return changed;
}
