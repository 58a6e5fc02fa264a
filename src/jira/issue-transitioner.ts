import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';
import { ProductApiError } from './product-client';

const transitionsSchema = z.object({
  transitions: z
    .array(
      z
        .object({
          id: z.string(),
          name: z.string().optional(),
          to: z.object({ id: z.string() }).loose(),
        })
        .loose(),
    )
    .default([]),
});

const statusSchema = z.object({
  fields: z.object({ status: z.object({ id: z.string() }).loose() }).loose(),
});

export type MoveOutcome = { moved: true } | { moved: false; reason: string };

/** Events arrive at least once: a second run of the same automation finds the move made. */
const ALREADY_MOVED = 'already in that status: another run of this automation moved it';

/**
 * Moves an issue to a status through whichever of its workflow's transitions leads there (as the
 * client's principal, so Jira's conditions and validators apply). Not moved when no such
 * transition is offered now, or when a validator refuses (its message is the reason).
 */
export async function moveIssueToStatus(
  client: ProductClient,
  issueKey: string,
  toStatusId: string,
): Promise<MoveOutcome> {
  const { transitions } = await client.get(
    route`/rest/api/3/issue/${issueKey}/transitions`,
    transitionsSchema,
  );
  const transition = transitions.find((t) => t.to.id === toStatusId);
  if (!transition)
    return notMoved(
      client,
      issueKey,
      toStatusId,
      'no transition to that status is offered from the current status',
    );
  try {
    await client.sendNoContent(route`/rest/api/3/issue/${issueKey}/transitions`, 'POST', {
      transition: { id: transition.id },
    });
    return { moved: true };
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 400) {
      const refusal = [...err.messages, ...Object.values(err.fieldErrors)].join(' ');
      return notMoved(client, issueKey, toStatusId, refusal);
    }
    throw err;
  }
}

/**
 * Not moved: says so in words that fit — a concurrent run (a duplicated event) may have made the
 * move between reading the transitions and sending one. Read only on this path.
 */
async function notMoved(
  client: ProductClient,
  issueKey: string,
  toStatusId: string,
  reason: string,
): Promise<MoveOutcome> {
  const now = await client.get(route`/rest/api/3/issue/${issueKey}?fields=status`, statusSchema);
  return { moved: false, reason: now.fields.status.id === toStatusId ? ALREADY_MOVED : reason };
}
