/**
 * Claims in Forge storage: the one invocation that holds a claim does the work; concurrent or
 * repeated deliveries do not. A claim records who holds it and when it goes stale IN ITS VALUE
 * (custom entity `aims-claim`, manifest.yml) — never in a TTL: expired values can stay readable
 * for up to 48 hours (storage-reference/kvs-api, TTL), so a claim that relied on expiring would
 * block the retry of work whose invocation died. A stale claim is taken over by a transaction
 * conditioned on its holder (compare-and-set, storage-reference/entities-transactions).
 *
 * Whether a write won is decided by reading the claim back, never by an error code: Forge
 * documents no code for a refused FAIL_IF_EXISTS or a failed condition (kvs-errorhandling).
 */
import { randomUUID } from 'node:crypto';
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import { checkStored } from './stored-value';

/** The custom entity that holds every claim (manifest.yml `app.storage.entities`). */
export const CLAIM_ENTITY = 'aims-claim';

const storedClaimSchema = z.object({
  holder: z.string().min(1),
  claimedAt: z.string(),
  staleAt: z.string().optional(),
  value: z.unknown(),
});
type StoredClaim = z.infer<typeof storedClaimSchema>;

export interface ClaimOptions {
  /** After this long another invocation may take the claim over; default: never (held for good). */
  staleAfterSeconds?: number;
  /** Forge may delete the claim after this long (storage hygiene only; nothing relies on it). */
  forgetAfterSeconds?: number;
  now?: Date;
}

const claims = () => kvs.entity<StoredClaim>(CLAIM_ENTITY);

async function readRecord(key: string): Promise<StoredClaim | undefined> {
  return checkStored(key, storedClaimSchema, await claims().get(key), 'claim');
}

const isStale = (claim: StoredClaim, now: Date): boolean =>
  claim.staleAt !== undefined && Date.parse(claim.staleAt) <= now.getTime();

/**
 * Claims `key` with `value`: true when this invocation now holds it (nobody did, or the holder's
 * claim went stale), false when someone else holds a live claim.
 */
export async function claimKey(
  key: string,
  value: unknown,
  options: ClaimOptions = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const mine: StoredClaim = {
    holder: randomUUID(),
    claimedAt: now.toISOString(),
    ...(options.staleAfterSeconds === undefined
      ? {}
      : { staleAt: new Date(now.getTime() + options.staleAfterSeconds * 1000).toISOString() }),
    value,
  };
  const ttl =
    options.forgetAfterSeconds === undefined
      ? {}
      : { ttl: { value: options.forgetAfterSeconds, unit: 'SECONDS' as const } };
  const current = await readRecord(key);
  if (current && !isStale(current, now)) return false;
  let writeError: unknown;
  try {
    if (!current) {
      await claims().set(key, mine, { keyPolicy: 'FAIL_IF_EXISTS', ...ttl });
    } else {
      // Take over only the stale claim we read: if another invocation took it first, the
      // condition on the holder fails and the transaction changes nothing.
      await kvs
        .transact()
        .set(
          key,
          mine,
          {
            entityName: CLAIM_ENTITY,
            conditions: new Filter<StoredClaim>().and(
              'holder',
              FilterConditions.equalTo(current.holder),
            ),
          },
          ttl,
        )
        .execute();
    }
  } catch (err) {
    writeError = err; // a lost race or a real failure: the claim as stored now tells which
  }
  const after = await readRecord(key);
  if (after?.holder === mine.holder) return true;
  if (after && after.holder !== current?.holder) return false; // another invocation won
  if (writeError !== undefined) throw writeError;
  throw new Error(`The claim '${key}' could not be written`);
}

/** The value of a claim (live, stale or settled); undefined when there is none. */
export async function readClaim<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const record = await readRecord(key);
  return record ? checkStored(key, schema, record.value) : undefined;
}

/** Records the outcome of the claimed work: the claim is held for good with `value`. */
export async function settleClaim<T>(key: string, schema: z.ZodType<T>, value: T): Promise<void> {
  await claims().set(key, {
    holder: randomUUID(),
    claimedAt: new Date().toISOString(),
    value: schema.parse(value),
  });
}

/** Removes a claim (the work was undone). */
export async function releaseClaim(key: string): Promise<void> {
  await claims().delete(key);
}
