/**
 * The seal of a controlled document's approvals (the AI policy, the scope and context): each
 * "approved" entry of the page's document-control history is sealed in the app's chain when it is
 * recorded, and the page's approvals are checked against that chain on every view and export.
 */
import { contentHash } from '../../domain/integrity/canonical-hash';
import type { SealedRecordKind } from '../../domain/integrity/record-seal';
import type { SealStatus } from '../../domain/integrity/seal-wording';
import type { ControlRecord } from '../../domain/document-control/control-record';
import type { ControlledDocument } from '../../domain/document-control/controlled-document';
import type { DocumentOwnerKind } from '../../storage/document-owner';
import { sealRecord } from '../../storage/record-seals';
import { checkRecordSeal } from '../record-seal-check';

type AnyRecord = ControlRecord<ControlledDocument, string>;

const sealKindOf = (kind: DocumentOwnerKind): SealedRecordKind =>
  kind === 'policy' ? 'policy-approval' : 'scope-approval';

function approvals(record: AnyRecord | undefined): { recordHash: string; pageVersion: number }[] {
  return (record?.entries ?? [])
    .filter((e) => e.event === 'approved')
    .map((e) => ({ recordHash: contentHash(e), pageVersion: e.pageVersion }));
}

/** Seals the approval `after` records beyond `before` (nothing when no approval was added). */
export async function sealNewApproval(
  kind: DocumentOwnerKind,
  pageId: string,
  before: AnyRecord | undefined,
  after: AnyRecord,
  now: Date,
): Promise<void> {
  const added = approvals(after).slice(approvals(before).length);
  for (const approval of added)
    await sealRecord(
      { kind: sealKindOf(kind), pageId },
      { ...approval, sealedAt: now.toISOString() },
    );
}

/** The page's approvals checked against the app's chain (null: never approved). */
export function checkDocumentSeal(
  kind: DocumentOwnerKind,
  pageId: string,
  record: AnyRecord | undefined,
  currentPageVersion: number,
): Promise<SealStatus | null> {
  const stored = approvals(record);
  return checkRecordSeal({
    scope: { kind: sealKindOf(kind), pageId },
    stored,
    // A record that let old entries go keeps fewer approvals than were sealed.
    storedAtMost: record?.entriesNotKept ? stored.length : Number.POSITIVE_INFINITY,
    currentPageVersion,
    wording: {
      record: kind === 'policy' ? 'approved AI policy' : 'approved scope and context',
      event: 'approved',
    },
  });
}
