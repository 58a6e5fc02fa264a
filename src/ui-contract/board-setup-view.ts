/**
 * What setting up the AIMS board answers the admin page (src/jira/aims-board.ts): the saved filter
 * and the Kanban board (found or created), and which AIMS statuses each board column holds.
 */
import { z } from 'zod';
import { list } from './wire-shapes';

export const boardSetupOutcomeSchema = z.object({
  filter: z.object({
    id: z.string(),
    name: z.string(),
    created: z.boolean(),
    /** Its JQL was no longer the AIMS work and was set back. */
    repaired: z.boolean(),
  }),
  board: z.object({ id: z.number(), name: z.string(), created: z.boolean(), url: z.string() }),
  columns: list(z.object({ name: z.string(), statuses: list(z.string()) })),
  /** AIMS statuses no column shows (their issues are not on the board). */
  unmapped: list(z.string()),
});
export type BoardSetupOutcome = z.infer<typeof boardSetupOutcomeSchema>;

/**
 * The AIMS board as the onboarding reads it back (src/jira/aims-board-state.ts): the board, if
 * there is one, and what is not right about it (empty when the filter and columns are right).
 */
export const boardStateSchema = z.object({
  board: z.object({ id: z.number(), name: z.string(), url: z.string() }).nullable(),
  problems: list(z.string()),
});
export type BoardState = z.infer<typeof boardStateSchema>;
