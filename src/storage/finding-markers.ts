/**
 * The marker of the Nonconformity an audit finding raised, a claim (kvs-claim.ts): `raising`
 * while one delivery creates it (the claim goes stale if that delivery dies, so a later one can
 * take over), then `raised` with the Nonconformity's key (settled, held for good).
 */
import { z } from 'zod';
import { claimKey, readClaim, releaseClaim, settleClaim } from './kvs-claim';
import { findingNonconformityKey } from './kvs-keys';

const markerSchema = z.object({
  state: z.enum(['raising', 'raised']),
  ncKey: z.string().optional(),
  at: z.string(),
});
export type FindingMarker = z.infer<typeof markerSchema>;

/** The finding's marker; undefined when there is none. */
export async function readFindingMarker(findingId: string): Promise<FindingMarker | undefined> {
  return readClaim(findingNonconformityKey(findingId), markerSchema);
}

/** True when this delivery may raise the finding's Nonconformity (stale after `staleAfterSeconds`). */
export async function claimFindingMarker(
  findingId: string,
  at: string,
  staleAfterSeconds: number,
): Promise<boolean> {
  const marker: FindingMarker = { state: 'raising', at };
  return claimKey(findingNonconformityKey(findingId), marker, { staleAfterSeconds });
}

export async function markFindingRaised(
  findingId: string,
  ncKey: string,
  at: string,
): Promise<void> {
  await settleClaim(findingNonconformityKey(findingId), markerSchema, {
    state: 'raised',
    ncKey,
    at,
  });
}

export async function deleteFindingMarker(findingId: string): Promise<void> {
  await releaseClaim(findingNonconformityKey(findingId));
}
