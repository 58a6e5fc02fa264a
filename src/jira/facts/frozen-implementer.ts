/**
 * Who implemented a Corrective Action, frozen by the app's post function when the action is marked
 * Done (an issue property the app writes): reassigning the action later does not change who
 * implemented it, so an implementer cannot become its "independent" effectiveness reviewer.
 */
import { z } from 'zod';

export const FROZEN_IMPLEMENTER_PROPERTY = 'aims.implementer';

export const frozenImplementerSchema = z.object({
  accountIds: z.array(z.string()),
  /** Jira's resolution date of the completion the record belongs to. */
  completedAt: z.string().nullable(),
  executionId: z.string(),
});
export type FrozenImplementer = z.infer<typeof frozenImplementerSchema>;

/** The frozen implementers in a searched issue's properties (none when absent or malformed). */
export function frozenImplementersOf(properties: Record<string, unknown> | undefined): string[] {
  const parsed = frozenImplementerSchema.safeParse(properties?.[FROZEN_IMPLEMENTER_PROPERTY]);
  return parsed.success ? parsed.data.accountIds : [];
}
