/**
 * What the admin page shows of provisioning (src/resolvers/admin-resolver.ts): the changes a dry
 * run would make, and the progress of a provisioning run on the async events queue.
 */
import { z } from 'zod';

/** One change provisioning made (or, in a dry run, would make). */
export const provisioningChangeSchema = z.object({
  step: z.string(),
  action: z.enum(['create', 'update', 'adopt']),
  /** What it is, in the admin's words: "Issue type 'Nonconformity'". */
  target: z.string(),
  detail: z.string().optional(),
});
export type ProvisioningChange = z.infer<typeof provisioningChangeSchema>;

export const provisioningPlanSchema = z.object({ changes: z.array(provisioningChangeSchema) });
export type ProvisioningPlan = z.infer<typeof provisioningPlanSchema>;

/**
 * - `queued`: waiting for its next part to be picked up from the queue;
 * - `running`: a part is running now;
 * - `waiting`: Jira refused for a reason that passes (permissions not active yet right after
 *   install, rate limits, outages); the same part is retried later;
 * - `stalled`: nothing happened for longer than the queue ever waits: resume it;
 * - `completed`, `failed`: over (a failed run can be resumed).
 */
export const PROVISIONING_RUN_STATUSES = [
  'queued',
  'running',
  'waiting',
  'stalled',
  'completed',
  'failed',
] as const;
export type ProvisioningRunStatus = (typeof PROVISIONING_RUN_STATUSES)[number];

export const provisioningProgressSchema = z.object({
  runId: z.string(),
  projectKey: z.string(),
  /** Who started it: an administrator on the admin page, or the app's install trigger. */
  origin: z.enum(['admin', 'install']),
  status: z.enum(PROVISIONING_RUN_STATUSES),
  /** Steps finished, and how many there are. */
  stepsDone: z.number().int().min(0),
  totalSteps: z.number().int().min(1),
  /** The step running, next or stopped at (1-based) and its name in words; null once completed. */
  stepNumber: z.number().int().min(1).nullable(),
  currentStep: z.string().nullable(),
  /** Why it waits or stopped, in words; null otherwise. */
  message: z.string().nullable(),
  details: z.array(z.string()),
  /** When a waiting run tries again. */
  retryAt: z.string().nullable(),
  canResume: z.boolean(),
  changes: z.array(provisioningChangeSchema),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ProvisioningProgressView = z.infer<typeof provisioningProgressSchema>;

/** What `provisioningProgress` answers: the latest run, or null when none has run. */
export const provisioningProgressAnswerSchema = z.object({
  run: provisioningProgressSchema.nullable(),
});
