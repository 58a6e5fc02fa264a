/** The findings webhook's shared secret: what an administrator may set, and its rotation. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { saveWebhookSecret } from '../storage/webhook-secret';
import type { StoredWebhookSecret } from '../storage/webhook-secret';

export const webhookSecretInputSchema = z
  .string()
  .trim()
  .min(32, 'A webhook secret must be at least 32 characters long')
  .max(256, 'A webhook secret must be at most 256 characters long');

/** Sets (or rotates to) the given secret, or a new random one; returns it this once. */
export async function rotateWebhookSecret(secret?: string): Promise<StoredWebhookSecret> {
  return saveWebhookSecret({
    secret: secret ? webhookSecretInputSchema.parse(secret) : randomBytes(32).toString('hex'),
    rotatedAt: new Date().toISOString(),
  });
}
