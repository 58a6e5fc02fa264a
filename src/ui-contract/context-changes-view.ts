/**
 * Changes in the scope and context (src/domain/scope/scope-context-changes.ts) as the scope macro
 * shows them since the approval, and the management review as its inputs 9.3.2 b) and c).
 */
import { z } from 'zod';
import {
  CONTEXT_CHANGE_KINDS,
  CONTEXT_CHANGE_SUBJECTS,
} from '../domain/scope/scope-context-changes';
import { list } from './wire-shapes';

export const contextChangeSchema = z.object({
  subject: z.enum(CONTEXT_CHANGE_SUBJECTS),
  id: z.string(),
  title: z.string(),
  change: z.enum(CONTEXT_CHANGE_KINDS),
  details: list(z.string()),
});
export type ContextChangeView = z.infer<typeof contextChangeSchema>;

export const contextChangesSchema = z.object({
  issues: list(contextChangeSchema),
  parties: list(contextChangeSchema),
});

/** How each kind of change reads. */
export const CONTEXT_CHANGE_LABELS: Record<ContextChangeView['change'], string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
};
