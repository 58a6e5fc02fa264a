/**
 * The document-control record of a policy page (stored by the AI Policy macro as a Confluence
 * content property of the page). It is a history: one entry per change of the metadata,
 * each stamped with the page version that was current when the change was made. The entry in
 * force at page version V is the last one recorded at a version ≤ V, so an old page version
 * shows the metadata it had, and approvals stay bound to the version they approved.
 */
import { z } from 'zod';
import { accountId, isoDateTime, policyDocumentSchema, wholeNumber } from '../records';
import type { PolicyDocumentRecord } from '../records';

export const POLICY_CONTROL_EVENTS = [
  'configured',
  'checklist',
  'review-requested',
  'approved',
  'superseded',
] as const;
export type PolicyControlEvent = (typeof POLICY_CONTROL_EVENTS)[number];

/** What each event means, for the history list. */
export const POLICY_CONTROL_EVENT_NAMES: Record<PolicyControlEvent, string> = {
  configured: 'Document control set up or changed',
  checklist: 'Clause 5.2 checklist changed',
  'review-requested': 'Approval requested',
  approved: 'Approved',
  superseded: 'Marked as superseded',
};

export const policyControlEntrySchema = z.object({
  /** The page version that was current when this entry was recorded. */
  pageVersion: wholeNumber('Page version', 1, Number.MAX_SAFE_INTEGER),
  recordedAt: isoDateTime('Recorded at'),
  byAccountId: accountId('Recorded by'),
  event: z.enum(POLICY_CONTROL_EVENTS),
  /** The organization's document reference (e.g. AIMS-POL-001). */
  documentReference: z.string().min(1).max(64),
  document: policyDocumentSchema,
});
export type PolicyControlEntry = z.infer<typeof policyControlEntrySchema>;

/** Confluence caps a content property at 32 KB; the history keeps at most this many entries. */
export const MAX_HISTORY_ENTRIES = 24;

export const policyControlRecordSchema = z
  .object({
    schemaVersion: z.literal(1),
    entries: z.array(policyControlEntrySchema).min(1).max(MAX_HISTORY_ENTRIES),
    /** How many older entries were let go to keep the record within its size (absent: none). */
    entriesNotKept: z.number().int().min(0).optional(),
  })
  .superRefine((record, ctx) => {
    for (let i = 1; i < record.entries.length; i += 1) {
      const [before, after] = [record.entries[i - 1], record.entries[i]];
      if (before && after && after.pageVersion < before.pageVersion) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'pageVersion'],
          message: 'History entries must be in page-version order',
        });
      }
    }
  });
export type PolicyControlRecord = z.infer<typeof policyControlRecordSchema>;

/** The latest entry: the metadata of the current page version. */
export function currentEntry(record: PolicyControlRecord): PolicyControlEntry {
  const last = record.entries[record.entries.length - 1];
  if (!last) throw new Error('A document-control record has at least one entry');
  return last;
}

/** The entry in force at page version `pageVersion`, or undefined when there was no control yet. */
export function entryAtVersion(
  record: PolicyControlRecord,
  pageVersion: number,
): PolicyControlEntry | undefined {
  let found: PolicyControlEntry | undefined;
  for (const entry of record.entries) {
    if (entry.pageVersion <= pageVersion) found = entry;
  }
  return found;
}

/** Every approval ever given, oldest first (the approval history per page version). */
export function approvalsOf(record: PolicyControlRecord): PolicyControlEntry[] {
  return record.entries.filter((e) => e.event === 'approved');
}

/**
 * Appends an entry, keeping the record within its size: the oldest entries that are not
 * approvals go first, then the oldest approvals; how many went is counted (`entriesNotKept`), so
 * the history can say it is not complete.
 */
export function appendEntry(
  record: PolicyControlRecord | undefined,
  entry: PolicyControlEntry,
): PolicyControlRecord {
  const entries = [...(record?.entries ?? []), policyControlEntrySchema.parse(entry)];
  let notKept = record?.entriesNotKept ?? 0;
  while (entries.length > MAX_HISTORY_ENTRIES) {
    const dropAt = entries.findIndex((e, i) => e.event !== 'approved' && i < entries.length - 1);
    entries.splice(dropAt >= 0 ? dropAt : 0, 1);
    notKept += 1;
  }
  return policyControlRecordSchema.parse({
    schemaVersion: 1,
    entries,
    ...(notKept > 0 ? { entriesNotKept: notKept } : {}),
  });
}

/** The document as stored, for callers that only need the current metadata. */
export function currentDocument(record: PolicyControlRecord): PolicyDocumentRecord {
  return currentEntry(record).document;
}
