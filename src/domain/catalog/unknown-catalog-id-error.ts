/** What kind of catalog entry a lookup expected; used in error messages. */
export type CatalogKind =
  'clause' | 'annex-a-objective' | 'annex-a-control' | 'annex-c-objective' | 'annex-c-risk-source';

const KIND_NAMES: Record<CatalogKind, string> = {
  clause: 'clause',
  'annex-a-objective': 'Annex A control objective',
  'annex-a-control': 'Annex A control',
  'annex-c-objective': 'Annex C objective',
  'annex-c-risk-source': 'Annex C risk source',
};

/** Plain name of a catalog kind, e.g. "Annex A control". */
export const catalogKindName = (kind: CatalogKind): string => KIND_NAMES[kind];

/**
 * Thrown when an ID is not in the ISO/IEC 42001 catalog (or is not of the kind asked for).
 * The message names the bad ID so a person can correct it.
 */
export class UnknownCatalogIdError extends Error {
  override readonly name = 'UnknownCatalogIdError';

  constructor(
    /** The ID exactly as it was given. */
    readonly id: string,
    /** The kind the caller asked for, if any. */
    readonly expected?: CatalogKind,
    hint?: string,
  ) {
    const what = expected ? `an ISO/IEC 42001 ${catalogKindName(expected)}` : 'an ISO/IEC 42001 ID';
    super(`"${id}" is not ${what}.${hint ? ` ${hint}` : ''}`);
  }
}
