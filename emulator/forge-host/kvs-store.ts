import type { Db } from '../core/database';
import { migrate, prepared } from '../core/database';
import type { EntityDefinition } from './manifest';
import type { KvsCondition } from './kvs-conditions';
import { KvsRequestError, matchesCondition, matchesFilters } from './kvs-conditions';

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const MAX_KEY_LENGTH = 500;
const MAX_VALUE_BYTES = 240 * 1024;
const MAX_OBJECT_DEPTH = 31;
export const MAX_TRANSACTION_OPS = 25;
export const MAX_BATCH_ITEMS = 25;
const DEFAULT_QUERY_LIMIT = 10;
const MAX_QUERY_LIMIT = 100;

/** Namespace of a stored item: plain KVS, secret storage, or a custom entity. */
export type Namespace = { kind: 'kv' } | { kind: 'secret' } | { kind: 'entity'; name: string };

export interface StoredItem {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireTime?: string;
}

export interface SetOptions {
  ttl?: { value: number; unit: 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS' };
  keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
  returnValue?: 'PREVIOUS' | 'LATEST';
}

export interface EntityQuery {
  entityName: string;
  indexName: string;
  partition?: unknown[];
  range?: KvsCondition;
  filters?: { and?: KvsCondition[]; or?: KvsCondition[] };
  sort?: 'ASC' | 'DESC';
  limit?: number;
  cursor?: string;
}

export interface TransactionRequest {
  set?: {
    key: string;
    value: unknown;
    entityName?: string;
    conditions?: { and?: KvsCondition[]; or?: KvsCondition[] };
    options?: SetOptions;
  }[];
  delete?: {
    key: string;
    entityName?: string;
    conditions?: { and?: KvsCondition[]; or?: KvsCondition[] };
  }[];
  check?: {
    key: string;
    entityName?: string;
    conditions: { and?: KvsCondition[]; or?: KvsCondition[] };
  }[];
}

const TTL_MS = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

function nsId(ns: Namespace): string {
  return ns.kind === 'entity' ? `entity:${ns.name}` : ns.kind;
}

function depth(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  const children = Array.isArray(v) ? v : Object.values(v);
  return 1 + children.reduce<number>((m, c) => Math.max(m, depth(c)), 0);
}

function encodeCursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function decodeCursor(cursor: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  throw new KvsRequestError(400, 'INVALID_CURSOR', 'The cursor is not valid');
}

/**
 * Forge KVS, secret storage and custom entities in the site's SQLite database, with
 * @forge/kvs's semantics and Forge's documented limits (key format and length, 240 KiB values,
 * 25-operation transactions with unique keys, query limit ≤ 100 with cursors).
 */
export class KvsStore {
  private readonly entities: Map<string, EntityDefinition>;

  constructor(
    private readonly db: Db,
    entities: EntityDefinition[],
    private readonly now: () => Date,
  ) {
    migrate(
      db,
      `CREATE TABLE IF NOT EXISTS forge_kvs (
         ns TEXT NOT NULL,
         key TEXT NOT NULL,
         value TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         updated_at INTEGER NOT NULL,
         expire_at INTEGER,
         PRIMARY KEY (ns, key)
       )`,
    );
    this.entities = new Map(entities.map((e) => [e.name, e]));
  }

  get(ns: Namespace, key: string): StoredItem | undefined {
    this.checkKey(key);
    this.checkNamespace(ns);
    const row = prepared(
      this.db,
      'SELECT key, value, created_at, updated_at, expire_at FROM forge_kvs WHERE ns = ? AND key = ?',
    ).get(nsId(ns), key) as Row | undefined;
    return row && !this.expired(row) ? toItem(row) : undefined;
  }

