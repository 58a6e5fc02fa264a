/**
 * The policy page in Confluence: its current version, and the document-control content
 * property (`/wiki/api/v2/pages/{id}/properties`), validated on read and on write.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';
import {
  InvalidPagePropertyError,
  PagePropertyConflictError,
  readPageProperty,
  writePageProperty,
} from '../../confluence/page-property';
import type { PolicyPageFacts } from './policy-control-rules';
import { PolicyRuleError } from './policy-control-rules';
import type { PolicyControlRecord } from './policy-control-record';
import { POLICY_CONTROL_PROPERTY_KEY, policyControlRecordSchema } from './policy-control-record';

const pageSchema = z.object({
  id: z.string(),
  title: z.string(),
  spaceId: z.string().optional(),
  version: z.object({ number: z.number().int().min(1) }),
});

export interface PolicyPage extends PolicyPageFacts {
  spaceId: string | undefined;
}

/** The page as Confluence reports it now (its current version number). */
export async function readPolicyPage(client: ProductClient, pageId: string): Promise<PolicyPage> {
  const page = await client.get(route`/wiki/api/v2/pages/${pageId}`, pageSchema);
  return { id: page.id, title: page.title, version: page.version.number, spaceId: page.spaceId };
}

export interface StoredPolicyControl {
  propertyId: string;
  propertyVersion: number;
  record: PolicyControlRecord;
}

/** A stored record that does not match the schema: shown as an error, never used. */
export class InvalidPolicyControlError extends Error {
  constructor(details: string) {
    super(`The document-control record of this page is not valid: ${details}`);
  }
}

export async function readPolicyControl(
  client: ProductClient,
  pageId: string,
): Promise<StoredPolicyControl | undefined> {
  try {
    const stored = await readPageProperty(
      client,
      pageId,
      POLICY_CONTROL_PROPERTY_KEY,
      policyControlRecordSchema,
    );
    return (
      stored && {
        propertyId: stored.propertyId,
        propertyVersion: stored.propertyVersion,
        record: stored.value,
      }
    );
  } catch (err) {
    if (err instanceof InvalidPagePropertyError)
      throw new InvalidPolicyControlError(err.issues.slice(0, 3).join('; '));
    throw err;
  }
}

const CONFLICT_MESSAGE =
  'Someone else changed the document control at the same time. Reload the page and try again.';

/** Creates or updates the property, naming the version it replaces (a concurrent change is refused). */
export async function writePolicyControl(
  client: ProductClient,
  pageId: string,
  existing: StoredPolicyControl | undefined,
  record: PolicyControlRecord,
): Promise<void> {
  try {
    await writePageProperty(
      client,
      pageId,
      POLICY_CONTROL_PROPERTY_KEY,
      policyControlRecordSchema,
      existing,
      record,
      'AIMS document control',
    );
  } catch (err) {
    if (err instanceof PagePropertyConflictError) throw new PolicyRuleError(CONFLICT_MESSAGE);
    throw err;
  }
}
