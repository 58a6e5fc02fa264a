/**
 * Where the approved snapshot lives: content properties of the Confluence page the macro sits on
 * (`aims-soa-approval` for the approval and its history, `aims-soa-approval-rows-N` for the rows),
 * read and written as the user through Confluence REST v2.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { SoaRow } from '../../domain/soa';
import {
  PagePropertyConflictError,
  pagePropertySchema,
  writePageProperty,
} from '../../confluence/page-property';
import type { PageAccess } from '../../authorization/page-edit-permission';
import type { StoredProperty } from '../../confluence/expanded-page';
import { readExpandedPage } from '../../confluence/expanded-page';
import { Refusal } from '../../domain/refusal';
import type { ProductClient } from '../../jira/product-client';
import type { SoaApprovalCheck, SoaApprovalMeta } from './soa-approval-record';
import {
  SOA_APPROVAL_PROPERTY_KEY,
  SOA_APPROVAL_ROWS_KEY_PREFIX,
  checkStoredApproval,
} from './soa-approval-record';

const propertyPageSchema = z.object({
  results: z.array(pagePropertySchema),
  _links: z.object({ next: z.string().optional() }).loose().optional(),
});

const isSoaKey = (key: string): boolean =>
  key === SOA_APPROVAL_PROPERTY_KEY || key.startsWith(SOA_APPROVAL_ROWS_KEY_PREFIX);

const cursorOfNext = (next: string | undefined): string | undefined =>
  next ? (new URLSearchParams(next.split('?')[1] ?? '').get('cursor') ?? undefined) : undefined;

/**
 * The page's SoA properties: the page's whole property list, from `cursor` on (the first window
 * when there is none), followed by its cursor; `found` already holds those read before it.
 */
async function soaProperties(
  client: ProductClient,
  pageId: string,
  found = new Map<string, StoredProperty>(),
  from?: string,
): Promise<Map<string, StoredProperty>> {
  const seen = new Set<string>();
  let cursor = from;
  for (;;) {
    const list = await client.get(
      cursor
        ? route`/wiki/api/v2/pages/${pageId}/properties?limit=${'250'}&cursor=${cursor}`
        : route`/wiki/api/v2/pages/${pageId}/properties?limit=${'250'}`,
      propertyPageSchema,
    );
    for (const p of list.results) if (isSoaKey(p.key)) found.set(p.key, p);
    cursor = cursorOfNext(list._links?.next);
    // A cursor seen before would loop for ever: the list has been read.
    if (!cursor || seen.has(cursor)) break;
    seen.add(cursor);
  }
  return found;
}

export interface StoredSoaApproval {
  check: SoaApprovalCheck;
  properties: Map<string, StoredProperty>;
}

function checked(properties: Map<string, StoredProperty>): StoredSoaApproval {
  const meta = properties.get(SOA_APPROVAL_PROPERTY_KEY);
  const chunks = [...properties.entries()]
    .filter(([key]) => key.startsWith(SOA_APPROVAL_ROWS_KEY_PREFIX))
    .map(([, p]) => p.value);
  return { check: checkStoredApproval(meta?.value, chunks), properties };
}

export interface PageWithSoaApproval {
  page: { id: string; title: string; version: number };
  stored: StoredSoaApproval;
}

/**
 * The page (current version) and its stored approval in one request (`include-properties=true`,
 * Confluence REST v2 `GET /pages/{id}`), with `include-operations=true` what the reader may do
 * with it. That expansion shows at most 50 properties; when its `meta.hasMore` says more follow,
 * the rest are read from the property list at `meta.cursor` (without a cursor, the whole list
 * again) — never a silently shortened approval. Likewise a shortened list of operations is read
 * whole from `/operations`.
 */
async function readPageWith(
  client: ProductClient,
  pageId: string,
  operations: boolean,
): Promise<PageWithSoaApproval & { access: PageAccess | undefined }> {
  const expanded = await readExpandedPage(client, pageId, operations);
  const found = new Map<string, StoredProperty>();
  for (const p of expanded.properties) if (isSoaKey(p.key)) found.set(p.key, p);
  const { hasMore, cursor } = expanded.moreProperties;
  const properties = hasMore ? await soaProperties(client, pageId, found, cursor) : found;
  const { id, title, version } = expanded.page;
  return { page: { id, title, version }, stored: checked(properties), access: expanded.access };
}

/** The page and its stored approval (see readPageWith), as the client's principal reads them. */
export async function readPageWithSoaApproval(
  client: ProductClient,
  pageId: string,
): Promise<PageWithSoaApproval> {
  const { page, stored } = await readPageWith(client, pageId, false);
  return { page, stored };
}

/** The page, its stored approval and whether the reader may view and edit it, in one request. */
export async function readPageWithSoaApprovalAndAccess(
  client: ProductClient,
  pageId: string,
): Promise<PageWithSoaApproval & { access: PageAccess }> {
  const { page, stored, access } = await readPageWith(client, pageId, true);
  if (!access) throw new Error('The page was read without its operations.');
  return { page, stored, access };
}

async function put(
  client: ProductClient,
  pageId: string,
  properties: Map<string, StoredProperty>,
  key: string,
  value: unknown,
): Promise<void> {
  const existing = properties.get(key);
  await writePageProperty(
    client,
    pageId,
    key,
    z.unknown(),
    existing && { propertyId: existing.id, propertyVersion: existing.version.number },
    value,
    'SoA approval',
  );
}

/**
 * Writes the rows first and the approval last, so a reader never sees an approval whose rows are
 * not there yet. A concurrent approval makes Confluence answer 409: refused in plain words.
 */
export async function writeSoaApproval(
  client: ProductClient,
  pageId: string,
  stored: StoredSoaApproval,
  record: { meta: SoaApprovalMeta; chunks: SoaRow[][] },
): Promise<void> {
  try {
    for (const [index, rows] of record.chunks.entries()) {
      await put(client, pageId, stored.properties, `${SOA_APPROVAL_ROWS_KEY_PREFIX}${index + 1}`, {
        index,
        rows,
      });
    }
    await put(client, pageId, stored.properties, SOA_APPROVAL_PROPERTY_KEY, record.meta);
  } catch (err) {
    if (err instanceof PagePropertyConflictError) {
      throw new Refusal(
        'Someone else approved this SoA at the same time. Reload the page and look again.',
      );
    }
    throw err;
  }
}
