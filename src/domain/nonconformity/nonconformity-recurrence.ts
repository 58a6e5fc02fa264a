/**
 * A nonconformity that recurs (10.2 b: similar nonconformities; 10.2 d: effectiveness). A new
 * nonconformity recorded as a recurrence of a closed one puts the closed one's effectiveness
 * verdict in question: its corrective action did not keep the cause from coming back.
 */

export interface Recurrence {
  /** The later nonconformity's key. */
  readonly key: string;
  /** When it was recorded (ISO 8601 or YYYY-MM-DD); null when the viewer cannot read it. */
  readonly recordedOn: string | null;
}

/** What the earlier nonconformity's panel says about its verdict (null when it never recurred). */
export function recurrenceVerdictNote(
  recurrences: readonly Recurrence[],
  verdict: string | null,
): string | null {
  if (recurrences.length === 0) return null;
  const when = recurrences
    .map((r) => (r.recordedOn ? `on ${r.recordedOn.slice(0, 10)} as ${r.key}` : `as ${r.key}`))
    .join(', ');
  const what = verdict
    ? `the effectiveness verdict "${verdict}"`
    : 'the effectiveness of its corrective action';
  return `Recurred ${when}: ${what} is in question (10.2 b, d).`;
}

/** What the later nonconformity's panel says about an earlier one that is not closed. */
export function recurrenceOfOpenNote(key: string): string {
  return `${key} is not closed yet: a recurrence is recorded against a closed nonconformity; link an open one as related instead.`;
}
