import type { Db } from '../core/database';
import { migrate, prepared } from '../core/database';
import type { EntityDefinition } from './manifest';
import type { KvsCondition } from './kvs-conditions';
import { KvsRequestError, matchesCondition, matchesFilters } from './kvs-conditions';
import type { EntityQuery } from './kvs-entities';
import { EntitySchemas, indexOrder } from './kvs-entities';
import {
  checkKey,
  checkLimit,
  checkTransaction,
  checkValue,
  decodeCursor,
  pageOf,
} from './kvs-limits';

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

/**
 * How long an expired value stays readable. Forge: "Expired data is not removed immediately upon
 * expiry. Deletion may take up to 48 hours. During this window, read operations may still return
 * expired results" (storage-reference/kvs-api, TTL). The store keeps expired values for the whole
 * window (the worst case) unless told otherwise.
 */
export const CLOUD_EXPIRED_READABLE_MS = 48 * 3_600_000;

export interface KvsRetention {
  /** Milliseconds an expired value is still returned by reads (and still blocks FAIL_IF_EXISTS). */
  expiredReadableMs: number;
}

function baseNsId(ns: Namespace): string {
  return ns.kind === 'entity' ? `entity:${ns.name}` : ns.kind;
}

/**
 * Forge KVS, secret storage and custom entities in the site's SQLite database, with
 * @forge/kvs's semantics and Forge's documented limits (key format and length, 240 KiB values,
 * 25-operation transactions with unique keys, query limit ≤ 100 with cursors).
 */
export class KvsStore {
  private readonly entities: EntitySchemas;

  /**
   * @param partition the installation's partition: Forge storage is namespaced per installation
   *   ('' for the first installation, so existing local data stays where it was).
   * @param retention how long expired values stay readable (mutable: tests shorten it).
   */
  constructor(
    private readonly db: Db,
    entities: EntityDefinition[],
    private readonly now: () => Date,
    private readonly partition = '',
    private readonly retention: KvsRetention = { expiredReadableMs: CLOUD_EXPIRED_READABLE_MS },
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
    this.entities = new EntitySchemas(entities);
  }

  get(ns: Namespace, key: string): StoredItem | undefined {
    checkKey(key);
    this.checkNamespace(ns);
    const row = prepared(
      this.db,
      'SELECT key, value, created_at, updated_at, expire_at FROM forge_kvs WHERE ns = ? AND key = ?',
    ).get(this.nsId(ns), key) as Row | undefined;
    return row && !this.gone(row) ? toItem(row) : undefined;
  }

  /** Sets a value; returns the previous item (for `returnValue: 'PREVIOUS'`) and the new one. */
  set(
    ns: Namespace,
    key: string,
    value: unknown,
    options: SetOptions = {},
  ): { previous?: StoredItem; latest: StoredItem } {
    checkKey(key);
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
    ).run(this.nsId(ns), key, JSON.stringify(value), createdAt, now, expireAt);
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
    checkKey(key);
    this.checkNamespace(ns);
    return (
      prepared(this.db, 'DELETE FROM forge_kvs WHERE ns = ? AND key = ?').run(this.nsId(ns), key)
        .changes > 0
    );
  }

  /** `kvs.query()`: plain KVS keys in key order, optionally `BEGINS_WITH` a prefix, paged by cursor. */
  query(
    where: KvsCondition[] | undefined,
    limit: number | undefined,
    after: string | undefined,
  ): { data: StoredItem[]; cursor?: string } {
    const size = checkLimit(limit);
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
         WHERE ns = ? AND key > ? AND (expire_at IS NULL OR expire_at > ?) ORDER BY key LIMIT ?`,
    ).all(this.nsId({ kind: 'kv' }), afterKey, this.readableAfter(), 100_000) as Row[];
    const matching = rows.filter((r) => !prefix || matchesCondition(r.key, prefix));
    return pageOf(matching.map(toItem), size, (item) => [item.key]);
  }

  /** `kvs.entity(name).query()`: the items of one partition of an index, in index order. */
  queryEntity(q: EntityQuery): { data: StoredItem[]; cursor?: string } {
    const size = checkLimit(q.limit);
    const entity = this.entities.definition(q.entityName);
    const index = this.entities.index(entity, q.indexName);
    if ((q.partition ?? []).length !== index.partition.length) {
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
    ).all(this.nsId({ kind: 'entity', name: entity.name }), this.readableAfter()) as Row[];
    const items = indexOrder(rows.map(toItem), index, q);
    let start = 0;
    if (q.cursor) {
      const [lastKey] = decodeCursor(q.cursor);
      const idx = items.findIndex((i) => i.key === lastKey);
      start = idx < 0 ? items.length : idx + 1;
    }
    return pageOf(items.slice(start), size, (item) => [item.key]);
  }

  /** Runs all operations atomically; any failed condition or limit leaves everything unchanged. */
  transact(request: TransactionRequest): void {
    checkTransaction([...(request.set ?? []), ...(request.delete ?? []), ...(request.check ?? [])]);
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

  private checkNamespace(ns: Namespace): void {
    if (ns.kind === 'entity') this.entities.definition(ns.name);
  }

  private checkValue(ns: Namespace, value: unknown): void {
    checkValue(value);
    if (ns.kind === 'entity') this.entities.checkValue(ns.name, value);
  }

  private nsId(ns: Namespace): string {
    return this.partition ? `${this.partition}|${baseNsId(ns)}` : baseNsId(ns);
  }

  /** Values that expired before this instant are deleted (the end of the readable window). */
  private readableAfter(): number {
    return this.now().getTime() - this.retention.expiredReadableMs;
  }

  /** Expired and past the readable window: deleted, as Forge's asynchronous deletion would have. */
  private gone(row: Row): boolean {
    return row.expire_at !== null && row.expire_at <= this.readableAfter();
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
