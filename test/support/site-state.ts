import crypto from 'node:crypto';
import type { RunningSite } from '../../emulator/core/site';

/**
 * A digest of everything the site stores (Jira, Confluence, the app's KVS, users), table by table:
 * two equal digests mean nothing was written in between.
 */
export function siteState(site: RunningSite): Record<string, string> {
  const db = site.ctx.db;
  const tables = (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  return Object.fromEntries(
    tables.map((table) => {
      // Rows in a stable order whatever the table's keys (some tables have no rowid).
      const rows = db
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
      return [table, crypto.createHash('sha256').update(rows.join('\n')).digest('hex')];
    }),
  );
}
