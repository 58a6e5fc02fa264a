/**
 * The marker of the Nonconformity a record raised (an audit finding, an AI incident), a claim
 * (kvs-claim.ts): `raising` while one delivery creates it (the claim goes stale if that delivery
 * dies, so a later one can take over), then `raised` with the Nonconformity's key (settled, held
 * for good). Keyed by the raising record's issue id.
 */
import { z } from 'zod';
import { claimKey, readClaim, releaseClaim, settleClaim } from './kvs-claim';
import { raisedNonconformityKey } from './kvs-keys';

const markerSchema = z.object({
  state: z.enum(['raising', 'raised']),
  ncKey: z.string().optional(),
  at: z.string(),
});
export type RaiseMarker = z.infer<typeof markerSchema>;

/** The record's marker; undefined when there is none. */
export async function readRaiseMarker(sourceIssueId: string): Promise<RaiseMarker | undefined> {
  return readClaim(raisedNonconformityKey(sourceIssueId), markerSchema);
}

/** True when this delivery may raise the record's Nonconformity (stale after `staleAfterSeconds`). */
export async function claimRaiseMarker(
  sourceIssueId: string,
  at: string,
  staleAfterSeconds: number,
): Promise<boolean> {
  const marker: RaiseMarker = { state: 'raising', at };
  return claimKey(raisedNonconformityKey(sourceIssueId), marker, { staleAfterSeconds });
}

export async function markNonconformityRaised(
  sourceIssueId: string,
  ncKey: string,
  at: string,
): Promise<void> {
  await settleClaim(raisedNonconformityKey(sourceIssueId), markerSchema, {
    state: 'raised',
    ncKey,
    at,
  });
}

export async function deleteRaiseMarker(sourceIssueId: string): Promise<void> {
  await releaseClaim(raisedNonconformityKey(sourceIssueId));
}
