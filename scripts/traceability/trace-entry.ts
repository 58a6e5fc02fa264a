/**
 * The shape of one row of the traceability matrix: a clause 4–10 sub-clause or an Annex A control,
 * how far the app serves it, what in the code serves it and the tests that prove it.
 */

/** How far the app serves a requirement. */
export type TraceLevel =
  /** The app records and enforces it (records, rules, views) — an auditor can be shown it working. */
  | 'feature'
  /** Some of it is served; `gap` says what is not. */
  | 'partly'
  /** Annex A only: decided and evidenced as a row of the Statement of Applicability, no process of its own in the app. */
  | 'soa row'
  /** Only in the catalogue; `gap` says why. */
  | 'catalogue only';

export interface ServedBy {
  /** What serves it, in words. */
  readonly what: string;
  /** `path` or `path#symbol` (the symbol must occur in the file). */
  readonly where: string;
}

export interface TraceEntry {
  /** Clause or control ref as in the catalogue, e.g. `10.2`, `A.6.2.4`. */
  readonly ref: string;
  readonly level: TraceLevel;
  readonly servedBy: readonly ServedBy[];
  /** Test files (`path`, or `path::phrase` when the phrase must occur in the file). */
  readonly tests: readonly string[];
  /** Required for `partly` and `catalogue only`: what is missing, or why nothing is needed. */
  readonly gap?: string;
}
