/**
 * What the app keeps on a Nonconformity in issue properties: the 10.2 e) closure record and the
 * effectiveness-review loops (each ineffective result that sent it back to cause analysis).
 */
import { z } from 'zod';

export const CLOSURE_PROPERTY = 'aims.closure';
export const LOOPS_PROPERTY = 'aims.effectivenessLoops';

export const closureRecordSchema = z.object({
  closedAt: z.string(),
  closedByAccountId: z.string().nullable(),
  transition: z.string(),
  /** 10.2 e) */
  aimsChangeNeeded: z.enum(['yes', 'no']).nullable(),
  aimsChangeLink: z.string().nullable(),
  verdict: z.enum(['effective', 'ineffective']).nullable(),
  reviewerAccountId: z.string().nullable(),
  correctiveActions: z.array(z.string()),
  executionId: z.string(),
});
export type ClosureRecord = z.infer<typeof closureRecordSchema>;

export const loopRecordSchema = z.object({
  cycle: z.number().int().min(1),
  at: z.string(),
  byAccountId: z.string().nullable(),
  evidence: z.string().nullable(),
  executionId: z.string(),
  commented: z.boolean(),
});
export const loopsRecordSchema = z.object({
  count: z.number().int().min(0),
  loops: z.array(loopRecordSchema),
});
export type LoopsRecord = z.infer<typeof loopsRecordSchema>;
