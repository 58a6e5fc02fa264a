/**
 * Claims in Forge storage (src/storage/kvs-claim.ts) against the emulator's storage semantics:
 * expired values stay readable (storage-reference/kvs-api, TTL: up to 48 hours), so a claim must
 * not rely on its TTL. A delivery that died while raising a finding's Nonconformity left a claim
 * behind: once stale (by the time stored in it), the next delivery takes it over and raises the
 * Nonconformity; a live claim of a delivery still at work is left alone.
 */
import type { KvsStore } from '../../../emulator/forge-host/kvs-store';
import { CLAIM_ENTITY } from '../../../src/storage/kvs-claim';
import { raisedNonconformityKey } from '../../../src/storage/kvs-keys';
import { jiraOk } from './aims-site';
import { createAimsIssue, editAimsIssue, linkedKeys, linksOf } from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();
let storage: KvsStore;
const claims = { kind: 'entity', name: CLAIM_ENTITY } as const;

beforeAll(async () => {
  storage = s.host.storage('jira');
}, 60_000);

const minutes = (n: number): number => n * 60_000;

/** An ungraded finding (nothing raised yet) and its issue id, the key of its marker claim. */
async function ungradedFinding(summary: string): Promise<{ key: string; markerKey: string }> {
  const key = await createAimsIssue(s, 'auditor', 'auditFinding', summary, {
    isoReference: 'ISO42001:A.6.2.6',
  });
  const { id } = await jiraOk<{ id: string }>(s.site, 'admin', 'GET', `/rest/api/3/issue/${key}`);
  return { key, markerKey: raisedNonconformityKey(id) };
}

/**
 * What a delivery leaves behind when it claims the raise at `claimedAt` and its claim is stale
 * `staleAfter` later. Written with a 5-minute TTL, as the app once relied on: it expires.
 */
function plantClaim(markerKey: string, claimedAt: Date, staleAfterMs: number): void {
  const realNow = s.site.ctx.now;
  s.site.ctx.now = () => claimedAt;
  try {
    storage.set(
      claims,
      markerKey,
      {
        holder: 'delivery-that-died',
        claimedAt: claimedAt.toISOString(),
        staleAt: new Date(claimedAt.getTime() + staleAfterMs).toISOString(),
        value: { state: 'raising', at: claimedAt.toISOString() },
      },
      { ttl: { value: 5, unit: 'MINUTES' } },
    );
  } finally {
    s.site.ctx.now = realNow;
  }
}

async function raisedBy(finding: string): Promise<string[]> {
  await s.host.waitForIdle();
  return linkedKeys(await linksOf(s, finding), 'raises');
}

describe('a claim left by a delivery that died', () => {
  it('is still readable after its TTL, and once stale is taken over: the Nonconformity is raised', async () => {
    const finding = await ungradedFinding('Claim left by a crashed delivery');
    plantClaim(finding.markerKey, new Date(Date.now() - minutes(10)), minutes(5));
    const expired = storage.get(claims, finding.markerKey);
    expect(Date.parse(expired?.expireTime ?? '')).toBeLessThan(Date.now()); // expired…
    expect(expired?.value).toMatchObject({ holder: 'delivery-that-died' }); // …and still read

    await editAimsIssue(s, 'auditor', finding.key, { findingGrade: 'Major nonconformity' });
    const ncs = await raisedBy(finding.key);
    expect(ncs).toHaveLength(1);
    expect(storage.get(claims, finding.markerKey)?.value).toMatchObject({
      value: { state: 'raised', ncKey: ncs[0] },
    });
  }, 30_000);

  it('is left alone while it is live: no second Nonconformity is raised beside it', async () => {
    const finding = await ungradedFinding('Claim of a delivery still at work');
    plantClaim(finding.markerKey, new Date(), minutes(5));
    await editAimsIssue(s, 'auditor', finding.key, { findingGrade: 'Major nonconformity' });
    expect(await raisedBy(finding.key)).toEqual([]);
    expect(storage.get(claims, finding.markerKey)?.value).toMatchObject({
      holder: 'delivery-that-died',
      value: { state: 'raising' },
    });
    const delivered = s.host.deliveries.filter((d) => d.moduleKey === 'aims-issue-events');
    expect(delivered.every((d) => d.ok)).toBe(true);
  }, 30_000);
});
