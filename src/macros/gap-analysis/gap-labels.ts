/** The labels of the Jira issues raised for the gaps of an assessment (found again by them). */
export const gapAssessmentLabel = (assessmentId: string): string => `aims-gap-${assessmentId}`;

/** One gap's own label: `aims-gap-<assessment>-<ref>` with the ref's dots as dashes. */
export const gapRequirementLabel = (assessmentId: string, ref: string): string =>
  `${gapAssessmentLabel(assessmentId)}-${ref.replace(/\./g, '-').toLowerCase()}`;
