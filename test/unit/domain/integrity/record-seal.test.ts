import { createHash } from 'node:crypto';
import type { SealChain, StoredRecordFacts } from '../../../../src/domain/integrity';
import {
  SEAL_PATTERN,
  appendSeal,
  contentHash,
  sealStatusOf,
  verifySealedRecords,
} from '../../../../src/domain/integrity';

const SECRET = 'a'.repeat(64);
const scope = { kind: 'soa-approval' as const, pageId: '42' };
const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;

/** Three approvals, sealed in order: hashes of records r1..r3 at page versions 1..3. */
function threeApprovals(): { chain: SealChain; stored: StoredRecordFacts[] } {
  let chain: SealChain = { links: [] };
  const stored: StoredRecordFacts[] = [];
  for (const n of [1, 2, 3]) {
    const record = { recordHash: contentHash({ approval: n }), pageVersion: n };
    chain = appendSeal(SECRET, scope, chain, { ...record, sealedAt: at(n) });
    stored.push(record);
  }
  return { chain, stored };
}

const verify = (chain: SealChain, stored: readonly StoredRecordFacts[], currentPageVersion = 3) =>
  verifySealedRecords({
    secret: SECRET,
    scope,
    chain,
    stored,
    storedAtMost: Number.POSITIVE_INFINITY,
    currentPageVersion,
  });

describe('record seals (HMAC hash chain)', () => {
  it('seals each record with an HMAC that covers the previous seal', () => {
    const { chain } = threeApprovals();
    expect(chain.links.map((l) => l.seal)).toEqual(
      chain.links.map(() => expect.stringMatching(SEAL_PATTERN)),
    );
    expect(chain.links[0]?.previousSeal).toBeNull();
    expect(chain.links[1]?.previousSeal).toBe(chain.links[0]?.seal);
    expect(chain.links[2]?.previousSeal).toBe(chain.links[1]?.seal);
  });

  it('verifies the records as sealed, and says "changed since" once the page was edited', () => {
    const { chain, stored } = threeApprovals();
    expect(verify(chain, stored)).toMatchObject({ state: 'verified', sealedRecords: 3 });
    expect(verify(chain, stored, 4)).toMatchObject({
      state: 'changed',
      pageVersion: 3,
      currentPageVersion: 4,
    });
  });

  it('detects a record rewritten with a recomputed SHA-256 hash', () => {
    const { chain, stored } = threeApprovals();
    const rewritten = [
      ...stored.slice(0, 2),
      { recordHash: contentHash({ forged: 3 }), pageVersion: 3 },
    ];
    expect(verify(chain, rewritten)).toMatchObject({ state: 'tampered' });
  });

  it('detects an approval deleted from the middle, or two approvals swapped', () => {
    const { chain, stored } = threeApprovals();
    expect(verify(chain, [stored[0], stored[2]] as StoredRecordFacts[])).toMatchObject({
      state: 'tampered',
    });
    expect(verify(chain, [stored[1], stored[0], stored[2]] as StoredRecordFacts[])).toMatchObject({
      state: 'tampered',
    });
    expect(verify(chain, [])).toMatchObject({ state: 'tampered' });
  });

  it('detects a chain re-made without the app key, or with a link taken out', () => {
    const { chain, stored } = threeApprovals();
    // A chain rebuilt with plain SHA-256 "seals" is not the app's.
    const forged: SealChain = {
      links: chain.links.map((l) => ({
        ...l,
        seal: `hmac-sha256:${createHash('sha256').update(l.recordHash).digest('hex')}`,
      })),
    };
    expect(verify(forged, stored)).toMatchObject({ state: 'tampered' });
    // Another key (another installation) does not verify either.
    const other = verifySealedRecords({
      secret: 'b'.repeat(64),
      scope,
      chain,
      stored,
      storedAtMost: Number.POSITIVE_INFINITY,
      currentPageVersion: 3,
    });
    expect(other).toMatchObject({ state: 'tampered' });
    const withoutMiddle: SealChain = {
      links: [chain.links[0], chain.links[2]] as SealChain['links'],
    };
    expect(verify(withoutMiddle, [stored[0], stored[2]] as StoredRecordFacts[])).toMatchObject({
      state: 'tampered',
    });
    // The seal of one page does not verify the same records on another page.
    expect(
      verifySealedRecords({
        secret: SECRET,
        scope: { ...scope, pageId: '43' },
        chain,
        stored,
        storedAtMost: Number.POSITIVE_INFINITY,
        currentPageVersion: 3,
      }),
    ).toMatchObject({ state: 'tampered' });
  });

  it('says "seal missing" for a record made before sealing, and allows a page that lets old records go', () => {
    const { chain, stored } = threeApprovals();
    expect(verify({ links: [] }, stored)).toMatchObject({ state: 'missing' });
    expect(verify({ links: [] }, [])).toEqual({ state: 'none' });
    const keepsTwo = verifySealedRecords({
      secret: SECRET,
      scope,
      chain,
      stored: stored.slice(1),
      storedAtMost: 2,
      currentPageVersion: 3,
    });
    expect(keepsTwo).toMatchObject({ state: 'verified' });
  });

  it('words each state for an auditor', () => {
    const { chain, stored } = threeApprovals();
    const what = { record: 'approved Statement of Applicability', event: 'approved' };
    expect(sealStatusOf(verify(chain, stored), what)).toMatchObject({
      state: 'verified',
      label: 'Verified',
    });
    expect(sealStatusOf(verify(chain, stored, 5), what)).toMatchObject({
      state: 'changed',
      label: 'Changed since approval',
    });
    expect(sealStatusOf(verify(chain, stored.slice(0, 2)), what)).toMatchObject({
      state: 'tampered',
      label: 'Tampered / seal missing',
      explanation: expect.stringContaining(
        'Do not rely on this approved Statement of Applicability',
      ),
    });
    expect(sealStatusOf(verify({ links: [] }, stored), what)).toMatchObject({
      state: 'missing',
      label: 'Tampered / seal missing',
    });
  });
});
