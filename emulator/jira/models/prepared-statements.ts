import type { Statement } from 'better-sqlite3';
import type { Db } from '../../core/database';

const caches = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement for `sql`, prepared once per database (preparing is the costly part). */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let st = cache.get(sql);
  if (!st) {
    st = db.prepare(sql);
    cache.set(sql, st);
  }
  return st;
}
