/**
 * The document-control record of a policy page (stored by the AI Policy macro as a Confluence
 * content property of the page): the record of every controlled document
 * (src/domain/document-control/control-record.ts) whose document is the policy's, with the
 * clause 5.2 checklist as its own event.
 */
import { controlRecordKind, currentEntry } from '../document-control/control-record';
import type { ControlEntry, ControlRecord } from '../document-control/control-record';
import { policyDocumentSchema } from '../records';
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

export const policyControlRecords = controlRecordKind(policyDocumentSchema, POLICY_CONTROL_EVENTS);
export const policyControlEntrySchema = policyControlRecords.entrySchema;
export const policyControlRecordSchema = policyControlRecords.recordSchema;
export type PolicyControlEntry = ControlEntry<PolicyDocumentRecord, PolicyControlEvent>;
export type PolicyControlRecord = ControlRecord<PolicyDocumentRecord, PolicyControlEvent>;

export {
  MAX_HISTORY_ENTRIES,
  approvalsOf,
  currentEntry,
  entryAtVersion,
} from '../document-control/control-record';

/** Appends an entry, keeping the record within its size (see controlRecordKind). */
export const appendEntry = policyControlRecords.append;

/** The document as stored, for callers that only need the current metadata. */
export function currentDocument(record: PolicyControlRecord): PolicyDocumentRecord {
  return currentEntry(record).document;
}
