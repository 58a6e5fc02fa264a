/**
 * An AIMS has one scope: the page of a project's scope and context is registered when its macro
 * is configured, and a second page for the same project is refused while the first one is still
 * there for the person configuring.
 */
import { readPage } from '../../confluence/pages';
import { Refusal } from '../../domain/refusal';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import { readScopePage, writeScopePage } from '../../storage/scope-page-index';

export async function registerScopePage(
  confluence: ProductClient,
  projectKey: string,
  pageId: string,
  now: Date,
): Promise<void> {
  const registered = await readScopePage(projectKey);
  if (registered?.pageId === pageId) return;
  if (registered) {
    const other = await readPage(confluence, registered.pageId).catch((err: unknown) => {
      if (err instanceof ProductApiError && (err.status === 404 || err.status === 403)) {
        return undefined;
      }
      throw err;
    });
    if (other) {
      throw new Refusal(
        `The AIMS of project ${projectKey} already has its scope and context on the page "${other.title}". An AIMS has one scope: change that page, or delete it first.`,
      );
    }
  }
  await writeScopePage(projectKey, pageId, now);
}
