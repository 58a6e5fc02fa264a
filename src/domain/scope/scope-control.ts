/**
 * The document control of the AIMS scope and context: the rules of every controlled document
 * (src/domain/document-control), with the content — kept beside the page in its own record
 * (scope-context-record.ts) — bound to each entry by its hash. An approval binds to the page
 * version and to the content hash the approver reviewed; a change of the content reopens the
 * document (status draft).
 */
import { z } from 'zod';
import { checkControlledDocument, controlledDocumentFields } from '../document-control';
import { controlRecordKind } from '../document-control/control-record';
import type { ControlEntry, ControlRecord } from '../document-control/control-record';
import { documentControlRules } from '../document-control/control-rules';
import type { DocumentChange, DocumentKind } from '../document-control/control-rules';

export const scopeDocumentSchema = z
  .object(controlledDocumentFields, { error: 'A scope document record must be an object' })
  .superRefine((doc, ctx) => {
    checkControlledDocument(doc, ctx);
    if (doc.status === 'approved' && doc.approvedContentHash === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['approvedContentHash'],
        message: 'An approved scope and context names the content it approved',
      });
    }
  });
export type ScopeDocument = z.infer<typeof scopeDocumentSchema>;

export const SCOPE_CONTROL_EVENTS = [
  'configured',
  'content-changed',
  'review-requested',
  'approved',
  'superseded',
] as const;
export type ScopeControlEvent = (typeof SCOPE_CONTROL_EVENTS)[number];

/** What each event means, for the history list. */
export const SCOPE_CONTROL_EVENT_NAMES: Record<ScopeControlEvent, string> = {
  configured: 'Document control set up or changed',
  'content-changed': 'Scope and context changed',
  'review-requested': 'Approval requested',
  approved: 'Approved',
  superseded: 'Marked as superseded',
};

export const scopeControlRecords = controlRecordKind(scopeDocumentSchema, SCOPE_CONTROL_EVENTS);
export type ScopeControlEntry = ControlEntry<ScopeDocument, ScopeControlEvent>;
export type ScopeControlRecord = ControlRecord<ScopeDocument, ScopeControlEvent>;
export type ScopeChange = DocumentChange<ScopeDocument, ScopeControlEvent>;

export const SCOPE_DOCUMENT: DocumentKind<ScopeDocument, ScopeControlEvent> = {
  name: 'the AIMS scope and context',
  shortName: 'scope and context',
  documentSchema: scopeDocumentSchema,
  records: scopeControlRecords,
  initialParts: () => ({}),
  contentGaps(document) {
    if (document.contentHash !== undefined) return undefined;
    return {
      summary: 'the owner must record the scope and context first.',
      details: ['No scope and context is recorded yet.'],
      blockers: ['The owner has not yet recorded the scope and context.'],
    };
  },
};

export const scopeControlRules = documentControlRules(SCOPE_DOCUMENT, {
  configured: 'configured',
  reviewRequested: 'review-requested',
  approved: 'approved',
  superseded: 'superseded',
});
