/**
 * The KVS marker of the Nonconformity an audit finding raised: `raising` while one delivery
 * creates it (a claim that expires), then `raised` with the Nonconformity's key.
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { claimKey } from './kvs-claim';
import { findingNonconformityKey } from './kvs-keys';
import { deleteStored, writeStored } from './stored-value';

const markerSchema = z.object({
  state: z.enum(['raising', 'raised']),
  ncKey: z.string().optional(),
  at: z.string(),
});
export type FindingMarker = z.infer<typeof markerSchema>;

/** The finding's marker; undefined when there is none (or it is not valid). */
export async function readFindingMarker(findingId: string): Promise<FindingMarker | undefined> {
  const parsed = markerSchema.safeParse(await kvs.get(findingNonconformityKey(findingId)));
  return parsed.success ? parsed.data : undefined;
}

/** True when this delivery may raise the finding's Nonconformity (for `ttlSeconds`). */
export async function claimFindingMarker(
  findingId: string,
  at: string,
  ttlSeconds: number,
): Promise<boolean> {
  const marker: FindingMarker = { state: 'raising', at };
  return claimKey(findingNonconformityKey(findingId), marker, ttlSeconds);
}

export async function markFindingRaised(
  findingId: string,
  ncKey: string,
  at: string,
): Promise<void> {
  await writeStored(findingNonconformityKey(findingId), markerSchema, {
    state: 'raised',
    ncKey,
    at,
  });
}

export async function deleteFindingMarker(findingId: string): Promise<void> {
  await deleteStored(findingNonconformityKey(findingId));
}
