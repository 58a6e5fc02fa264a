/**
 * Who acknowledged which approved version of the AI policy on a page, and when (7.3): one KVS
 * value per page, version and person, written only by that person's checked macro write
 * (src/resolvers/policy-macro-resolver.ts). Acknowledging again changes nothing: the first
 * acknowledgement stands.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { accountId } from '../domain/records/record-fields';
import { policyAcknowledgementKey, policyAcknowledgementPrefix } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export const policyAcknowledgementSchema = z.object({
  pageId: z.string().regex(/^\d+$/),
  pageVersion: z.number().int().min(1),
  accountId: accountId('Acknowledged by'),
  acknowledgedAt: z.iso.datetime(),
  /** The AIMS members group the person was in when they acknowledged (null: none). */
  memberGroup: z.string().nullable(),
});
export type PolicyAcknowledgement = z.infer<typeof policyAcknowledgementSchema>;

/** The person's acknowledgement of the version, if they gave one. */
export function readPolicyAcknowledgement(
  pageId: string,
  version: number,
  who: string,
): Promise<PolicyAcknowledgement | undefined> {
  return readStored(policyAcknowledgementKey(pageId, version, who), policyAcknowledgementSchema);
}

/** Records the acknowledgement once; returns the one that stands (the first). */
export async function recordPolicyAcknowledgement(
  acknowledgement: PolicyAcknowledgement,
): Promise<{ acknowledgement: PolicyAcknowledgement; recorded: boolean }> {
  const { pageId, pageVersion, accountId: who } = acknowledgement;
  const existing = await readPolicyAcknowledgement(pageId, pageVersion, who);
  if (existing) return { acknowledgement: existing, recorded: false };
  const key = policyAcknowledgementKey(pageId, pageVersion, who);
  return {
    acknowledgement: await writeStored(key, policyAcknowledgementSchema, acknowledgement),
    recorded: true,
  };
}

/**
 * How many people in `memberGroup` (when they acknowledged) acknowledged the version, following
 * KVS cursors (100 values a page).
 */
export async function countPolicyAcknowledgements(
  pageId: string,
  version: number,
  memberGroup: string,
): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(policyAcknowledgementPrefix(pageId, version)))
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const item of page.results) {
      const parsed = policyAcknowledgementSchema.safeParse(item.value);
      if (!parsed.success) console.warn(`[aims] ignoring an invalid acknowledgement ${item.key}`);
      else if (parsed.data.memberGroup === memberGroup) count += 1;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}
