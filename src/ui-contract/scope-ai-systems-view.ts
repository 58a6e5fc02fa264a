/**
 * The AI systems in the scope of the AIMS (4.3), live from Jira as the viewer sees it (built by
 * src/macros/scope/scope-ai-systems.ts), for the scope macro and its export.
 */
import { z } from 'zod';
import { list, nullableText } from './wire-shapes';

export const scopeAiSystemSchema = z.object({
  key: z.string(),
  summary: z.string(),
  statusName: z.string(),
  statusCategory: z.string(),
  owner: nullableText,
});
export type ScopeAiSystem = z.infer<typeof scopeAiSystemSchema>;

export const scopeAiSystemsSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    projectKey: z.string(),
    /** True when the AI System type's "in scope" field chose them; false: every AI System issue. */
    filteredByInScope: z.boolean(),
    items: list(scopeAiSystemSchema),
    /** How many there are (Jira's approximate count when not all are listed). */
    total: z.number(),
    /** Not all are listed: `items` holds the first ones, `total` says how many there are. */
    truncated: z.boolean(),
    /** The search that finds them all in Jira. */
    jql: z.string(),
  }),
  z.object({ available: z.literal(false), projectKey: z.string(), message: z.string() }),
]);
export type ScopeAiSystems = z.infer<typeof scopeAiSystemsSchema>;
