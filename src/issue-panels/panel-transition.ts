/**
 * Runs one of the issue's workflow transitions by name, as the person: Jira offers only the
 * transitions its conditions allow them, and the app's validators answer a refusal with what is
 * missing — the panel shows that message as Jira's issue view would.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';

const transitionsSchema = z.object({
  transitions: z
    .array(z.object({ id: z.string(), name: z.string().optional() }).loose())
    .default([]),
});

export const TRANSITION_REFUSED = 'We couldn’t transition this issue';

export async function runPanelTransition(
  jira: ProductClient,
  issueKey: string,
  transitionName: string,
): Promise<void> {
  const { transitions } = await jira.get(
    route`/rest/api/3/issue/${issueKey}/transitions`,
    transitionsSchema,
  );
  const transition = transitions.find((t) => t.name === transitionName);
  if (!transition)
    throw new Refusal(TRANSITION_REFUSED, [
      `“${transitionName}” is not open to you from the issue’s current status.`,
      ...(transitions.length > 0
        ? [`You may: ${transitions.map((t) => t.name ?? t.id).join(', ')}.`]
        : []),
    ]);
  try {
    await jira.sendNoContent(route`/rest/api/3/issue/${issueKey}/transitions`, 'POST', {
      transition: { id: transition.id },
    });
  } catch (err) {
    if (err instanceof ProductApiError && err.status >= 400 && err.status < 500)
      throw new Refusal(TRANSITION_REFUSED, [...err.messages, ...Object.values(err.fieldErrors)]);
    throw err;
  }
}
