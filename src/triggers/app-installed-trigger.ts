import { z } from 'zod';
import { jiraAsApp } from '../jira/forge-clients';
import { ProductApiError } from '../jira/product-client';
import { loadAppConfig } from '../storage/app-config';
import { provisionWithForge } from '../workflows/provisioning/forge-provisioning';

const installedEventSchema = z.object({
  id: z.string().optional(),
  installerAccountId: z.string().optional(),
  app: z.object({ id: z.string() }).loose().optional(),
});

/**
 * `avi:forge:installed:app`: provisions the configured project (default AIMS) when it exists.
 * Safe to receive twice: provisioning adopts what is already there.
 */
export async function onAppInstalled(
  event: unknown,
): Promise<{ provisioned: boolean; reason?: string }> {
  const parsed = installedEventSchema.safeParse(event);
  if (!parsed.success)
    return {
      provisioned: false,
      reason: `Ignored a malformed installation event: ${parsed.error.message}`,
    };
  const config = await loadAppConfig();
  try {
    const result = await provisionWithForge(jiraAsApp(), { dryRun: false, config });
    console.log(
      `[aims] provisioned ${config.projectKey} on install: ${result.changes.length} changes`,
    );
    return { provisioned: true };
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404) {
      const reason = `Project ${config.projectKey} does not exist yet; provision from the admin page.`;
      console.log(`[aims] ${reason}`);
      return { provisioned: false, reason };
    }
    throw err;
  }
}
