/** A Confluence page as the client's principal sees it now (`/wiki/api/v2/pages/{id}`). */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';

const pageSchema = z.object({
  id: z.string(),
  title: z.string(),
  spaceId: z.string().optional(),
  version: z
    .object({ number: z.number().int().min(1), authorId: z.string().optional() })
    .optional(),
});

export interface ConfluencePage {
  id: string;
  title: string;
  /** The page's current version number. */
  version: number;
  /** Who wrote the current version (undefined when Confluence does not say). */
  versionAuthorId: string | undefined;
  spaceId: string | undefined;
}

export async function readPage(client: ProductClient, pageId: string): Promise<ConfluencePage> {
  const page = await client.get(route`/wiki/api/v2/pages/${pageId}`, pageSchema);
  return {
    id: page.id,
    title: page.title,
    version: page.version?.number ?? 1,
    versionAuthorId: page.version?.authorId,
    spaceId: page.spaceId,
  };
}

/** Whether the client's principal can read the page (false when it does not exist or is hidden). */
export async function pageIsReadable(client: ProductClient, pageId: string): Promise<boolean> {
  try {
    await readPage(client, pageId);
    return true;
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 404 || err.status === 403)) return false;
    throw err;
  }
}
