/**
 * Whether the person can view and edit a Confluence page, as Confluence says to them
 * (`GET /wiki/api/v2/pages/{id}/operations`, read as them: `read` and `update` on the page; a
 * page they cannot see answers 404, which means neither).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { ProductApiError } from '../jira/product-client';
import type { ProductClient } from '../jira/product-client';

export const operationsSchema = z.object({
  operations: z
    .array(z.object({ operation: z.string().optional(), targetType: z.string().optional() }))
    .default([]),
});

export interface PageAccess {
  canView: boolean;
  canEdit: boolean;
}

export async function readPageAccess(
  confluenceAsUser: ProductClient,
  pageId: string,
): Promise<PageAccess> {
  let answer: z.infer<typeof operationsSchema>;
  try {
    answer = await confluenceAsUser.get(
      route`/wiki/api/v2/pages/${pageId}/operations`,
      operationsSchema,
    );
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404)
      return { canView: false, canEdit: false };
    throw err;
  }
  return pageAccessOf(answer.operations);
}

/**
 * What the page's permitted operations (`/operations`, or the page read with
 * `include-operations=true`) allow: `read` and `update` on the page.
 */
export function pageAccessOf(
  operations: z.infer<typeof operationsSchema>['operations'],
): PageAccess {
  const can = (operation: string) =>
    operations.some((o) => o.operation === operation && o.targetType === 'page');
  return { canView: can('read') || can('update'), canEdit: can('update') };
}
