/** The SoA approval's seal check: the page's approvals against the app's seal chain. */
import type { SealStatus } from '../../domain/integrity/seal-wording';
import { checkRecordSeal } from '../record-seal-check';
import type { SoaApprovalCheck } from './soa-approval-record';
import { SOA_HISTORY_LIMIT, storedApprovalFacts } from './soa-approval-record';

export const SOA_SEAL_KIND = 'soa-approval' as const;

export function checkSoaSeal(
  pageId: string,
  check: SoaApprovalCheck,
  currentPageVersion: number,
): Promise<SealStatus | null> {
  return checkRecordSeal({
    scope: { kind: SOA_SEAL_KIND, pageId },
    stored: storedApprovalFacts(check),
    // The page keeps the current approval and the latest SOA_HISTORY_LIMIT before it.
    storedAtMost: SOA_HISTORY_LIMIT + 1,
    currentPageVersion,
    wording: { record: 'approved Statement of Applicability', event: 'approved' },
  });
}
