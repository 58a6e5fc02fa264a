import { z } from 'zod';
import { runQueuedProvisioningPart } from '../workflows/provisioning/forge-provisioning';
import { provisioningEventSchema } from '../workflows/provisioning/provisioning-run';
import { retryInvocation } from './invocation-retry';

const asyncEventSchema = z.looseObject({ body: provisioningEventSchema });

/**
 * The `aims-provisioning` queue's consumer: runs one part of a provisioning run. A refusal that
 * passes (rate limit, outage, permissions not active yet after install) asks Forge to deliver the
 * same event again later (an `InvocationError`, async-events-api "Retry request"); anything else
 * the run records as failed, so Forge does not retry it for a day.
 */
export async function onProvisioningEvent(event: unknown): Promise<unknown> {
  const parsed = asyncEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn(`[aims] ignored a malformed provisioning event: ${parsed.error.message}`);
    return undefined;
  }
  const outcome = await runQueuedProvisioningPart(parsed.data.body);
  console.log(`[aims] provisioning part ${parsed.data.body.chunk}: ${outcome.kind}`);
  if (outcome.kind !== 'retry') return undefined;
  return retryInvocation(outcome.afterSeconds, outcome.rateLimited);
}
