/**
 * The policy page in Confluence: its current version, and the document-control content
 * property (`/wiki/api/v2/pages/{id}/properties`), validated on read and on write.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
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

const propertySchema = z.object({
  id: z.string(),
  key: z.string(),
  value: z.unknown(),
  version: z.object({ number: z.number().int() }),
});
const propertyListSchema = z.object({ results: z.array(propertySchema) });

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
  const list = await client.get(
    route`/wiki/api/v2/pages/${pageId}/properties?key=${POLICY_CONTROL_PROPERTY_KEY}`,
    propertyListSchema,
  );
  const property = list.results.find((p) => p.key === POLICY_CONTROL_PROPERTY_KEY);
  if (!property) return undefined;
  const parsed = policyControlRecordSchema.safeParse(property.value);
  if (!parsed.success) {
    throw new InvalidPolicyControlError(
      parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
        .join('; '),
    );
  }
  return { propertyId: property.id, propertyVersion: property.version.number, record: parsed.data };
}

const CONFLICT_MESSAGE =
  'Someone else changed the document control at the same time. Reload the page and try again.';

/**
 * Creates or updates the property. The update names the property version it replaces, so two
 * people changing it at once cannot overwrite each other (Confluence answers 409).
 */
export async function writePolicyControl(
  client: ProductClient,
  pageId: string,
  existing: StoredPolicyControl | undefined,
  record: PolicyControlRecord,
): Promise<void> {
  const value = policyControlRecordSchema.parse(record);
  try {
    if (existing) {
      await client.put(
        route`/wiki/api/v2/pages/${pageId}/properties/${existing.propertyId}`,
        {
          key: POLICY_CONTROL_PROPERTY_KEY,
          value,
          version: { number: existing.propertyVersion + 1, message: 'AIMS document control' },
        },
        propertySchema,
      );
    } else {
      await client.post(
        route`/wiki/api/v2/pages/${pageId}/properties`,
        { key: POLICY_CONTROL_PROPERTY_KEY, value },
        propertySchema,
      );
    }
  } catch (err) {
    if (
      err instanceof ProductApiError &&
      (err.status === 409 || (!existing && err.status === 400))
    ) {
      const again = await readPolicyControl(client, pageId).catch(() => undefined);
      if (again || err.status === 409) throw new PolicyRuleError(CONFLICT_MESSAGE);
    }
    throw err;
  }
}
