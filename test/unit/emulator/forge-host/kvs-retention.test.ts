/**
 * Forge storage keeps expired values readable until its asynchronous deletion (up to 48 hours,
 * storage-reference/kvs-api TTL); the emulator keeps them for a configurable window, and storage
 * is partitioned per installation (storage-reference/kvs, Partitioning).
 */
import { openDatabase } from '../../../../emulator/core/database';
import type { KvsRetention } from '../../../../emulator/forge-host/kvs-store';
import { CLOUD_EXPIRED_READABLE_MS, KvsStore } from '../../../../emulator/forge-host/kvs-store';

const kv = { kind: 'kv' } as const;
const claims = { kind: 'entity', name: 'claim' } as const;
const entities = [{ name: 'claim', attributes: { holder: { type: 'string' } } }];

function store(retention?: KvsRetention, partition = '') {
  let now = Date.parse('2026-05-01T12:00:00Z');
  const db = openDatabase(':memory:');
  const s = new KvsStore(db, entities, () => new Date(now), partition, retention);
  return { s, db, advance: (ms: number) => (now += ms) };
}

describe('expired KVS values', () => {
  it('stay readable for 48 hours by default, keep their key taken, then are deleted', () => {
    const { s, advance } = store();
    s.set(kv, 'claim', 'held', { ttl: { value: 30, unit: 'SECONDS' } });
    advance(60_000);
    expect(s.get(kv, 'claim')?.value).toBe('held');
    expect(Date.parse(s.get(kv, 'claim')?.expireTime ?? '')).toBeLessThan(
      Date.parse('2026-05-01T12:01:00Z'),
    );
    expect(() => s.set(kv, 'claim', 'mine', { keyPolicy: 'FAIL_IF_EXISTS' })).toThrow(
      /already exists/,
    );
    expect(s.query(undefined, 10, undefined).data.map((i) => i.key)).toEqual(['claim']);
    advance(CLOUD_EXPIRED_READABLE_MS);
    expect(s.get(kv, 'claim')).toBeUndefined();
    expect(s.query(undefined, 10, undefined).data).toEqual([]);
    s.set(kv, 'claim', 'mine', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(s.get(kv, 'claim')?.value).toBe('mine');
  });

  it('follow the configured window (a test can make deletion immediate)', () => {
    const { s, advance } = store({ expiredReadableMs: 0 });
    s.set(kv, 'session', 'v', { ttl: { value: 30, unit: 'SECONDS' } });
    advance(30_000);
    expect(s.get(kv, 'session')).toBeUndefined();
  });

  it('take part in transaction conditions while readable (compare-and-set on an expired entity)', () => {
    const { s, advance } = store();
    s.set(claims, 'c', { holder: 'old' }, { ttl: { value: 1, unit: 'MINUTES' } });
    advance(120_000);
    const onHolder = (holder: string) => ({
      and: [{ condition: 'EQUAL_TO', property: 'holder', values: [holder] }],
    });
    expect(() =>
      s.transact({
        set: [
          { key: 'c', value: { holder: 'new' }, entityName: 'claim', conditions: onHolder('x') },
        ],
      }),
    ).toThrow(/condition/);
    s.transact({
      set: [
        { key: 'c', value: { holder: 'new' }, entityName: 'claim', conditions: onHolder('old') },
      ],
    });
    expect(s.get(claims, 'c')?.value).toEqual({ holder: 'new' });
  });
});

describe('storage partitions', () => {
  it('keep installations apart in one database', () => {
    const { s: jira, db } = store();
    const confluence = new KvsStore(db, entities, () => new Date(), 'installation:other');
    jira.set(kv, 'aims-config', { a: 1 });
    expect(confluence.get(kv, 'aims-config')).toBeUndefined();
    confluence.set(kv, 'aims-config', { a: 2 });
    expect(jira.get(kv, 'aims-config')?.value).toEqual({ a: 1 });
    expect(confluence.query(undefined, 10, undefined).data.map((i) => i.value)).toEqual([{ a: 2 }]);
  });
});
