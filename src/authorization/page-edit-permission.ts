/**
 * Whether the person can edit a Confluence page, as Confluence says to them
 * (`GET /wiki/api/v2/pages/{id}/operations`, read as them: `update` on the page).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../jira/product-client';

const operationsSchema = z.object({
  operations: z
    .array(z.object({ operation: z.string().optional(), targetType: z.string().optional() }))
    .default([]),
});

export async function canEditPage(
  confluenceAsUser: ProductClient,
  pageId: string,
): Promise<boolean> {
  const answer = await confluenceAsUser.get(
    route`/wiki/api/v2/pages/${pageId}/operations`,
    operationsSchema,
  );
  return answer.operations.some((o) => o.operation === 'update' && o.targetType === 'page');
}
