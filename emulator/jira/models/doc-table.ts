import type { Db } from '../../core/database';
import { migrate } from '../../core/database';

/**
 * A table of JSON documents keyed by id (numeric ids sort numerically). Models of small
 * resource families (issue types, priorities, link types …) keep their rows here. Rows are
 * cached in memory (this process is the database's only writer); writes refresh the cache.
 */
export class DocTable<T extends { id: string }> {
  private cache: T[] | undefined;

  constructor(
    private readonly db: Db,
    private readonly table: string,
  ) {
    migrate(db, `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
  }

  get(id: string): T | undefined {
    if (this.cache) return clone(this.cache.find((d) => d.id === id));
    const row = this.db.prepare(`SELECT doc FROM ${this.table} WHERE id = ?`).get(id) as
      { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as T) : undefined;
  }

  all(): T[] {
    if (!this.cache) {
      const rows = this.db
        .prepare(`SELECT doc FROM ${this.table} ORDER BY CAST(id AS INTEGER), id`)
        .all() as { doc: string }[];
      this.cache = rows.map((r) => JSON.parse(r.doc) as T);
    }
    return this.cache.map((d) => clone(d) as T);
  }

  put(doc: T): T {
    this.db
      .prepare(
        `INSERT INTO ${this.table} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`,
      )
      .run(doc.id, JSON.stringify(doc));
    this.cache = undefined;
    return doc;
  }

  delete(id: string): boolean {
    this.cache = undefined;
    return this.db.prepare(`DELETE FROM ${this.table} WHERE id = ?`).run(id).changes > 0;
  }
}

/** Callers may modify what they get; the cache keeps its own copy. */
function clone<D>(doc: D): D {
  return doc === undefined ? doc : (structuredClone(doc) as D);
}
