import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the site's SQLite database under `dataDir`.
 * `dataDir` ':memory:' gives an in-memory database for tests.
 */
export function openDatabase(dataDir: string): Db {
  if (dataDir === ':memory:') {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    return db;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'site.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Each model module registers the DDL it needs; statements must be idempotent (IF NOT EXISTS). */
export function migrate(db: Db, ddl: string): void {
  db.exec(ddl);
}

const statementCaches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The statement for `sql`, prepared once per database and SQL text: preparing dominates the cost
 * of the small, hot queries of the models. Every model prepares its statements here.
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statementCaches.get(db);
  if (!cache) {
    cache = new Map();
    statementCaches.set(db, cache);
  }
  let st = cache.get(sql);
  if (!st) {
    st = db.prepare(sql);
    cache.set(sql, st);
  }
  return st;
}

/** Small key/value table for site-level counters and flags (e.g. "seeded"). */
export class SiteMeta {
  constructor(private readonly db: Db) {
    migrate(db, `CREATE TABLE IF NOT EXISTS site_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  }

  get(key: string): string | undefined {
    const row = prepared(this.db, 'SELECT value FROM site_meta WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  set(key: string, value: string): void {
    prepared(
      this.db,
      'INSERT INTO site_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }

  /** Atomically increments and returns a named counter (ids, issue numbers, …). */
  next(counter: string, start = 10000): number {
    const key = `counter:${counter}`;
    const current = Number(this.get(key) ?? String(start));
    const next = current + 1;
    this.set(key, String(next));
    return next;
  }
}
