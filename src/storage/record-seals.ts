/**
 * The seals of approvals and held reviews (src/domain/integrity/record-seal.ts), kept in app
 * storage where no page editor can reach them, one chain per record kind and page; the HMAC key is
 * a Forge KVS secret (readable only with getSecret, never listed by a query), made once.
 */
import { randomBytes } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { SealChain, SealScope } from '../domain/integrity/record-seal';
import { appendSeal, sealChainSchema } from '../domain/integrity/record-seal';
import { RECORD_SEAL_SECRET_KEY, recordSealChainKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

const sealSecretSchema = z.object({ secret: z.string().min(64), createdAt: z.string() });

/**
 * The sealing key, made on first use (or install): written only if no key exists yet
 * (FAIL_IF_EXISTS), then read back, so two first uses at once agree on the one that was stored.
 */
export async function loadSealSecret(now: Date = new Date()): Promise<string> {
  const stored = sealSecretSchema.safeParse(await kvs.getSecret(RECORD_SEAL_SECRET_KEY));
  if (stored.success) return stored.data.secret;
  try {
    await kvs.setSecret(
      RECORD_SEAL_SECRET_KEY,
      { secret: randomBytes(32).toString('hex'), createdAt: now.toISOString() },
      { keyPolicy: 'FAIL_IF_EXISTS' },
    );
  } catch {
    // Someone else made it first: what is stored is read back below.
  }
  const made = sealSecretSchema.safeParse(await kvs.getSecret(RECORD_SEAL_SECRET_KEY));
  if (!made.success) throw new Error('The app could not make or read its record-sealing key.');
  return made.data.secret;
}

/** The seal chain of one page's records of one kind (empty when nothing was sealed). */
export async function readSealChain(scope: SealScope): Promise<SealChain> {
  return (
    (await readStored(recordSealChainKey(scope.kind, scope.pageId), sealChainSchema)) ?? {
      links: [],
    }
  );
}

/** Seals one more record at the end of the page's chain; returns the new chain. */
export async function sealRecord(
  scope: SealScope,
  record: { recordHash: string; pageVersion: number; sealedAt: string },
): Promise<SealChain> {
  const [secret, chain] = await Promise.all([loadSealSecret(), readSealChain(scope)]);
  const next = appendSeal(secret, scope, chain, record);
  return writeStored(recordSealChainKey(scope.kind, scope.pageId), sealChainSchema, next);
}
