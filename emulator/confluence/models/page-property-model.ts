import type { SiteContext } from '../../core/context';
import { prepared } from '../../core/database';
import type { SiteUser } from '../../core/users';
import { confluenceBadRequest, confluenceNotFound } from '../../core/errors';
import type { PageVersionInfo } from './page-types';
import { requireNextVersion } from './version-check';

export interface ContentProperty {
  id: string;
  pageId: string;
  key: string;
  value: unknown;
  version: PageVersionInfo;
}

interface PropertyRow {
  id: number;
  page_id: number;
  key: string;
  value: string;
  version_number: number;
  version_author_id: string;
  version_created_at: string;
  version_message: string;
  version_minor_edit: number;
}

function toProperty(row: PropertyRow): ContentProperty {
  return {
    id: String(row.id),
    pageId: String(row.page_id),
    key: row.key,
    value: JSON.parse(row.value) as unknown,
    version: {
      number: row.version_number,
      createdAt: row.version_created_at,
      message: row.version_message,
      minorEdit: row.version_minor_edit === 1,
      authorId: row.version_author_id,
    },
  };
}

const MAX_KEY_LENGTH = 255;
/** Confluence caps a content property value at 32 KB of JSON. */
const MAX_VALUE_BYTES = 32 * 1024;

function checkKeyAndValue(key: string, value: unknown): string {
  if (!key || key.length > MAX_KEY_LENGTH) {
    throw confluenceBadRequest(`Property key must be 1 to ${MAX_KEY_LENGTH} characters long.`);
  }
  if (value === undefined) throw confluenceBadRequest('Property value is required.');
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json) > MAX_VALUE_BYTES) {
    throw confluenceBadRequest(`Property value must be at most ${MAX_VALUE_BYTES} bytes of JSON.`);
  }
  return json;
}

/** Content properties on pages (not versioned with the page; each property has its own version). */
export class PagePropertyModel {
  constructor(private readonly ctx: SiteContext) {}

  list(pageId: string, options: { key?: string; sort?: 'key' | '-key' } = {}): ContentProperty[] {
    const rows = prepared(
      this.ctx.db,
      `SELECT * FROM cf_page_properties WHERE page_id = ? ${options.key !== undefined ? 'AND key = ?' : ''}
         ORDER BY ${options.sort === '-key' ? 'key DESC' : options.sort === 'key' ? 'key ASC' : 'id ASC'}`,
    ).all(
      ...[Number(pageId), ...(options.key !== undefined ? [options.key] : [])],
    ) as PropertyRow[];
    return rows.map(toProperty);
  }

  byId(pageId: string, propertyId: string): ContentProperty | undefined {
    if (!/^\d+$/.test(propertyId)) return undefined;
    const row = prepared(
      this.ctx.db,
      'SELECT * FROM cf_page_properties WHERE id = ? AND page_id = ?',
    ).get(Number(propertyId), Number(pageId)) as PropertyRow | undefined;
    return row ? toProperty(row) : undefined;
  }

  byKey(pageId: string, key: string): ContentProperty | undefined {
    return this.list(pageId, { key })[0];
  }

  create(pageId: string, input: { key: string; value: unknown }, actor: SiteUser): ContentProperty {
    const json = checkKeyAndValue(input.key, input.value);
    return this.ctx.db.transaction(() => {
      if (this.byKey(pageId, input.key)) {
        throw confluenceBadRequest(
          `A property with key '${input.key}' already exists on content ${pageId}.`,
        );
      }
      const id = this.ctx.meta.next('confluence-property', 1000000);
      prepared(
        this.ctx.db,
        `INSERT INTO cf_page_properties (id, page_id, key, value, version_number, version_author_id, version_created_at)
           VALUES (?, ?, ?, ?, 1, ?, ?)`,
      ).run(id, Number(pageId), input.key, json, actor.accountId, this.ctx.now().toISOString());
      return this.byId(pageId, String(id))!;
    })();
  }

  /** Replaces the value; `version.number` must be the current version + 1 (409 otherwise). */
  update(
    pageId: string,
    propertyId: string,
    input: {
      key?: string;
      value: unknown;
      version: { number: number; message?: string; minorEdit?: boolean };
    },
    actor: SiteUser,
  ): ContentProperty {
    return this.ctx.db.transaction(() => {
      const current = this.byId(pageId, propertyId);
      if (!current) throw confluenceNotFound();
      if (input.key !== undefined && input.key !== current.key) {
        throw confluenceBadRequest(`Property key cannot be changed (was '${current.key}').`);
      }
      const json = checkKeyAndValue(current.key, input.value);
      requireNextVersion(current.version.number, input.version.number);
      prepared(
        this.ctx.db,
        `UPDATE cf_page_properties SET value = ?, version_number = ?, version_author_id = ?, version_created_at = ?,
             version_message = ?, version_minor_edit = ? WHERE id = ?`,
      ).run(
        json,
        input.version.number,
        actor.accountId,
        this.ctx.now().toISOString(),
        input.version.message ?? '',
        input.version.minorEdit ? 1 : 0,
        Number(propertyId),
      );
      return this.byId(pageId, propertyId)!;
    })();
  }

  delete(pageId: string, propertyId: string): void {
    const result = prepared(
      this.ctx.db,
      'DELETE FROM cf_page_properties WHERE id = ? AND page_id = ?',
    ).run(Number(propertyId), Number(pageId));
    if (result.changes === 0) throw confluenceNotFound();
  }
}
