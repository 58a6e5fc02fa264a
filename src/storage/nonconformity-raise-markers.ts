/**
 * The marker of the Nonconformity a record raised (an audit finding, an AI incident), a claim
 * (kvs-claim.ts): `raising` while one delivery creates it (the claim goes stale if that delivery
 * dies, so a later one can take over), then `raised` with the Nonconformity's key (settled, held
 * for good). Keyed by the raising record's issue id.
 *
 * Next to it, the record of an attempt: written before each create and removed once the
 * Nonconformity is marked raised, so a later delivery searches Jira for a Nonconformity a lost
 * create may have made only when some create was attempted.
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { claimKey, readClaim, releaseClaim, settleClaim } from './kvs-claim';
import { raiseAttemptKey, raisedNonconformityKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

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

const attemptSchema = z.object({ at: z.string() });

/** Records that a create of the record's Nonconformity is about to be sent. */
export async function recordRaiseAttempt(sourceIssueId: string, at: string): Promise<void> {
  await writeStored(raiseAttemptKey(sourceIssueId), attemptSchema, { at });
}

/** Whether a create of the record's Nonconformity was sent and not known to have ended. */
export async function raiseAttempted(sourceIssueId: string): Promise<boolean> {
  return (await readStored(raiseAttemptKey(sourceIssueId), attemptSchema)) !== undefined;
}

/** The Nonconformity is marked raised: no create of it is left unknown. */
export async function forgetRaiseAttempt(sourceIssueId: string): Promise<void> {
  await kvs.delete(raiseAttemptKey(sourceIssueId));
}
