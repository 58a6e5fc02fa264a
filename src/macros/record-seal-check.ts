/**
 * Checks a page's stored records against the seal chain the app keeps (src/storage/record-seals.ts)
 * and words the result for an auditor; shared by every sealed macro and its export.
 */
import type { SealScope, StoredRecordFacts } from '../domain/integrity/record-seal';
import { verifySealedRecords } from '../domain/integrity/record-seal';
import type { SealStatus } from '../domain/integrity/seal-wording';
import { sealStatusOf } from '../domain/integrity/seal-wording';
import { loadSealSecret, readSealChain } from '../storage/record-seals';

export interface RecordSealRequest {
  scope: SealScope;
  /** The records the page stores now, oldest first (the current one last). */
  stored: readonly StoredRecordFacts[];
  /** How many records the page keeps at most (older ones are let go); default: all. */
  storedAtMost?: number;
  currentPageVersion: number;
  /** How the record is named: e.g. { record: 'approved SoA', event: 'approved' }. */
  wording: { record: string; event: string };
}

/** The seal status of the page's latest record; null when there is no record and no seal. */
export async function checkRecordSeal(request: RecordSealRequest): Promise<SealStatus | null> {
  const chain = await readSealChain(request.scope);
  if (chain.links.length === 0 && request.stored.length === 0) return null;
  const secret = chain.links.length > 0 ? await loadSealSecret() : '';
  return sealStatusOf(
    verifySealedRecords({
      secret,
      scope: request.scope,
      chain,
      stored: request.stored,
      storedAtMost: request.storedAtMost ?? Number.POSITIVE_INFINITY,
      currentPageVersion: request.currentPageVersion,
    }),
    request.wording,
  );
}
