/** The held review's seal check: the page's frozen record against the app's seal chain. */
import type { SealStatus } from '../../domain/integrity/seal-wording';
import { verifyFrozenRecord } from '../../domain/review';
import { checkRecordSeal } from '../record-seal-check';

export const REVIEW_SEAL_KIND = 'review-held' as const;

/** Stands for a frozen record that fails its own hash (never equal to a real content hash). */
const ALTERED = `sha256:${'0'.repeat(64)}`;

export function checkReviewSeal(
  pageId: string,
  frozen: unknown,
  currentPageVersion: number,
): Promise<SealStatus | null> {
  const stored: { recordHash: string; pageVersion: number }[] = [];
  if (frozen !== undefined) {
    const verification = verifyFrozenRecord(frozen);
    const pageVersion = (frozen as { content?: { pageVersion?: unknown } }).content?.pageVersion;
    stored.push({
      recordHash: verification.valid ? verification.contentHash : ALTERED,
      pageVersion: typeof pageVersion === 'number' && pageVersion >= 1 ? pageVersion : 1,
    });
  }
  return checkRecordSeal({
    scope: { kind: REVIEW_SEAL_KIND, pageId },
    stored,
    currentPageVersion,
    wording: { record: 'record of the held management review', event: 'held' },
  });
}
