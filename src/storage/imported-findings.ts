/**
 * Findings imported under the sender's own id (the findings webhook's `externalId`, the CSV's
 * "external id" column), a claim each (kvs-claim.ts): `importing` while one delivery creates the
 * finding (stale if that delivery dies, so a re-sent one can take over), then `imported` with the
 * finding's key for good. A re-sent delivery finds the key and imports the finding no second time.
 * Keys hold the id's SHA-256, so any id fits Forge's key rules.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { claimKey, readClaim, releaseClaim, settleClaim } from './kvs-claim';
import { importedFindingKey } from './kvs-keys';

const importSchema = z.object({
  state: z.enum(['importing', 'imported']),
  issueKey: z.string().optional(),
  at: z.string(),
});
export type ImportedFinding = z.infer<typeof importSchema>;

const keyOf = (externalId: string): string =>
  importedFindingKey(crypto.createHash('sha256').update(externalId, 'utf8').digest('hex'));

export async function readImportedFinding(
  externalId: string,
): Promise<ImportedFinding | undefined> {
  return readClaim(keyOf(externalId), importSchema);
}

/** True when this delivery may import the finding with this id. */
export async function claimFindingImport(
  externalId: string,
  at: string,
  staleAfterSeconds: number,
): Promise<boolean> {
  return claimKey(keyOf(externalId), { state: 'importing', at } satisfies ImportedFinding, {
    staleAfterSeconds,
  });
}

export async function markFindingImported(
  externalId: string,
  issueKey: string,
  at: string,
): Promise<void> {
  await settleClaim(keyOf(externalId), importSchema, { state: 'imported', issueKey, at });
}

export async function releaseFindingImport(externalId: string): Promise<void> {
  await releaseClaim(keyOf(externalId));
}
