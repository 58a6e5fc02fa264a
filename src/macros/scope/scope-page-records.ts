/**
 * What the scope and context macro keeps on its page, as Confluence content properties read and
 * written as the person looking or acting: the document control (`aims-scope-control`), the
 * content (`aims-scope-context`) and the content as last approved (`aims-scope-approved`), each
 * validated on read and on write. Its owner is kept in app storage (src/storage/document-owner.ts).
 */
import { scopeContextRecordSchema, scopeControlRecords } from '../../domain/scope';
import type {
  ScopeContextRecord,
  ScopeControlEvent,
  ScopeControlRecord,
  ScopeDocument,
} from '../../domain/scope';
import { pageRecordStore } from '../../confluence/page-record-store';
import type { StoredPageRecord } from '../../confluence/page-record-store';
import type { ControlledDocumentRecords } from '../document-control/document-change-facts';

export const SCOPE_CONTROL_PROPERTY_KEY = 'aims-scope-control';
export const SCOPE_CONTEXT_PROPERTY_KEY = 'aims-scope-context';
export const SCOPE_APPROVED_PROPERTY_KEY = 'aims-scope-approved';

export type StoredScopeControl = StoredPageRecord<ScopeControlRecord>;
export type StoredScopeContext = StoredPageRecord<ScopeContextRecord>;

export const scopeControlStore = pageRecordStore(
  SCOPE_CONTROL_PROPERTY_KEY,
  scopeControlRecords.recordSchema,
  'document control',
);

export const scopeContextStore = pageRecordStore(
  SCOPE_CONTEXT_PROPERTY_KEY,
  scopeContextRecordSchema,
  'scope and context',
);

export const scopeApprovedStore = pageRecordStore(
  SCOPE_APPROVED_PROPERTY_KEY,
  scopeContextRecordSchema,
  'approved scope and context',
);

/** Where the scope and context keeps its document control and its owner (app storage). */
export const scopeRecords: ControlledDocumentRecords<ScopeDocument, ScopeControlEvent> = {
  title: 'AIMS scope and context',
  ownerKind: 'scope',
  control: scopeControlStore,
};
