/** What the admin-resolver functions answer (src/resolvers/admin-resolver.ts), checked with zod. */
import { z } from 'zod';
import { appConfigSchema } from './config-schema';

export const provisioningStatusSchema = z.object({
  projectKey: z.string(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  completedSteps: z.array(z.string()),
  issueTypes: z.number(),
  fields: z.number(),
  linkTypes: z.number(),
  workflows: z.number(),
  controls: z.number(),
});
export type ProvisioningStatus = z.infer<typeof provisioningStatusSchema>;

export const overviewSchema = z.object({
  config: appConfigSchema,
  provisioning: provisioningStatusSchema.nullable(),
});
export type Overview = z.infer<typeof overviewSchema>;

export type { ProvisioningChange } from '../../../src/ui-contract/provisioning-view';

export const webhookStatusSchema = z.object({
  configured: z.boolean(),
  rotatedAt: z.string().nullable(),
  url: z.string(),
});
export const webhookSecretSetSchema = z.object({
  secret: z.string(),
  rotatedAt: z.string(),
  url: z.string(),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  findings: z.array(
    z.object({
      key: z.string().optional(),
      summary: z.string(),
      grade: z.string(),
      isoReference: z.string(),
      auditKey: z.string(),
    }),
  ),
});
export type ImportResult = z.infer<typeof importResultSchema>;
