import { createHash } from 'node:crypto';

/**
 * Stable content hashes for frozen records (approved SoA snapshots, held management reviews).
 * Canonical JSON: object keys sorted, `undefined` properties dropped, arrays kept in order, no
 * whitespace; values JSON cannot represent faithfully are refused rather than silently changed.
 * The only Node dependency of the domain lives here (Forge runs on Node).
 */
export function canonicalJson(value: unknown): string {
  try {
    return serialize(value);
  } catch (error) {
    if (error instanceof Unhashable) throw new TypeError(error.describe(pathToUnhashable(value)));
    throw error;
  }
}

/** A value canonical JSON refuses; its path is found afterwards (the fast path keeps none). */
class Unhashable extends Error {
  constructor(readonly describe: (path: string) => string) {
    super('unhashable');
  }
}

function refusal(value: unknown): Unhashable | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value)
        ? undefined
        : new Unhashable((path) => `Cannot hash ${String(value)} at ${path}`);
    case 'string':
    case 'boolean':
    case 'undefined':
      return undefined;
    case 'object':
      return value === null || Array.isArray(value) || isPlainObject(value)
        ? undefined
        : new Unhashable(
            (path) => `Cannot hash a ${value.constructor.name} at ${path}: use plain data`,
          );
    default:
      return new Unhashable((path) => `Cannot hash a ${typeof value} at ${path}`);
  }
}

/**
 * The canonical text, built by appending to one string (linear in the size of the value: no
 * per-level arrays, joins or paths).
 */
function serialize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw refusal(value) as Unhashable;
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i += 1) {
          if (i > 0) text += ',';
          text += serialize((value[i] as unknown) ?? null);
        }
        return `${text}]`;
      }
      if (!isPlainObject(value)) throw refusal(value) as Unhashable;
      const record = value as Record<string, unknown>;
      let text = '{';
      for (const key of Object.keys(record).sort()) {
        const inner = record[key];
        if (inner === undefined) continue;
        if (text.length > 1) text += ',';
        text += keyJson(key) + serialize(inner);
      }
      return `${text}}`;
    }
    default:
      throw refusal(value) as Unhashable;
  }
}

/** `"key":` for an object key; records reuse a few keys many times, so each is written once. */
const KEY_TEXT = new Map<string, string>();
const KEY_TEXT_MAX = 10_000;
function keyJson(key: string): string {
  let known = KEY_TEXT.get(key);
  if (known === undefined) {
    known = `${JSON.stringify(key)}:`;
    if (KEY_TEXT.size < KEY_TEXT_MAX) KEY_TEXT.set(key, known);
  }
  return known;
}

/** Where the first value canonical JSON refuses sits (`$.a[0]`), in the order serialize meets it. */
function pathToUnhashable(value: unknown, path = '$'): string {
  if (refusal(value)) return path;
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const found = pathToUnhashable(value[i] as unknown, `${path}[${i}]`);
        if (found) return found;
      }
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record).sort()) {
        const found = pathToUnhashable(record[key], `${path}.${key}`);
        if (found) return found;
      }
    }
  }
  return '';
}

/** A plain object from any realm (its prototype is null or an `Object.prototype`). */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** `sha256:<64 hex digits>` over the canonical JSON of `value`. */
export function contentHash(value: unknown): string {
  return hashOfCanonicalJson(canonicalJson(value));
}

/**
 * `sha256:<64 hex digits>` over text that already IS canonical JSON (e.g. put together from parts
 * made by canonicalJson), so the same hash as contentHash of the value it stands for.
 */
export function hashOfCanonicalJson(canonical: string): string {
  return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}

export { CONTENT_HASH_PATTERN } from './content-hash-pattern';
