/**
 * Sealed records: an approval (SoA, policy, scope) or a held management review is sealed with an
 * HMAC keyed by a secret only the app holds, and each seal covers the previous seal of the same
 * page — a hash chain. Whoever can edit the page (and so its content properties) can rewrite a
 * record and recompute its SHA-256 hashes, but cannot make a seal: a rewritten, deleted or
 * reordered approval no longer matches the chain the app keeps in its own storage.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CONTENT_HASH_PATTERN } from './content-hash-pattern';
import { canonicalJson } from './canonical-hash';

/** How a seal is written (`hmac-sha256:<64 hex digits>`). */
export const SEAL_PATTERN = /^hmac-sha256:[0-9a-f]{64}$/;

/** What kind of record a chain seals (one chain per kind and page). */
export type SealedRecordKind =
  'soa-approval' | 'review-held' | 'policy-approval' | 'scope-approval';

/** One sealed record as the app keeps it: its seal, the seal it follows, and what it covers. */
export const sealLinkSchema = z.object({
  seal: z.string().regex(SEAL_PATTERN),
  previousSeal: z.string().regex(SEAL_PATTERN).nullable(),
  sealedAt: z.iso.datetime({ offset: true }),
  /** The page version the record was made on. */
  pageVersion: z.number().int().min(1),
  /** The content hash of the record as it was sealed (canonical JSON, sha256). */
  recordHash: z.string().regex(CONTENT_HASH_PATTERN),
});
export type SealLink = z.infer<typeof sealLinkSchema>;

/** The chain of one page's records of one kind, oldest first. */
export const sealChainSchema = z.object({ links: z.array(sealLinkSchema) });
export type SealChain = z.infer<typeof sealChainSchema>;

export interface SealScope {
  kind: SealedRecordKind;
  pageId: string;
}

function hmacOf(secret: string, scope: SealScope, link: Omit<SealLink, 'seal'>): string {
  const message = canonicalJson({ ...scope, ...link });
  return `hmac-sha256:${createHmac('sha256', secret).update(message, 'utf8').digest('hex')}`;
}

/** The chain with one more record sealed at its end. */
export function appendSeal(
  secret: string,
  scope: SealScope,
  chain: SealChain,
  record: { recordHash: string; pageVersion: number; sealedAt: string },
): SealChain {
  const previousSeal = chain.links.at(-1)?.seal ?? null;
  const unsealed = { previousSeal, ...record };
  const link = sealLinkSchema.parse({ ...unsealed, seal: hmacOf(secret, scope, unsealed) });
  return { links: [...chain.links, link] };
}

const sameSeal = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Where a chain does not hold (a link's seal is not the app's, or does not follow the one before). */
function brokenLink(secret: string, scope: SealScope, chain: SealChain): number | undefined {
  let previous: string | null = null;
  for (const [index, link] of chain.links.entries()) {
    const { seal, ...unsealed } = link;
    if (link.previousSeal !== previous || !sameSeal(seal, hmacOf(secret, scope, unsealed)))
      return index;
    previous = seal;
  }
  return undefined;
}

/** One record as the page stores it now, oldest first: its content hash and page version. */
export interface StoredRecordFacts {
  recordHash: string;
  pageVersion: number;
}

export type SealVerification =
  | { state: 'none' }
  | { state: 'verified'; sealedAt: string; pageVersion: number; sealedRecords: number }
  | { state: 'changed'; sealedAt: string; pageVersion: number; currentPageVersion: number }
  | { state: 'tampered'; reason: string }
  | { state: 'missing'; reason: string };

export interface SealCheckRequest {
  secret: string;
  scope: SealScope;
  chain: SealChain;
  /** The records the page stores (current last), as they read now; older ones may be let go. */
  stored: readonly StoredRecordFacts[];
  /** How many records the page keeps at most (it lets older ones go); Infinity: all of them. */
  storedAtMost: number;
  currentPageVersion: number;
}

/**
 * Checks the records a page stores against the app's seal chain:
 * - `verified`: every stored record the chain covers is the one sealed, in order, and the page
 *   has not been edited since the latest one;
 * - `changed`: as verified, but the page was edited after the latest record was sealed;
 * - `tampered`: a record was rewritten, removed or reordered, or the chain itself does not hold;
 * - `missing`: a record with no seal (made before records were sealed, or its seal was removed).
 */
export function verifySealedRecords(request: SealCheckRequest): SealVerification {
  const { chain, stored } = request;
  const links = chain.links;
  const latestStored = stored.at(-1);
  if (links.length === 0) {
    return latestStored
      ? {
          state: 'missing',
          reason:
            'This record has no seal in the app: it was made before records were sealed, or its seal is gone. It cannot be shown to be unchanged.',
        }
      : { state: 'none' };
  }
  const broken = brokenLink(request.secret, request.scope, chain);
  if (broken !== undefined) {
    return {
      state: 'tampered',
      reason: `The app's seal record for this page does not hold at entry ${broken + 1} of ${links.length}.`,
    };
  }
  if (!latestStored) {
    return {
      state: 'tampered',
      reason: `The page no longer holds the record the app sealed on ${links.at(-1)?.sealedAt.slice(0, 10)}: it was removed outside the app.`,
    };
  }
  const expected = Math.min(links.length, request.storedAtMost);
  if (stored.length < expected) {
    return {
      state: 'tampered',
      reason: `The page holds ${stored.length} of the ${expected} sealed records it should keep: ${expected - stored.length} removed outside the app.`,
    };
  }
  const covered = expected;
  for (let i = 1; i <= covered; i += 1) {
    const link = links[links.length - i];
    const record = stored[stored.length - i];
    if (!link || !record || link.recordHash !== record.recordHash) {
      return {
        state: 'tampered',
        reason:
          i === 1
            ? 'The record on the page is not the one that was sealed: it was changed outside the app.'
            : `An earlier sealed record (${i - 1} before the latest) was changed, removed or reordered outside the app.`,
      };
    }
  }
  const latest = links.at(-1) as SealLink;
  if (request.currentPageVersion > latest.pageVersion) {
    return {
      state: 'changed',
      sealedAt: latest.sealedAt,
      pageVersion: latest.pageVersion,
      currentPageVersion: request.currentPageVersion,
    };
  }
  return {
    state: 'verified',
    sealedAt: latest.sealedAt,
    pageVersion: latest.pageVersion,
    sealedRecords: links.length,
  };
}