  /** Sets a value; returns the previous item (for `returnValue: 'PREVIOUS'`) and the new one. */
  set(
    ns: Namespace,
    key: string,
    value: unknown,
    options: SetOptions = {},
  ): { previous?: StoredItem; latest: StoredItem } {
    this.checkKey(key);
    this.checkNamespace(ns);
    this.checkValue(ns, value);
    const previous = this.get(ns, key);
    if (previous && options.keyPolicy === 'FAIL_IF_EXISTS') {
      throw new KvsRequestError(409, 'KEY_ALREADY_EXISTS', `The key '${key}' already exists`);
    }
    const now = this.now().getTime();
    const expireAt = options.ttl ? now + options.ttl.value * TTL_MS[options.ttl.unit] : null;
    const createdAt = previous?.createdAt ?? now;
    prepared(
      this.db,
      `INSERT INTO forge_kvs (ns, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(ns, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
           updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
    ).run(nsId(ns), key, JSON.stringify(value), createdAt, now, expireAt);
    const latest: StoredItem = {
      key,
      value,
      createdAt,
      updatedAt: now,
      ...(expireAt ? { expireTime: new Date(expireAt).toISOString() } : {}),
    };
    return { previous, latest };
  }

  /** Deletes a key; false when there was nothing to delete. */
  delete(ns: Namespace, key: string): boolean {
    this.checkKey(key);
    this.checkNamespace(ns);
    return (
      prepared(this.db, 'DELETE FROM forge_kvs WHERE ns = ? AND key = ?').run(nsId(ns), key)
        .changes > 0
    );
  }

  /** `kvs.query()`: plain KVS keys in key order, optionally `BEGINS_WITH` a prefix, paged by cursor. */
  query(
    where: KvsCondition[] | undefined,
    limit: number | undefined,
    after: string | undefined,
  ): { data: StoredItem[]; cursor?: string } {
    const size = this.checkLimit(limit);
    const prefix = where?.[0];
    if (where && where.length > 1)
      throw new KvsRequestError(400, 'INVALID_QUERY', 'Only one where condition is supported');
    if (prefix && (prefix.property !== 'key' || prefix.condition !== 'BEGINS_WITH')) {
      throw new KvsRequestError(
        400,
        'INVALID_QUERY',
        "Only where('key', beginsWith(...)) is supported",
      );
    }
    const afterKey = after === undefined ? '' : String(decodeCursor(after)[0] ?? '');
    const rows = prepared(
      this.db,
      `SELECT key, value, created_at, updated_at, expire_at FROM forge_kvs
         WHERE ns = 'kv' AND key > ? AND (expire_at IS NULL OR expire_at > ?) ORDER BY key LIMIT ?`,
    ).all(afterKey, this.now().getTime(), 100_000) as Row[];
    const matching = rows.filter((r) => !prefix || matchesCondition(r.key, prefix));
    return this.page(matching.map(toItem), size, (item) => [item.key]);
  }

  queryEntity(q: EntityQuery): { data: StoredItem[]; cursor?: string } {
    const size = this.checkLimit(q.limit);
    const entity = this.entityDefinition(q.entityName);
    const index = this.indexOf(entity, q.indexName);
    const partition = q.partition ?? [];
    if (partition.length !== index.partition.length) {
      throw new KvsRequestError(
        400,
        'INVALID_QUERY',
        `Index '${index.name}' of entity '${entity.name}' needs ${index.partition.length} partition value(s)`,
      );
    }
    const rows = prepared(
      this.db,
      `SELECT key, value, created_at, updated_at, expire_at FROM forge_kvs
         WHERE ns = ? AND (expire_at IS NULL OR expire_at > ?)`,
    ).all(nsId({ kind: 'entity', name: entity.name }), this.now().getTime()) as Row[];
    const rangeAttr = index.range[0] ?? '';
    const items = rows
      .map(toItem)
      .filter((item) => {
        const v = item.value as Record<string, unknown>;
        if (!index.partition.every((attr, i) => v[attr] === partition[i])) return false;
        if (v[rangeAttr] === undefined) return false;
        if (q.range && !matchesCondition(v[rangeAttr], q.range)) return false;
        return matchesFilters(v, q.filters);
      })
      .sort((a, b) => {
        const x = (a.value as Record<string, unknown>)[rangeAttr];
        const y = (b.value as Record<string, unknown>)[rangeAttr];
        const c =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x).localeCompare(String(y));
        return c !== 0 ? c : a.key.localeCompare(b.key);
      });
    if (q.sort === 'DESC') items.reverse();
    let start = 0;
    if (q.cursor) {
      const [lastKey] = decodeCursor(q.cursor);
      const idx = items.findIndex((i) => i.key === lastKey);
      start = idx < 0 ? items.length : idx + 1;
    }
    return this.page(items.slice(start), size, (item) => [item.key]);
  }

  /** Runs all operations atomically; any failed condition or limit leaves everything unchanged. */
  transact(request: TransactionRequest): void {
    const ops = [...(request.set ?? []), ...(request.delete ?? []), ...(request.check ?? [])];
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
    const nsOf = (entityName?: string): Namespace =>
      entityName ? { kind: 'entity', name: entityName } : { kind: 'kv' };
    const checkCondition = (op: {
      key: string;
      entityName?: string;
      conditions?: { and?: KvsCondition[]; or?: KvsCondition[] };
    }): void => {
      if (!op.conditions) return;
      const current = this.get(nsOf(op.entityName), op.key)?.value as
        Record<string, unknown> | undefined;
      if (!matchesFilters(current, op.conditions)) {
        throw new KvsRequestError(
          409,
          'CONDITION_FAILED',
          `The condition on key '${op.key}' was not met; the transaction was not applied`,
        );
      }
    };
    this.db.transaction(() => {
      for (const c of request.check ?? []) checkCondition(c);
      for (const s of request.set ?? []) {
        checkCondition(s);
        this.set(nsOf(s.entityName), s.key, s.value, s.options ?? {});
      }
      for (const d of request.delete ?? []) {
        checkCondition(d);
        this.delete(nsOf(d.entityName), d.key);
      }
    })();
  }

  private page(
    items: StoredItem[],
    size: number,
    cursorOf: (i: StoredItem) => unknown[],
  ): { data: StoredItem[]; cursor?: string } {
    const data = items.slice(0, size);
    const last = data[data.length - 1];
    return items.length > size && last ? { data, cursor: encodeCursor(cursorOf(last)) } : { data };
  }

  private checkLimit(limit: number | undefined): number {
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

  private checkKey(key: string): void {
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

  private checkNamespace(ns: Namespace): void {
    if (ns.kind === 'entity') this.entityDefinition(ns.name);
  }

  private checkValue(ns: Namespace, value: unknown): void {
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
    if (ns.kind !== 'entity') return;
    const entity = this.entityDefinition(ns.name);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new KvsRequestError(
        400,
        'INVALID_VALUE',
        `A value of entity '${entity.name}' must be an object`,
      );
    }
    for (const [attr, v] of Object.entries(value)) {
      const def = entity.attributes[attr];
      if (!def)
        throw new KvsRequestError(
          400,
          'INVALID_VALUE',
          `Entity '${entity.name}' has no attribute '${attr}'`,
        );
      if (!attributeAccepts(def.type, v)) {
        throw new KvsRequestError(
          400,
          'INVALID_VALUE',
          `Attribute '${attr}' of entity '${entity.name}' must be of type ${def.type}`,
        );
      }
    }
  }

  private entityDefinition(name: string): EntityDefinition {
    const e = this.entities.get(name);
    if (!e)
      throw new KvsRequestError(
        400,
        'ENTITY_NOT_FOUND',
        `No entity '${name}' is defined in manifest.yml (app.storage.entities)`,
      );
    return e;
  }

  private indexOf(
    entity: EntityDefinition,
    name: string,
  ): { name: string; range: string[]; partition: string[] } {
    for (const idx of entity.indexes ?? []) {
      if (typeof idx === 'string' && idx === name) return { name, range: [idx], partition: [] };
      if (typeof idx !== 'string' && idx.name === name)
        return { name, range: idx.range, partition: idx.partition ?? [] };
    }
    throw new KvsRequestError(
      400,
      'INDEX_NOT_FOUND',
      `Entity '${entity.name}' has no index '${name}'`,
    );
  }

  private expired(row: Row): boolean {
    return row.expire_at !== null && row.expire_at <= this.now().getTime();
  }
}

interface Row {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

function toItem(row: Row): StoredItem {
  return {
    key: row.key,
    value: JSON.parse(row.value) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.expire_at !== null ? { expireTime: new Date(row.expire_at).toISOString() } : {}),
  };
}

function attributeAccepts(type: string, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return Number.isInteger(v);
    case 'float':
      return typeof v === 'number';
    default:
      return true;
  }
}
