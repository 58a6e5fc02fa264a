import { kvs } from '@forge/kvs';

/**
 * Claims `key` in Forge KVS if nobody holds it (a conditional set, `FAIL_IF_EXISTS`): the one
 * invocation that gets `true` does the work; concurrent or repeated deliveries get `false`.
 * The claim expires after `ttlSeconds`, so work whose invocation died can be picked up again.
 */
export async function claimKey(key: string, value: unknown, ttlSeconds: number): Promise<boolean> {
  try {
    await kvs.set(key, value, {
      keyPolicy: 'FAIL_IF_EXISTS',
      ttl: { value: ttlSeconds, unit: 'SECONDS' },
    });
    return true;
  } catch (err) {
    // Refused because the key exists (someone holds the claim)? Otherwise it is a real failure.
    if ((await kvs.get(key)) !== undefined) return false;
    throw err;
  }
}
