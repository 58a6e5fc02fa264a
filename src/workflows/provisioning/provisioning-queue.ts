import { Queue } from '@forge/events';
import type { ProvisioningEvent, ProvisioningQueue } from './provisioning-run';

/** The queue manifest.yml's `aims-provisioning-consumer` listens to. */
export const PROVISIONING_QUEUE_KEY = 'aims-provisioning';

const queue = new Queue<ProvisioningEvent>({ key: PROVISIONING_QUEUE_KEY });

/**
 * Provisioning events on Forge's async events queue, one at a time for the installation (a
 * concurrency key with limit 1), so duplicate deliveries never run side by side.
 */
export const forgeProvisioningQueue: ProvisioningQueue = {
  async push(event) {
    await queue.push({
      body: event,
      concurrency: { key: PROVISIONING_QUEUE_KEY, limit: 1 },
    });
  },
};
