/**
 * One record a macro keeps in a content property of its page: validated on read and on write,
 * and written naming the version it replaces. A stored record that is not valid, and a change
 * made by someone else at the same time, are refused in plain words naming the record.
 */
import type { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import {
  InvalidPagePropertyError,
  PagePropertyConflictError,
  readPageProperty,
  writePageProperty,
} from './page-property';

export interface StoredPageRecord<T> {
  propertyId: string;
  propertyVersion: number;
  record: T;
}

export interface PageRecordStore<T> {
  read(client: ProductClient, pageId: string): Promise<StoredPageRecord<T> | undefined>;
  /** Creates the property, or replaces the version `existing` was read at. */
  write(
    client: ProductClient,
    pageId: string,
    existing: StoredPageRecord<T> | undefined,
    record: T,
  ): Promise<void>;
}

/**
 * The store of the record kept under `key`. `what` names it in messages ("document control"):
 * each change is versioned "AIMS <what>".
 */
export function pageRecordStore<T>(
  key: string,
  schema: z.ZodType<T>,
  what: string,
): PageRecordStore<T> {
  return {
    async read(client, pageId) {
      try {
        const stored = await readPageProperty(client, pageId, key, schema);
        return (
          stored && {
            propertyId: stored.propertyId,
            propertyVersion: stored.propertyVersion,
            record: stored.value,
          }
        );
      } catch (err) {
        if (err instanceof InvalidPagePropertyError)
          throw new Refusal(
            `The ${what} stored on this page is not valid.`,
            err.issues.slice(0, 5),
          );
        throw err;
      }
    },
    async write(client, pageId, existing, record) {
      try {
        await writePageProperty(client, pageId, key, schema, existing, record, `AIMS ${what}`);
      } catch (err) {
        if (err instanceof PagePropertyConflictError) {
          throw new Refusal(
            `Someone else changed the ${what} at the same time. Reload the page and try again.`,
          );
        }
        throw err;
      }
    },
  };
}
