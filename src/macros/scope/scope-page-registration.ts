/**
 * An AIMS has one scope: the page of a project's scope and context is registered when its
 * document control is first changed (scope-actions.ts: a manager sets the owner, the owner records
 * it), and a second page for the same project is refused while the first one is still there for
 * the person acting. The macro's configuration check says so before the settings are saved.
 */
import { readPage } from '../../confluence/pages';
import { Refusal } from '../../domain/refusal';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import { readScopePage } from '../../storage/scope-page-index';

/**
 * Refuses when another page, which the person can still see, holds the project's scope and
 * context; says whether this page is the one registered already.
 */
export async function checkScopePageFree(
  confluence: ProductClient,
  projectKey: string,
  pageId: string,
): Promise<{ registered: boolean }> {
  const registered = await readScopePage(projectKey);
  if (!registered) return { registered: false };
  if (registered.pageId === pageId) return { registered: true };
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
  return { registered: false };
}
