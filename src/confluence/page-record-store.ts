/**
 * One record a macro keeps in a content property of its page: validated on read and on write,
 * and written naming the version it replaces. A stored record that is not valid, and a change
 * made by someone else at the same time, are refused in plain words naming the record.
 */
import type { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import type { ExpandedPage } from './expanded-page';
import { readExpandedPage } from './expanded-page';
import type { StoredPageProperty } from './page-property';
import {
  InvalidPagePropertyError,
  PagePropertyConflictError,
  readPageProperty,
  storedPageProperty,
  writePageProperty,
} from './page-property';

export interface StoredPageRecord<T> {
  propertyId: string;
  propertyVersion: number;
  record: T;
}

/** The page, what the reader may do with it (when asked) and the record stored on it. */
export interface PageWithRecord<T> extends Pick<ExpandedPage, 'page' | 'access'> {
  stored: StoredPageRecord<T> | undefined;
}

export interface PageRecordStore<T> {
  read(client: ProductClient, pageId: string): Promise<StoredPageRecord<T> | undefined>;
  /**
   * The page with the record, in one request (`include-properties`, and `include-operations`
   * with `operations`); the record is read from the property list only when the page has more
   * properties than that expansion shows and it is not among them.
   */
  readWithPage(
    client: ProductClient,
    pageId: string,
    operations: boolean,
  ): Promise<PageWithRecord<T>>;
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
  const refused = (err: unknown): unknown =>
    err instanceof InvalidPagePropertyError
      ? new Refusal(`The ${what} stored on this page is not valid.`, err.issues.slice(0, 5))
      : err;
  const recordOf = (stored: StoredPageProperty<T> | undefined): StoredPageRecord<T> | undefined =>
    stored && {
      propertyId: stored.propertyId,
      propertyVersion: stored.propertyVersion,
      record: stored.value,
    };
  const store: PageRecordStore<T> = {
    async read(client, pageId) {
      try {
        return recordOf(await readPageProperty(client, pageId, key, schema));
      } catch (err) {
        throw refused(err);
      }
    },
    async readWithPage(client, pageId, operations) {
      const { page, access, properties, moreProperties } = await readExpandedPage(
        client,
        pageId,
        operations,
      );
      const inWindow = properties.find((p) => p.key === key);
      if (inWindow) {
        try {
          return { page, access, stored: recordOf(storedPageProperty(inWindow, schema)) };
        } catch (err) {
          throw refused(err);
        }
      }
      const stored = moreProperties.hasMore ? await store.read(client, pageId) : undefined;
      return { page, access, stored };
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
  return store;
}
