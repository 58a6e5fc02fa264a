/**
 * Whether a change of an AI system is significant for its impact assessments (8.4, 6.1.4): its
 * intended use or life-cycle stage changed, or a new release of it was recorded (a version added
 * to its fix versions). Returns why, in words a person reads in the reopening comment,
 * or null when nothing significant changed.
 */
export interface AiSystemChange {
  /** The logical fields that changed in this event. */
  readonly changedFields: readonly string[];
  /** Fix versions (releases) the event added to the AI system. */
  readonly addedVersions: readonly string[];
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  intendedUse: 'its intended use changed',
  lifecycleStage: 'its life-cycle stage changed',
};

export function significantChangeReason(systemKey: string, change: AiSystemChange): string | null {
  const what = change.changedFields.flatMap((f) => (FIELD_WORDS[f] ? [FIELD_WORDS[f]] : []));
  if (change.addedVersions.length > 0)
    what.push(`release ${change.addedVersions.join(', ')} was recorded`);
  if (what.length === 0) return null;
  return `Reopened for review (8.4): AI system ${systemKey} changed significantly: ${what.join('; ')}.`;
}
