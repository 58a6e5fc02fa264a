import { route } from '@forge/api';
import { doc, mention, p, text } from '@atlaskit/adf-utils/builders';
import { z } from 'zod';
import type { ProductClient } from './product-client';

/** Adds a comment (plain text, optionally mentioning someone first) and returns its id. */
export async function addIssueComment(
  client: ProductClient,
  issueKey: string,
  message: string,
  mentionAccountId?: string,
): Promise<string> {
  const paragraph = mentionAccountId
    ? p(mention({ id: mentionAccountId }), text(` ${message}`))
    : p(text(message));
  const res = await client.post(
    route`/rest/api/3/issue/${issueKey}/comment`,
    { body: doc(paragraph) },
    z.object({ id: z.string() }).loose(),
  );
  return res.id;
}
