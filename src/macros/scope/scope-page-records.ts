/**
 * What the scope and context macro keeps on its page, as Confluence content properties read and
 * written as the person looking or acting: the document control (`aims-scope-control`), the
 * content (`aims-scope-context`) and the content as last approved (`aims-scope-approved`), each
 * validated on read and on write.
 */
import { scopeContextRecordSchema, scopeControlRecords } from '../../domain/scope';
import type { ScopeContextRecord, ScopeControlRecord } from '../../domain/scope';
import { pageRecordStore } from '../../confluence/page-record-store';
import type { StoredPageRecord } from '../../confluence/page-record-store';

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
