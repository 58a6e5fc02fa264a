/** Dates relative to today, so the demo stays believable whenever it is seeded. */
export function daysFromNow(days: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

/** A Jira date-time ("2026-11-20T09:30:00.000+0000") `days` from now at 09:30 UTC. */
export function dateTimeFromNow(days: number, now = new Date()): string {
  return `${daysFromNow(days, now)}T09:30:00.000+0000`;
}
