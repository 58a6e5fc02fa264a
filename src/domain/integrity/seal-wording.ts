/**
 * A seal check in the words an auditor reads, the same in the macro and in its export: one of
 * "Verified", "Changed since approval" or "Tampered / seal missing", and why.
 */
import type { SealVerification } from './record-seal';

export type SealStatusState = 'verified' | 'changed' | 'tampered' | 'missing';

export interface SealStatus {
  state: SealStatusState;
  /** The short label (a lozenge). */
  label: string;
  /** One or two sentences an auditor understands. */
  explanation: string;
}

/** The record's wording: `approval` ('approval') or 'held review'. */
export function sealStatusOf(
  check: SealVerification,
  what: { record: string; event: string },
): SealStatus | null {
  switch (check.state) {
    case 'none':
      return null;
    case 'verified':
      return {
        state: 'verified',
        label: 'Verified',
        explanation: `This ${what.record} is exactly as it was ${what.event} on ${check.sealedAt.slice(0, 10)} (page version ${check.pageVersion}): its seal, kept by the app where page editors cannot change it, matches, and so does each of the ${check.sealedRecords} sealed record${check.sealedRecords === 1 ? '' : 's'} of this page.`,
      };
    case 'changed':
      return {
        state: 'changed',
        label: `Changed since ${what.event === 'held' ? 'it was held' : 'approval'}`,
        explanation: `The ${what.record} itself is intact (its seal matches), but the page was edited after it was ${what.event}: it was ${what.event} at page version ${check.pageVersion}, the page is now at version ${check.currentPageVersion}.`,
      };
    case 'tampered':
      return {
        state: 'tampered',
        label: 'Tampered / seal missing',
        explanation: `Do not rely on this ${what.record}. ${check.reason}`,
      };
    case 'missing':
      return {
        state: 'missing',
        label: 'Tampered / seal missing',
        explanation: `Seal missing. ${check.reason}`,
      };
  }
}
