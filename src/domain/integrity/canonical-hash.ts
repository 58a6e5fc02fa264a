import { createHash } from 'node:crypto';

/**
 * Stable content hashes for frozen records (approved SoA snapshots, held management reviews).
 * Canonical JSON: object keys sorted, `undefined` properties dropped, arrays kept in order, no
 * whitespace; values JSON cannot represent faithfully are refused rather than silently changed.
 * The only Node dependency of the domain lives here (Forge runs on Node).
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, '$');
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Cannot hash ${String(value)} at ${path}`);
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => serialize(item ?? null, `${path}[${i}]`)).join(',')}]`;
      }
      if (!isPlainObject(value)) {
        throw new TypeError(`Cannot hash a ${value.constructor.name} at ${path}: use plain data`);
      }
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map(
          (key) =>
            `${JSON.stringify(key)}:${serialize((value as Record<string, unknown>)[key], `${path}.${key}`)}`,
        )
        .join(',')}}`;
    default:
      throw new TypeError(`Cannot hash a ${typeof value} at ${path}`);
  }
}

/** A plain object from any realm (its prototype is null or an `Object.prototype`). */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** `sha256:<64 hex digits>` over the canonical JSON of `value`. */
export function contentHash(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex')}`;
}

export { CONTENT_HASH_PATTERN } from './content-hash-pattern';
