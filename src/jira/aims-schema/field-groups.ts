/** Logical fields read together wherever the same record is shown. */

/** The AI Control fields that make one row of the Statement of Applicability (6.1.3 d). */
export const SOA_CONTROL_FIELD_KEYS = [
  'isoReference',
  'applicability',
  'justification',
  'implementationStatus',
  'evidence',
] as const;

/** A risk's level fields (inherent and residual), shown wherever a risk is listed. */
export const RISK_LEVEL_FIELD_KEYS = ['inherentLevel', 'residualLevel'] as const;
