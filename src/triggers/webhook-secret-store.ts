/** The findings webhook's shared secret, kept as a Forge KVS secret (never returned to a UI after it is set). */
import { randomBytes } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { z } from 'zod';

const SECRET_KEY = 'aims-findings-webhook-secret';
const storedSecretSchema = z.object({ secret: z.string().min(32), rotatedAt: z.string() });

export const webhookSecretInputSchema = z
  .string()
  .trim()
  .min(32, 'A webhook secret must be at least 32 characters long')
  .max(256, 'A webhook secret must be at most 256 characters long');

export async function loadWebhookSecret(): Promise<
  { secret: string; rotatedAt: string } | undefined
> {
  const parsed = storedSecretSchema.safeParse(await kvs.getSecret(SECRET_KEY));
  return parsed.success ? parsed.data : undefined;
}

/** Sets (or rotates to) the given secret, or a new random one; returns it this once. */
export async function rotateWebhookSecret(
  secret?: string,
): Promise<{ secret: string; rotatedAt: string }> {
  const value = {
    secret: secret ? webhookSecretInputSchema.parse(secret) : randomBytes(32).toString('hex'),
    rotatedAt: new Date().toISOString(),
  };
  await kvs.setSecret(SECRET_KEY, value);
  return value;
}
