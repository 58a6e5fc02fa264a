import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import { loadAppConfig } from '../storage/app-config';
import { startProvisioning } from '../workflows/provisioning/forge-provisioning';

const installedEventSchema = z.object({
  id: z.string().optional(),
  installerAccountId: z.string().optional(),
  app: z.object({ id: z.string() }).loose().optional(),
});

/**
 * `avi:forge:installed:app`: queues provisioning of the configured project (default AIMS). It
 * makes no product call itself: the run's parts do, on the async events queue, and retry while
 * the new app's permissions are not active yet. A second delivery of the event queues nothing.
 */
export async function onAppInstalled(
  event: unknown,
): Promise<{ queued: boolean; reason?: string }> {
  const parsed = installedEventSchema.safeParse(event);
  if (!parsed.success)
    return {
      queued: false,
      reason: `Ignored a malformed installation event: ${parsed.error.message}`,
    };
  const config = await loadAppConfig();
  try {
    const run = await startProvisioning({
      origin: 'install',
      config,
      ...(parsed.data.id ? { installationId: parsed.data.id } : {}),
      ...(parsed.data.installerAccountId ? { startedBy: parsed.data.installerAccountId } : {}),
    });
    console.log(`[aims] queued provisioning of ${config.projectKey} on install (${run.runId})`);
    return { queued: true };
  } catch (err) {
    if (err instanceof Refusal) {
      console.log(`[aims] ${err.message}`);
      return { queued: false, reason: err.message };
    }
    throw err;
  }
}
