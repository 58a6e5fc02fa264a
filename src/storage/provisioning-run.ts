import { z } from 'zod';
import { provisioningChangeSchema } from '../ui-contract/provisioning-view';
import { appConfigSchema } from './app-config';
import { PROVISIONING_RUN_KEY } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

/**
 * One provisioning run on the async events queue: which steps it runs, how far it got, what it
 * changed, and which queued event may continue it (`runId` + `chunk`: any other delivery is a
 * duplicate or belongs to an older run, and does nothing).
 */
export const provisioningRunSchema = z.object({
  runId: z.string().min(1),
  /** The sequence number of the event that continues the run; each part advances it. */
  chunk: z.number().int().min(0),
  origin: z.enum(['admin', 'install']),
  /** The administrator who started it (admin page), if any. */
  startedBy: z.string().optional(),
  /** The installation whose install event started it (a second delivery starts nothing). */
  installationId: z.string().optional(),
  /** The configuration it runs with, fixed when it starts. */
  config: appConfigSchema,
  status: z.enum(['queued', 'running', 'waiting', 'completed', 'failed']),
  /** Step names, in order. */
  steps: z.array(z.string()).min(1),
  /** Steps finished: the next one to run. */
  stepIndex: z.number().int().min(0),
  changes: z.array(provisioningChangeSchema),
  /** Retries of the current part after a refusal that passes. */
  retries: z.number().int().min(0),
  waiting: z.object({ reason: z.string(), retryAt: z.string() }).optional(),
  failure: z
    .object({ step: z.string(), message: z.string(), details: z.array(z.string()) })
    .optional(),
  /** Parts (queued events) that ran. */
  parts: z.number().int().min(0),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().optional(),
});
export type ProvisioningRun = z.infer<typeof provisioningRunSchema>;

export async function loadProvisioningRun(): Promise<ProvisioningRun | undefined> {
  return readStored(PROVISIONING_RUN_KEY, provisioningRunSchema);
}

export async function saveProvisioningRun(run: ProvisioningRun): Promise<ProvisioningRun> {
  return writeStored(PROVISIONING_RUN_KEY, provisioningRunSchema, run);
}
