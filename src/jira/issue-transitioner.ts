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

export type MoveOutcome = { moved: true } | { moved: false; reason: string };

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
    return {
      moved: false,
      reason: 'no transition to that status is offered from the current status',
    };
  try {
    await client.sendNoContent(route`/rest/api/3/issue/${issueKey}/transitions`, 'POST', {
      transition: { id: transition.id },
    });
    return { moved: true };
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 400) {
      return {
        moved: false,
        reason: [...err.messages, ...Object.values(err.fieldErrors)].join(' '),
      };
    }
    throw err;
  }
}
