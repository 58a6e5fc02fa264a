import { route } from '@forge/api';
import { doc, mention, p, text } from '@atlaskit/adf-utils/builders';
import { z } from 'zod';
import type { ProductClient } from './product-client';
import { adfText } from './aims-issue';

const createdSchema = z.object({ id: z.string() }).loose();
const recentCommentsSchema = z
  .object({
    comments: z.array(z.object({ id: z.string(), body: z.unknown(), created: z.string() }).loose()),
  })
  .loose();

/** Comments made by one call are looked for among the issue's newest ones. */
const RECENT_COMMENTS = 20;
/** Clock difference allowed between the app and Jira when matching a comment to its create. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Adds a comment (plain text, optionally mentioning someone first) and returns its id. The create
 * is idempotent: when Jira fails in passing (5xx, no answer) after perhaps adding it, the issue's
 * newest comments are read and a comment with the same body made since the call began is taken
 * as this one, instead of adding a second.
 */
export async function addIssueComment(
  client: ProductClient,
  issueKey: string,
  message: string,
  mentionAccountId?: string,
): Promise<string> {
  const paragraph = mentionAccountId
    ? p(mention({ id: mentionAccountId }), text(` ${message}`))
    : p(text(message));
  const body = doc(paragraph);
  const startedAt = Date.now();
  const res = await client.post(
    route`/rest/api/3/issue/${issueKey}/comment`,
    { body },
    createdSchema,
    {
      findCreated: async () => {
        const recent = await client.get(
          route`/rest/api/3/issue/${issueKey}/comment?orderBy=-created&maxResults=${String(RECENT_COMMENTS)}`,
          recentCommentsSchema,
        );
        // Its words (Jira adds attributes of its own to a mention, so the ADF itself may differ).
        const wanted = adfText(body);
        const made = recent.comments.find(
          (c) => Date.parse(c.created) >= startedAt - CLOCK_SKEW_MS && adfText(c.body) === wanted,
        );
        return made === undefined ? undefined : { id: made.id };
      },
    },
  );
  return res.id;
}
