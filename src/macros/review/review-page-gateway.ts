/**
 * The review page in Confluence (read as the viewer): its title and current version, and the
 * macro's content property (`/wiki/api/v2/pages/{id}/properties`), validated on read and write.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import { REVIEW_PROPERTY_KEY, reviewPageRecordSchema } from './review-draft';
import type { ReviewPageRecord } from './review-draft';
import { ReviewRefusal } from './review-refusal';

const pageSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.object({ number: z.number().int().min(1) }).optional(),
});

export interface ReviewPageFacts {
  id: string;
  title: string;
  version: number;
}

export async function readReviewPage(
  client: ProductClient,
  pageId: string,
): Promise<ReviewPageFacts> {
  const page = await client.get(route`/wiki/api/v2/pages/${pageId}`, pageSchema);
  return { id: page.id, title: page.title, version: page.version?.number ?? 1 };
}

/** Whether the viewer can read the page (false when it does not exist or is hidden from them). */
export async function pageIsReadable(client: ProductClient, pageId: string): Promise<boolean> {
  try {
    await readReviewPage(client, pageId);
    return true;
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 404 || err.status === 403)) return false;
    throw err;
  }
}

const propertySchema = z.object({
  id: z.string(),
  key: z.string(),
  value: z.unknown(),
  version: z.object({ number: z.number().int() }),
});
const propertyListSchema = z.object({ results: z.array(propertySchema) });

export interface StoredReviewRecord {
  propertyId: string;
  propertyVersion: number;
  record: ReviewPageRecord;
}

export async function readReviewRecord(
  client: ProductClient,
  pageId: string,
): Promise<StoredReviewRecord | undefined> {
  const list = await client.get(
    route`/wiki/api/v2/pages/${pageId}/properties?key=${REVIEW_PROPERTY_KEY}`,
    propertyListSchema,
  );
  const property = list.results.find((p) => p.key === REVIEW_PROPERTY_KEY);
  if (!property) return undefined;
  const parsed = reviewPageRecordSchema.safeParse(property.value);
  if (!parsed.success) {
    throw new ReviewRefusal('The management review record stored on this page is not valid.', [
      ...parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'value'}: ${i.message}`),
    ]);
  }
  return { propertyId: property.id, propertyVersion: property.version.number, record: parsed.data };
}

/**
 * Creates or updates the property, naming the property version it replaces so two people
 * changing the review at once cannot overwrite each other (Confluence answers 409).
 */
export async function writeReviewRecord(
  client: ProductClient,
  pageId: string,
  existing: StoredReviewRecord | undefined,
  record: ReviewPageRecord,
): Promise<void> {
  const value = reviewPageRecordSchema.parse(record);
  try {
    if (existing) {
      await client.put(
        route`/wiki/api/v2/pages/${pageId}/properties/${existing.propertyId}`,
        {
          key: REVIEW_PROPERTY_KEY,
          value,
          version: { number: existing.propertyVersion + 1, message: 'AIMS management review' },
        },
        propertySchema,
      );
    } else {
      await client.post(
        route`/wiki/api/v2/pages/${pageId}/properties`,
        { key: REVIEW_PROPERTY_KEY, value },
        propertySchema,
      );
    }
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 409) {
      throw new ReviewRefusal(
        'Someone else changed this management review at the same time. Reload and try again.',
      );
    }
    throw err;
  }
}
