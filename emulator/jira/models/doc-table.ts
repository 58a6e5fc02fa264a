import type { Db } from '../../core/database';
import { migrate } from '../../core/database';

/**
 * A table of JSON documents keyed by id (numeric ids sort numerically). Models of small
 * resource families (issue types, priorities, link types …) keep their rows here.
 */
export class DocTable<T extends { id: string }> {
  constructor(
    private readonly db: Db,
    private readonly table: string,
  ) {
    migrate(db, `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
  }

  get(id: string): T | undefined {
    const row = this.db.prepare(`SELECT doc FROM ${this.table} WHERE id = ?`).get(id) as
      | { doc: string }
      | undefined;
    return row ? (JSON.parse(row.doc) as T) : undefined;
  }

  all(): T[] {
    const rows = this.db
      .prepare(`SELECT doc FROM ${this.table} ORDER BY CAST(id AS INTEGER), id`)
      .all() as { doc: string }[];
    return rows.map((r) => JSON.parse(r.doc) as T);
  }

  put(doc: T): T {
    this.db
      .prepare(
        `INSERT INTO ${this.table} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`,
      )
      .run(doc.id, JSON.stringify(doc));
    return doc;
  }

  delete(id: string): boolean {
    return this.db.prepare(`DELETE FROM ${this.table} WHERE id = ?`).run(id).changes > 0;
  }
}
