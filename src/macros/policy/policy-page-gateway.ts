/**
 * The policy page in Confluence: its current version, and the document-control record kept in
 * the page's content property `aims-policy-control`, validated on read and on write.
 */
import type { PolicyControlRecord, PolicyPageFacts } from '../../domain/policy';
import { policyControlRecordSchema } from '../../domain/policy';
import { pageRecordStore } from '../../confluence/page-record-store';
import type { StoredPageRecord } from '../../confluence/page-record-store';
import { readPage } from '../../confluence/pages';
import type { ProductClient } from '../../jira/product-client';

export const POLICY_CONTROL_PROPERTY_KEY = 'aims-policy-control';

export interface PolicyPage extends PolicyPageFacts {
  spaceId: string | undefined;
}

/** The page as Confluence reports it now (its current version number). */
export async function readPolicyPage(client: ProductClient, pageId: string): Promise<PolicyPage> {
  return readPage(client, pageId);
}

export type StoredPolicyControl = StoredPageRecord<PolicyControlRecord>;

const policyControl = pageRecordStore({
  key: POLICY_CONTROL_PROPERTY_KEY,
  schema: policyControlRecordSchema,
  versionMessage: 'AIMS document control',
  invalidMessage: 'The document-control record of this page is not valid.',
  conflictMessage:
    'Someone else changed the document control at the same time. Reload the page and try again.',
});

/** The stored document control; a stored record that is not valid is refused, never used. */
export const readPolicyControl = policyControl.read;

/** Creates or updates the record, naming the version it replaces (a concurrent change is refused). */
export const writePolicyControl = policyControl.write;
