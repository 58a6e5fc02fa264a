/**
 * The document-control record of a controlled page (kept by its macro as a Confluence content
 * property of the page). It is a history: one entry per change of the metadata, each stamped with
 * the page version that was current when the change was made. The entry in force at page version
 * V is the last one recorded at a version ≤ V, so an old page version shows the metadata it had,
 * and approvals stay bound to the version they approved.
 */
import { z } from 'zod';
import { accountId, isoDateTime, wholeNumber } from '../records/record-fields';
import type { ControlledDocument } from './controlled-document';

/** Events every controlled document records; each kind adds the event of its own content. */
export const COMMON_CONTROL_EVENTS = [
  'configured',
  'review-requested',
  'approved',
  'superseded',
] as const;

export interface ControlEntry<D extends ControlledDocument, E extends string = string> {
  /** The page version that was current when this entry was recorded. */
  pageVersion: number;
  recordedAt: string;
  byAccountId: string;
  event: E;
  /** The organization's document reference (e.g. AIMS-POL-001). */
  documentReference: string;
  document: D;
}

export interface ControlRecord<D extends ControlledDocument, E extends string = string> {
  schemaVersion: 1;
  entries: ControlEntry<D, E>[];
  /** How many older entries were let go to keep the record within its size (absent: none). */
  entriesNotKept?: number | undefined;
}

/** Confluence caps a content property at 32 KB; the history keeps at most this many entries. */
export const MAX_HISTORY_ENTRIES = 24;

/** The schemas of one kind of document's control record, and appending to it. */
export interface ControlRecordKind<D extends ControlledDocument, E extends string> {
  entrySchema: z.ZodType<ControlEntry<D, E>>;
  recordSchema: z.ZodType<ControlRecord<D, E>>;
  /**
   * Appends an entry, keeping the record within its size: the oldest entries that are not
   * approvals go first, then the oldest approvals; how many went is counted (`entriesNotKept`),
   * so the history can say it is not complete.
   */
  append(record: ControlRecord<D, E> | undefined, entry: ControlEntry<D, E>): ControlRecord<D, E>;
}

export function controlRecordKind<D extends ControlledDocument, const E extends string>(
  documentSchema: z.ZodType<D>,
  events: readonly [E, ...E[]],
): ControlRecordKind<D, E> {
  const entrySchema = z.object({
    pageVersion: wholeNumber('Page version', 1, Number.MAX_SAFE_INTEGER),
    recordedAt: isoDateTime('Recorded at'),
    byAccountId: accountId('Recorded by'),
    event: z.enum(events),
    documentReference: z.string().min(1).max(64),
    document: documentSchema,
  }) as unknown as z.ZodType<ControlEntry<D, E>>;
  const recordSchema = z
    .object({
      schemaVersion: z.literal(1),
      entries: z.array(entrySchema).min(1).max(MAX_HISTORY_ENTRIES),
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
    }) as unknown as z.ZodType<ControlRecord<D, E>>;
  return {
    entrySchema,
    recordSchema,
    append(record, entry) {
      const entries = [...(record?.entries ?? []), entrySchema.parse(entry)];
      let notKept = record?.entriesNotKept ?? 0;
      while (entries.length > MAX_HISTORY_ENTRIES) {
        const dropAt = entries.findIndex(
          (e, i) => e.event !== 'approved' && i < entries.length - 1,
        );
        entries.splice(dropAt >= 0 ? dropAt : 0, 1);
        notKept += 1;
      }
      return recordSchema.parse({
        schemaVersion: 1,
        entries,
        ...(notKept > 0 ? { entriesNotKept: notKept } : {}),
      });
    },
  };
}

/** The latest entry: the metadata of the current page version. */
export function currentEntry<D extends ControlledDocument, E extends string>(
  record: ControlRecord<D, E>,
): ControlEntry<D, E> {
  const last = record.entries[record.entries.length - 1];
  if (!last) throw new Error('A document-control record has at least one entry');
  return last;
}

/** The entry in force at page version `pageVersion`, or undefined when there was no control yet. */
export function entryAtVersion<D extends ControlledDocument, E extends string>(
  record: ControlRecord<D, E>,
  pageVersion: number,
): ControlEntry<D, E> | undefined {
  let found: ControlEntry<D, E> | undefined;
  for (const entry of record.entries) {
    if (entry.pageVersion <= pageVersion) found = entry;
  }
  return found;
}

/** Every approval ever given, oldest first (the approval history per page version). */
export function approvalsOf<D extends ControlledDocument, E extends string>(
  record: ControlRecord<D, E>,
): ControlEntry<D, E>[] {
  return record.entries.filter((e) => e.event === 'approved');
}
