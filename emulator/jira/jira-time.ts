/** Jira's timestamp format: `2026-11-27T01:05:47.123+0000`. */
export function jiraDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** `YYYY-MM-DD` check as Jira's date fields accept it. */
export function isJiraDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Accepts ISO-like datetimes (`2026-01-02T10:00:00.000+0000`, `...Z`, `...+01:00`). */
export function parseJiraDateTime(value: string): Date | undefined {
  const normalized = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const d = new Date(normalized);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
