/** The UTC day `plus` days from today, `YYYY-MM-DD` (due dates and review periods in tests). */
export function utcDay(plus: number): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + plus))
    .toISOString()
    .slice(0, 10);
}

/** The body a scheduled trigger answered, after checking it answered as Forge expects. */
export function scheduledBody(run: { statusCode: number; result: unknown }): unknown {
  if (run.statusCode !== 200) throw new Error(`The scheduled run answered ${run.statusCode}`);
  return JSON.parse((run.result as { body: string }).body) as unknown;
}
