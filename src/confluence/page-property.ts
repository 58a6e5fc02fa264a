/**
 * A Confluence content property on a page (`/wiki/api/v2/pages/{id}/properties`), validated with
 * zod on read and on write, and updated with the version it replaces so that two people changing
 * it at once cannot overwrite each other.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { zodIssueLines } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';

/** A content property as Confluence REST v2 answers it. */
export const pagePropertySchema = z.object({
  id: z.string(),
  key: z.string(),
  value: z.unknown(),
  version: z.object({ number: z.number().int() }),
});
const propertyListSchema = z.object({ results: z.array(pagePropertySchema) });

export interface StoredPageProperty<T> {
  propertyId: string;
  propertyVersion: number;
  value: T;
}

/** A stored value that does not match its schema: reported, never used. */
export class InvalidPagePropertyError extends Error {
  constructor(
    readonly key: string,
    readonly issues: string[],
  ) {
    super(`The content property '${key}' is not valid: ${issues.join('; ')}`);
  }
}

/** Someone else changed the property since it was read (Confluence answered 409). */
export class PagePropertyConflictError extends Error {
  constructor(readonly key: string) {
    super(`The content property '${key}' was changed by someone else at the same time.`);
  }
}

export async function readPageProperty<T>(
  client: ProductClient,
  pageId: string,
  key: string,
  schema: z.ZodType<T>,
): Promise<StoredPageProperty<T> | undefined> {
  const list = await client.get(
    route`/wiki/api/v2/pages/${pageId}/properties?key=${key}`,
    propertyListSchema,
  );
  const property = list.results.find((p) => p.key === key);
  return property && storedPageProperty(property, schema);
}

/**
 * A property as read (from its list or a page's `include-properties`), its value checked.
 * @throws InvalidPagePropertyError when the value does not match the schema.
 */
export function storedPageProperty<T>(
  property: z.infer<typeof pagePropertySchema>,
  schema: z.ZodType<T>,
): StoredPageProperty<T> {
  const parsed = schema.safeParse(property.value);
  if (!parsed.success) {
    throw new InvalidPagePropertyError(
      property.key,
      zodIssueLines(parsed.error, { root: 'value' }),
    );
  }
  return { propertyId: property.id, propertyVersion: property.version.number, value: parsed.data };
}

/** Creates the property, or replaces the version `existing` was read at. */
export async function writePageProperty<T>(
  client: ProductClient,
  pageId: string,
  key: string,
  schema: z.ZodType<T>,
  existing: Pick<StoredPageProperty<T>, 'propertyId' | 'propertyVersion'> | undefined,
  value: T,
  message: string,
): Promise<void> {
  const checked = schema.parse(value);
  try {
    if (existing) {
      await client.put(
        route`/wiki/api/v2/pages/${pageId}/properties/${existing.propertyId}`,
        { key, value: checked, version: { number: existing.propertyVersion + 1, message } },
        pagePropertySchema,
      );
    } else {
      await client.post(
        route`/wiki/api/v2/pages/${pageId}/properties`,
        { key, value: checked },
        pagePropertySchema,
        {
          // A create whose answer was lost: the property with exactly this value is ours.
          findCreated: async () => {
            const now = await client.get(
              route`/wiki/api/v2/pages/${pageId}/properties?key=${key}`,
              propertyListSchema,
            );
            return now.results.find(
              (p) => p.key === key && JSON.stringify(p.value) === JSON.stringify(checked),
            );
          },
        },
      );
    }
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 409)
      throw new PagePropertyConflictError(key);
    // Creating a key another writer created a moment ago is a conflict too.
    if (err instanceof ProductApiError && err.status === 400 && !existing) {
      const now = await client
        .get(route`/wiki/api/v2/pages/${pageId}/properties?key=${key}`, propertyListSchema)
        .catch(() => undefined);
      if (now?.results.some((p) => p.key === key)) throw new PagePropertyConflictError(key);
    }
    throw err;
  }
}
