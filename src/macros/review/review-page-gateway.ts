/**
 * The review page in Confluence (read as the viewer): its title and current version, and the
 * macro's content property (`/wiki/api/v2/pages/{id}/properties`), validated on read and write.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import {
  InvalidPagePropertyError,
  PagePropertyConflictError,
  readPageProperty,
  writePageProperty,
} from '../../confluence/page-property';
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

export interface StoredReviewRecord {
  propertyId: string;
  propertyVersion: number;
  record: ReviewPageRecord;
}

export async function readReviewRecord(
  client: ProductClient,
  pageId: string,
): Promise<StoredReviewRecord | undefined> {
  try {
    const stored = await readPageProperty(
      client,
      pageId,
      REVIEW_PROPERTY_KEY,
      reviewPageRecordSchema,
    );
    return (
      stored && {
        propertyId: stored.propertyId,
        propertyVersion: stored.propertyVersion,
        record: stored.value,
      }
    );
  } catch (err) {
    if (err instanceof InvalidPagePropertyError) {
      throw new ReviewRefusal(
        'The management review record stored on this page is not valid.',
        err.issues.slice(0, 5),
      );
    }
    throw err;
  }
}

/** Creates or updates the property, naming the version it replaces (a concurrent change is refused). */
export async function writeReviewRecord(
  client: ProductClient,
  pageId: string,
  existing: StoredReviewRecord | undefined,
  record: ReviewPageRecord,
): Promise<void> {
  try {
    await writePageProperty(
      client,
      pageId,
      REVIEW_PROPERTY_KEY,
      reviewPageRecordSchema,
      existing,
      record,
      'AIMS management review',
    );
  } catch (err) {
    if (err instanceof PagePropertyConflictError) {
      throw new ReviewRefusal(
        'Someone else changed this management review at the same time. Reload and try again.',
      );
    }
    throw err;
  }
}
