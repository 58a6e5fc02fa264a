import { CONTENT_HASH_PATTERN, canonicalJson, contentHash } from '../../../../src/domain/integrity';

describe('canonical JSON and content hash', () => {
  it('sorts keys at every depth, drops undefined properties and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,1]},"b":1}',
    );
    expect(canonicalJson([undefined, null, true])).toBe('[null,null,true]');
    expect(canonicalJson(Object.assign(Object.create(null), { z: 1 }))).toBe('{"z":1}');
  });

  it('gives the same hash whatever the key order, and a different one for any change', () => {
    const a = contentHash({ x: 1, y: ['a', 'b'] });
    expect(a).toMatch(CONTENT_HASH_PATTERN);
    expect(contentHash({ y: ['a', 'b'], x: 1 })).toBe(a);
    expect(contentHash({ x: 1, y: ['b', 'a'] })).not.toBe(a);
    expect(contentHash({ x: '1', y: ['a', 'b'] })).not.toBe(a);
    // SHA-256 of the canonical text, known value
    expect(contentHash('')).toBe(
      'sha256:12ae32cb1ec02d01eda3581b127c1fee3b0dc53572ed6baf239721a03d82e126',
    );
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('Cannot hash NaN at $.a');
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(
      'Cannot hash a Date at $.when: use plain data',
    );
    expect(() => canonicalJson([() => 1])).toThrow('Cannot hash a function at $[0]');
    expect(() => canonicalJson(BigInt(1))).toThrow('Cannot hash a bigint at $');
  });
});
