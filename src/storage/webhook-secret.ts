/** The findings webhook's shared secret, kept as a Forge KVS secret (never returned to a UI after it is set). */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { FINDINGS_WEBHOOK_SECRET_KEY } from './kvs-keys';

const storedSecretSchema = z.object({ secret: z.string().min(32), rotatedAt: z.string() });
export type StoredWebhookSecret = z.infer<typeof storedSecretSchema>;

/** The secret, or undefined when none is set (or what is stored is not a valid secret). */
export async function loadWebhookSecret(): Promise<StoredWebhookSecret | undefined> {
  const parsed = storedSecretSchema.safeParse(await kvs.getSecret(FINDINGS_WEBHOOK_SECRET_KEY));
  return parsed.success ? parsed.data : undefined;
}

export async function saveWebhookSecret(value: StoredWebhookSecret): Promise<StoredWebhookSecret> {
  const checked = storedSecretSchema.parse(value);
  await kvs.setSecret(FINDINGS_WEBHOOK_SECRET_KEY, checked);
  return checked;
}
