import { KvsRequestError } from './kvs-conditions';

/**
 * Forge storage's documented limits: key format and length, 240 KiB values at most 32 levels
 * deep, 25-operation transactions and batches, query limit 1–100 with opaque cursors.
 */
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const MAX_KEY_LENGTH = 500;
const MAX_VALUE_BYTES = 240 * 1024;
const MAX_OBJECT_DEPTH = 31;
export const MAX_TRANSACTION_OPS = 25;
export const MAX_BATCH_ITEMS = 25;
const DEFAULT_QUERY_LIMIT = 10;
const MAX_QUERY_LIMIT = 100;

function depth(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  const children = Array.isArray(v) ? v : Object.values(v);
  return 1 + children.reduce<number>((m, c) => Math.max(m, depth(c)), 0);
}

export function checkKey(key: string): void {
  if (
    typeof key !== 'string' ||
    key.length === 0 ||
    key.length > MAX_KEY_LENGTH ||
    !KEY_PATTERN.test(key)
  ) {
    throw new KvsRequestError(
      400,
      'INVALID_KEY',
      `Invalid key '${String(key).slice(0, 60)}': keys are 1-${MAX_KEY_LENGTH} characters of a-z A-Z 0-9 : . _ - # and spaces`,
    );
  }
}

/** A value must be given, fit in 240 KiB of JSON and nest at most 31 objects deep. */
export function checkValue(value: unknown): void {
  if (value === undefined) throw new KvsRequestError(400, 'INVALID_VALUE', 'A value is required');
  const size = Buffer.byteLength(JSON.stringify(value));
  if (size > MAX_VALUE_BYTES) {
    throw new KvsRequestError(
      413,
      'VALUE_TOO_LARGE',
      `The value is ${size} bytes; the maximum is ${MAX_VALUE_BYTES} bytes (240 KiB)`,
    );
  }
  if (depth(value) > MAX_OBJECT_DEPTH)
    throw new KvsRequestError(
      400,
      'INVALID_VALUE',
      `Objects can be at most ${MAX_OBJECT_DEPTH} levels deep`,
    );
}

/** The page size of a query: the limit asked for (1–100), 10 by default. */
export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_QUERY_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) {
    throw new KvsRequestError(
      400,
      'INVALID_LIMIT',
      `limit must be an integer between 1 and ${MAX_QUERY_LIMIT}`,
    );
  }
  return limit;
}

/** The transaction's operations, if there are 1–25 of them and each key is used once. */
export function checkTransaction(ops: { key: string; entityName?: string }[]): void {
  if (ops.length === 0)
    throw new KvsRequestError(
      400,
      'INVALID_TRANSACTION',
      'A transaction needs at least one operation',
    );
  if (ops.length > MAX_TRANSACTION_OPS) {
    throw new KvsRequestError(
      400,
      'TOO_MANY_OPERATIONS',
      `A transaction can contain at most ${MAX_TRANSACTION_OPS} operations (got ${ops.length})`,
    );
  }
  const seen = new Set<string>();
  for (const op of ops) {
    const id = `${op.entityName ?? ''}\u0000${op.key}`;
    if (seen.has(id))
      throw new KvsRequestError(
        400,
        'DUPLICATE_KEY',
        `Each key can only be used once in a transaction: '${op.key}'`,
      );
    seen.add(id);
  }
}

export function encodeCursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  throw new KvsRequestError(400, 'INVALID_CURSOR', 'The cursor is not valid');
}

/** The first `size` items, and a cursor after the last of them when more follow. */
export function pageOf<T>(
  items: T[],
  size: number,
  cursorOf: (item: T) => unknown[],
): { data: T[]; cursor?: string } {
  const data = items.slice(0, size);
  const last = data[data.length - 1];
  return items.length > size && last ? { data, cursor: encodeCursor(cursorOf(last)) } : { data };
}
