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

/** The document control on the page; a concurrent change or an invalid stored record is refused. */
export const policyControlStore = pageRecordStore(
  POLICY_CONTROL_PROPERTY_KEY,
  policyControlRecordSchema,
  'document control',
);
