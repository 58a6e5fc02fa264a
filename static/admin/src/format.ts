/** A timestamp as "2026-11-27 02:30 UTC" (the same for every admin, whatever their time zone). */
export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const countText = (n: number): string => (n === 1 ? '1 change' : `${n} changes`);

/** "84 changes (issue-types 11, fields 40, …)": how many changes each step has. */
export function changesText(changes: readonly { step: string }[]): string {
  const byStep = new Map<string, number>();
  for (const c of changes) byStep.set(c.step, (byStep.get(c.step) ?? 0) + 1);
  const steps = [...byStep].map(([step, n]) => `${step} ${n}`).join(', ');
  return `${countText(changes.length)} (${steps})`;
}
