/**
 * A page with its content properties and, when asked, what the reader may do with it, in one
 * request (Confluence REST v2 `GET /pages/{id}?include-properties=true&include-operations=true`).
 * Each expansion shows a first window only (`meta.hasMore`, `meta.cursor`): the caller reads on
 * from the property list when what it needs may lie beyond it; a shortened list of operations is
 * read whole from `/operations` here — never a silently shortened answer.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { PageAccess } from '../authorization/page-edit-permission';
import {
  operationsSchema,
  pageAccessOf,
  readPageAccess,
} from '../authorization/page-edit-permission';
import type { ProductClient } from '../jira/product-client';
import { pagePropertySchema } from './page-property';

export type StoredProperty = z.infer<typeof pagePropertySchema>;

const expansionMeta = z
  .object({ hasMore: z.boolean().optional(), cursor: z.string().optional() })
  .optional();

const expandedPageSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z
    .object({ number: z.number().int().min(1), authorId: z.string().optional() })
    .optional(),
  properties: z.object({ results: z.array(pagePropertySchema), meta: expansionMeta }),
  operations: z
    .object({ results: operationsSchema.shape.operations, meta: expansionMeta })
    .optional(),
});

export interface ExpandedPage {
  page: { id: string; title: string; version: number; versionAuthorId: string | undefined };
  /** The first window of the page's properties. */
  properties: StoredProperty[];
  /** More properties follow the window (read them from the list at `cursor`). */
  moreProperties: { hasMore: boolean; cursor: string | undefined };
  /** What the reader may do with the page (only when asked for). */
  access: PageAccess | undefined;
}

/** The page with its properties and, with `operations`, the reader's access (see the file comment). */
export async function readExpandedPage(
  client: ProductClient,
  pageId: string,
  operations: boolean,
): Promise<ExpandedPage> {
  const page = await client.get(
    operations
      ? route`/wiki/api/v2/pages/${pageId}?include-properties=${'true'}&include-operations=${'true'}`
      : route`/wiki/api/v2/pages/${pageId}?include-properties=${'true'}`,
    expandedPageSchema,
  );
  const access = !operations
    ? undefined
    : page.operations && !page.operations.meta?.hasMore
      ? pageAccessOf(page.operations.results)
      : await readPageAccess(client, pageId);
  return {
    page: {
      id: page.id,
      title: page.title,
      version: page.version?.number ?? 1,
      versionAuthorId: page.version?.authorId,
    },
    properties: page.properties.results,
    moreProperties: {
      hasMore: page.properties.meta?.hasMore === true,
      cursor: page.properties.meta?.cursor,
    },
    access,
  };
}
