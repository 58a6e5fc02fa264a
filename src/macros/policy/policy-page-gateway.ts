/**
 * The document-control record of a policy page, kept in the page's content property
 * `aims-policy-control`, validated on read and on write.
 */
import type { PolicyControlEvent, PolicyControlRecord } from '../../domain/policy';
import type { PolicyDocumentRecord } from '../../domain/records';
import type { ControlledDocumentRecords } from '../document-control/document-change-facts';
import { policyControlRecordSchema } from '../../domain/policy';
import { pageRecordStore } from '../../confluence/page-record-store';
import type { StoredPageRecord } from '../../confluence/page-record-store';

export const POLICY_CONTROL_PROPERTY_KEY = 'aims-policy-control';

export type StoredPolicyControl = StoredPageRecord<PolicyControlRecord>;

/** The document control on the page; a concurrent change or an invalid stored record is refused. */
export const policyControlStore = pageRecordStore(
  POLICY_CONTROL_PROPERTY_KEY,
  policyControlRecordSchema,
  'document control',
);

/** Where the AI policy keeps its records: the document control on the page, the owner in app storage. */
export const policyRecords: ControlledDocumentRecords<PolicyDocumentRecord, PolicyControlEvent> = {
  title: 'AI policy',
  ownerKind: 'policy',
  control: policyControlStore,
};
