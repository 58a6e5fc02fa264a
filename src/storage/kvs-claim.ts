import { kvs } from '@forge/kvs';

const isKeyTaken = async (err: unknown, key: string): Promise<boolean> =>
  (err as { code?: unknown }).code === 'KEY_ALREADY_EXISTS' || (await kvs.get(key)) !== undefined;

/**
 * Claims `key` in Forge KVS if nobody holds it (a conditional set, `FAIL_IF_EXISTS`): the one
 * invocation that gets `true` does the work; concurrent or repeated deliveries get `false`.
 * With `ttlSeconds` the claim expires, so work whose invocation died can be picked up again.
 */
export async function claimKey(key: string, value: unknown, ttlSeconds?: number): Promise<boolean> {
  try {
    await kvs.set(key, value, {
      keyPolicy: 'FAIL_IF_EXISTS',
      ...(ttlSeconds === undefined ? {} : { ttl: { value: ttlSeconds, unit: 'SECONDS' as const } }),
    });
    return true;
  } catch (err) {
    // Refused because the key exists (someone holds the claim)? Otherwise it is a real failure.
    if (await isKeyTaken(err, key)) return false;
    throw err;
  }
}
