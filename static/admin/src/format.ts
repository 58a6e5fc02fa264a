import type { Translator } from '../../common/i18n/translator';

/** "84 changes (issue-types 11, fields 40, …)": how many changes each step has. */
export function changesText(
  { tn, number }: Translator,
  changes: readonly { step: string }[],
): string {
  const byStep = new Map<string, number>();
  for (const c of changes) byStep.set(c.step, (byStep.get(c.step) ?? 0) + 1);
  const steps = [...byStep].map(([step, n]) => `${step} ${number(n)}`).join(', ');
  return tn('admin.provisioning.changes', changes.length, { steps });
}
