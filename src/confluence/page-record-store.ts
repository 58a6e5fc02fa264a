/**
 * One record a macro keeps in a content property of its page: validated on read and on write,
 * and written naming the version it replaces. A stored record that is not valid, and a change
 * made by someone else at the same time, are refused in the words the macro gives.
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

export interface PageRecordSpec<T> {
  /** The content property's key. */
  key: string;
  schema: z.ZodType<T>;
  /** The version message of each change. */
  versionMessage: string;
  /** Refusal when the stored value is not valid (its problems are the details). */
  invalidMessage: string;
  /** Refusal when someone else changed the record since it was read. */
  conflictMessage: string;
}

export function pageRecordStore<T>(spec: PageRecordSpec<T>): PageRecordStore<T> {
  return {
    async read(client, pageId) {
      try {
        const stored = await readPageProperty(client, pageId, spec.key, spec.schema);
        return (
          stored && {
            propertyId: stored.propertyId,
            propertyVersion: stored.propertyVersion,
            record: stored.value,
          }
        );
      } catch (err) {
        if (err instanceof InvalidPagePropertyError)
          throw new Refusal(spec.invalidMessage, err.issues.slice(0, 5));
        throw err;
      }
    },
    async write(client, pageId, existing, record) {
      try {
        await writePageProperty(
          client,
          pageId,
          spec.key,
          spec.schema,
          existing,
          record,
          spec.versionMessage,
        );
      } catch (err) {
        if (err instanceof PagePropertyConflictError) throw new Refusal(spec.conflictMessage);
        throw err;
      }
    },
  };
}
