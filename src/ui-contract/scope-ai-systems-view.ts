/**
 * The AI systems in the scope of the AIMS (4.3), live from Jira as the viewer sees it (built by
 * src/macros/scope/scope-ai-systems.ts), for the scope macro (an export, made without a reader,
 * leaves them out).
 */
import { z } from 'zod';
import { list, moreInJiraSchema, nullableText } from './wire-shapes';

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
    /** The first MAX_LISTED_AI_SYSTEMS (key order); `more` when there are more than that. */
    items: list(scopeAiSystemSchema),
    more: moreInJiraSchema.nullable(),
  }),
  z.object({ available: z.literal(false), projectKey: z.string(), message: z.string() }),
]);
export type ScopeAiSystems = z.infer<typeof scopeAiSystemsSchema>;
