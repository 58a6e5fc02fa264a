/**
 * The document-control record of a policy page, kept in the page's content property
 * `aims-policy-control`, validated on read and on write.
 */
import type { PolicyControlRecord } from '../../domain/policy';
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
