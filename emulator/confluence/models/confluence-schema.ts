import type { Db } from '../../core/database';
import { migrate } from '../../core/database';

/** Tables of the Confluence emulator. Ids are numeric, as Confluence Cloud's are. */
export function migrateConfluence(db: Db): void {
  migrate(
    db,
    `CREATE TABLE IF NOT EXISTS cf_spaces (
       id INTEGER PRIMARY KEY,
       key TEXT NOT NULL UNIQUE,
       name TEXT NOT NULL,
       type TEXT NOT NULL,
       status TEXT NOT NULL,
       author_id TEXT NOT NULL,
       created_at TEXT NOT NULL,
       homepage_id INTEGER,
       description TEXT NOT NULL DEFAULT '',
       reader_groups TEXT NOT NULL,
       editor_groups TEXT
     );
     CREATE TABLE IF NOT EXISTS cf_pages (
       id INTEGER PRIMARY KEY,
       space_id INTEGER NOT NULL REFERENCES cf_spaces(id),
       parent_id INTEGER REFERENCES cf_pages(id),
       position INTEGER NOT NULL,
       status TEXT NOT NULL,
       title TEXT NOT NULL,
       author_id TEXT NOT NULL,
       owner_id TEXT NOT NULL,
       last_owner_id TEXT,
       created_at TEXT NOT NULL,
       version_number INTEGER NOT NULL
     );
     CREATE INDEX IF NOT EXISTS cf_pages_space ON cf_pages(space_id, status);
     CREATE INDEX IF NOT EXISTS cf_pages_parent ON cf_pages(parent_id);
     CREATE TABLE IF NOT EXISTS cf_page_versions (
       page_id INTEGER NOT NULL REFERENCES cf_pages(id) ON DELETE CASCADE,
       number INTEGER NOT NULL,
       title TEXT NOT NULL,
       status TEXT NOT NULL,
       body_representation TEXT NOT NULL,
       body_value TEXT NOT NULL,
       author_id TEXT NOT NULL,
       created_at TEXT NOT NULL,
       message TEXT NOT NULL DEFAULT '',
       minor_edit INTEGER NOT NULL DEFAULT 0,
       PRIMARY KEY (page_id, number)
     );
     CREATE TABLE IF NOT EXISTS cf_page_properties (
       id INTEGER PRIMARY KEY,
       page_id INTEGER NOT NULL REFERENCES cf_pages(id) ON DELETE CASCADE,
       key TEXT NOT NULL,
       value TEXT NOT NULL,
       version_number INTEGER NOT NULL,
       version_author_id TEXT NOT NULL,
       version_created_at TEXT NOT NULL,
       version_message TEXT NOT NULL DEFAULT '',
       version_minor_edit INTEGER NOT NULL DEFAULT 0,
       UNIQUE (page_id, key)
     );`,
  );
  // Sites saved before spaces had editor groups: add the column (NULL = the reader groups edit).
  const spaceColumns = db.prepare('PRAGMA table_info(cf_spaces)').all() as { name: string }[];
  if (!spaceColumns.some((c) => c.name === 'editor_groups')) {
    db.exec('ALTER TABLE cf_spaces ADD COLUMN editor_groups TEXT');
  }
}
