/**
 * Inputs 9.3.2 b) and c) as the scope and context record gives them: what changed in it since the
 * previous held management review. Built by the review macro (src/macros/review); frozen with the
 * review when it is held, exactly as it was shown.
 */
import type { ContextChange } from '../scope/scope-context-changes';
import type { ScopeSource } from '../scope/scope-context-snapshot';

/**
 * What the changes were worked out against: the copy the previous held review kept, nothing
 * earlier (everything counts as new), or nothing at all (`none`: the record could not be read or
 * compared, so the reviewers enter b and c themselves).
 */
export const REVIEW_CONTEXT_BASES = ['previous-review', 'first', 'none'] as const;
export type ReviewContextBasis = (typeof REVIEW_CONTEXT_BASES)[number];

export interface ReviewContextChanges {
  readonly basis: ReviewContextBasis;
  /** The scope and context read for this review; null when none could be read. */
  readonly current: ScopeSource | null;
  /** The previous held review's copy compared with; null when there is none to compare with. */
  readonly baseline:
    (ScopeSource & { readonly reviewPageId: string; readonly heldAt: string }) | null;
  /** Why nothing is compared, or why everything counts as new, in words. */
  readonly note: string | null;
  /** 9.3.2 b): the scope, internal and external issues, climate change, the AI roles. */
  readonly issues: readonly ContextChange[];
  /** 9.3.2 c): the interested parties and their requirements. */
  readonly parties: readonly ContextChange[];
}
