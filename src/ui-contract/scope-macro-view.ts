/**
 * What the "AIMS scope and context" macro shows for one page version, read as the viewer (built by
 * src/macros/scope/scope-view.ts): the document control, the content (scope statement, issues,
 * climate change, AI roles, interested parties), the AI systems in scope live from Jira, and what
 * changed since the approval. The Custom UI and the export (without a reader, so without the AI
 * systems) render this same view.
 */
import { z } from 'zod';
import { scopeContextSchema } from '../domain/scope/scope-context';
import { contextChangesSchema } from './context-changes-view';
import { documentControlViewShape } from './document-control-view';
import { scopeAiSystemsSchema } from './scope-ai-systems-view';
import { macroViewSchema, peopleChoiceSchema, personSchema } from './wire-shapes';

export const scopeContentViewSchema = z.object({
  revision: z.number(),
  updatedAt: z.string(),
  updatedBy: personSchema,
  /** What an approval of this content binds to. */
  contentHash: z.string(),
  value: scopeContextSchema,
});
export type ScopeContentView = z.infer<typeof scopeContentViewSchema>;

export const SCOPE_CONTENT_SHOWN = ['current', 'approved', 'current-instead'] as const;

export const scopeViewSchema = z.object({
  configured: z.literal(true),
  ...documentControlViewShape,
  projectKey: z.string(),
  /** The content; null before the owner first records it. */
  content: scopeContentViewSchema.nullable(),
  /**
   * Which content is shown for the viewed page version: the current one, the approved copy, or
   * the current one instead of the version's own (which is not kept).
   */
  contentShown: z.enum(SCOPE_CONTENT_SHOWN),
  /** What changed since the approved content (current version only), or null. */
  changesSinceApproval: contextChangesSchema.nullable(),
  /** Live from Jira as the viewer sees it; null in an export, which has no reader. */
  aiSystems: scopeAiSystemsSchema.nullable(),
});
export type ScopeView = z.infer<typeof scopeViewSchema>;

export const scopeViewResultSchema = macroViewSchema(scopeViewSchema);
export type ScopeViewResult = z.infer<typeof scopeViewResultSchema>;

/** What the configuration form and the owner picker offer: the people, and the defaults. */
export const scopeConfigOptionsSchema = peopleChoiceSchema(
  z.object({ projectKey: z.string(), reviewIntervalMonths: z.number() }),
);

/** The answer of a saved change of the content. */
export const scopeContentSavedSchema = z.object({
  revision: z.number(),
  changed: z.boolean(),
  recordedAtVersion: z.number(),
});
