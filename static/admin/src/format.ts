/** A timestamp as "2026-11-27 02:30 UTC" (the same for every admin, whatever their time zone). */
export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
