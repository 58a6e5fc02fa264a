import type { Statement } from 'better-sqlite3';
import type { Db } from '../../core/database';
import { migrate } from '../../core/database';

/**
 * A table of JSON documents keyed by id (numeric ids sort numerically). Models of small
 * resource families (issue types, priorities, link types …) keep their rows here. Rows are
 * cached in memory (this process is the database's only writer); writes refresh the cache.
 * `get`/`all`/`find`/`filter` hand out copies (callers may modify them); the `shared*` reads
 * hand out the cached rows themselves, deep-frozen, for hot read-only paths.
 */
export class DocTable<T extends { id: string }> {
  private cache: { list: T[]; byId: Map<string, T> } | undefined;
  private readonly selectAll: Statement;
  private readonly upsert: Statement;
  private readonly remove: Statement;

  constructor(
    db: Db,
    private readonly table: string,
  ) {
    migrate(db, `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    this.selectAll = db.prepare(`SELECT doc FROM ${table} ORDER BY CAST(id AS INTEGER), id`);
    this.upsert = db.prepare(
      `INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`,
    );
    this.remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  }

  get(id: string): T | undefined {
    return copy(this.rows().byId.get(id));
  }

  all(): T[] {
    return this.rows().list.map((d) => copy(d) as T);
  }

  /** First row matching `predicate` (which must not modify the row). */
  find(predicate: (doc: Readonly<T>) => boolean): T | undefined {
    return copy(this.rows().list.find(predicate));
  }

  /** Rows matching `predicate` (which must not modify the rows). */
  filter(predicate: (doc: Readonly<T>) => boolean): T[] {
    return this.rows()
      .list.filter(predicate)
      .map((d) => copy(d) as T);
  }

  sharedGet(id: string): T | undefined {
    return this.rows().byId.get(id);
  }

  sharedAll(): readonly T[] {
    return this.rows().list;
  }

  sharedFind(predicate: (doc: Readonly<T>) => boolean): T | undefined {
    return this.rows().list.find(predicate);
  }

  sharedFilter(predicate: (doc: Readonly<T>) => boolean): T[] {
    return this.rows().list.filter(predicate);
  }

  put(doc: T): T {
    this.upsert.run(doc.id, JSON.stringify(doc));
    this.cache = undefined;
    return doc;
  }

  delete(id: string): boolean {
    this.cache = undefined;
    return this.remove.run(id).changes > 0;
  }

  private rows(): { list: T[]; byId: Map<string, T> } {
    if (!this.cache) {
      const list = (this.selectAll.all() as { doc: string }[]).map((r) =>
        deepFreeze(JSON.parse(r.doc) as T),
      );
      this.cache = { list, byId: new Map(list.map((d) => [d.id, d])) };
    }
    return this.cache;
  }
}

function copy<D>(doc: D): D {
  return doc === undefined ? doc : (JSON.parse(JSON.stringify(doc)) as D);
}

function deepFreeze<D>(value: D): D {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
