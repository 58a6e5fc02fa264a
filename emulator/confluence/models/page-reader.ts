import type { SiteContext } from '../../core/context';
import { prepared } from '../../core/database';
import type { Page, PageBody, PageStatus, PageVersionInfo } from './page-types';

export interface PageRow {
  id: number;
  space_id: number;
  parent_id: number | null;
  position: number;
  status: PageStatus;
  title: string;
  author_id: string;
  owner_id: string;
  last_owner_id: string | null;
  created_at: string;
  version_number: number;
}

export interface VersionRow {
  page_id: number;
  number: number;
  title: string;
  status: PageStatus;
  body_representation: PageBody['representation'];
  body_value: string;
  author_id: string;
  created_at: string;
  message: string;
  minor_edit: number;
}

/** The sort orders of page lists (`PageSortOrder`). */
export const PAGE_SORTS = [
  'id',
  '-id',
  'created-date',
  '-created-date',
  'modified-date',
  '-modified-date',
  'title',
  '-title',
] as const;
export type PageSort = (typeof PAGE_SORTS)[number];

/** The statuses a page list may ask for. */
export const LISTED_PAGE_STATUSES = ['current', 'archived', 'deleted', 'trashed'] as const;

export interface PageQuery {
  ids?: string[];
  spaceIds?: string[];
  /** Only pages in these spaces are considered (the caller's visible spaces). */
  visibleSpaceIds: string[];
  statuses?: PageStatus[];
  title?: string;
  /** Only root pages of the space (no parent). */
  rootOnly?: boolean;
  parentId?: string;
  sort?: PageSort | 'child-position' | '-child-position';
}

const SORT_SQL: Record<NonNullable<PageQuery['sort']>, string> = {
  id: 'p.id ASC',
  '-id': 'p.id DESC',
  'created-date': 'p.created_at ASC, p.id ASC',
  '-created-date': 'p.created_at DESC, p.id DESC',
  'modified-date': 'v.created_at ASC, p.id ASC',
  '-modified-date': 'v.created_at DESC, p.id DESC',
  title: 'p.title ASC, p.id ASC',
  '-title': 'p.title DESC, p.id ASC',
  'child-position': 'p.position ASC, p.id ASC',
  '-child-position': 'p.position DESC, p.id DESC',
};

/** Reads pages: one page (latest or at a version), its versions, lists and ancestors. */
export class PageReader {
  constructor(protected readonly ctx: SiteContext) {}

  protected row(id: string): PageRow | undefined {
    if (!/^\d+$/.test(id)) return undefined;
    return prepared(this.ctx.db, 'SELECT * FROM cf_pages WHERE id = ?').get(Number(id)) as
      PageRow | undefined;
  }

  protected versionRow(id: string, number: number): VersionRow | undefined {
    return prepared(
      this.ctx.db,
      'SELECT * FROM cf_page_versions WHERE page_id = ? AND number = ?',
    ).get(Number(id), number) as VersionRow | undefined;
  }

  protected toPage(row: PageRow, version: VersionRow): Page {
    const historical = version.number < row.version_number;
    return {
      id: String(row.id),
      spaceId: String(row.space_id),
      parentId: row.parent_id === null ? null : String(row.parent_id),
      position: row.position,
      status: historical ? 'historical' : row.status,
      title: version.title,
      authorId: row.author_id,
      ownerId: row.owner_id,
      lastOwnerId: row.last_owner_id,
      createdAt: row.created_at,
      version: toVersionInfo(version),
      body: { representation: version.body_representation, value: version.body_value },
      latestVersion: row.version_number,
    };
  }

  /** The page at its latest version, whatever its status. */
  byId(id: string): Page | undefined {
    const row = this.row(id);
    if (!row) return undefined;
    const version = this.versionRow(id, row.version_number);
    return version ? this.toPage(row, version) : undefined;
  }

  /** The page as it was at version `number` (status 'historical' unless it is the latest). */
  atVersion(id: string, number: number): Page | undefined {
    const row = this.row(id);
    const version = row ? this.versionRow(id, number) : undefined;
    return row && version ? this.toPage(row, version) : undefined;
  }

  /** Every version of a page, newest first unless `ascending`. */
  versions(id: string, ascending = false): (PageVersionInfo & { title: string; body: PageBody })[] {
    const rows = prepared(
      this.ctx.db,
      `SELECT * FROM cf_page_versions WHERE page_id = ? ORDER BY number ${ascending ? 'ASC' : 'DESC'}`,
    ).all(Number(id)) as VersionRow[];
    return rows.map((v) => ({
      ...toVersionInfo(v),
      title: v.title,
      body: { representation: v.body_representation, value: v.body_value },
    }));
  }

  /** Pages matching the query in sort order, one window of it (`offset`, `limit`), plus whether more follow. */
  list(query: PageQuery, offset: number, limit: number): { pages: Page[]; hasMore: boolean } {
    const where: string[] = [];
    const args: (string | number)[] = [];
    const inList = (column: string, values: (string | number)[]): void => {
      where.push(values.length ? `${column} IN (${values.map(() => '?').join(',')})` : '0');
      args.push(...values);
    };
    inList('p.space_id', query.visibleSpaceIds.map(Number));
    if (query.ids) inList('p.id', query.ids.filter((i) => /^\d+$/.test(i)).map(Number));
    if (query.spaceIds)
      inList('p.space_id', query.spaceIds.filter((i) => /^\d+$/.test(i)).map(Number));
    inList('p.status', query.statuses ?? ['current', 'archived']);
    if (query.title !== undefined) {
      where.push('p.title = ?');
      args.push(query.title);
    }
    if (query.rootOnly) where.push('p.parent_id IS NULL');
    if (query.parentId !== undefined) {
      where.push('p.parent_id = ?');
      args.push(Number(query.parentId));
    }
    const sql = `SELECT p.*, v.number AS v_number FROM cf_pages p
       JOIN cf_page_versions v ON v.page_id = p.id AND v.number = p.version_number
       WHERE ${where.join(' AND ')} ORDER BY ${SORT_SQL[query.sort ?? 'id']} LIMIT ? OFFSET ?`;
    const rows = prepared(this.ctx.db, sql).all(...args, limit + 1, offset) as PageRow[];
    const pages = rows
      .slice(0, limit)
      .map((r) => this.toPage(r, this.versionRow(String(r.id), r.version_number)!));
    return { pages, hasMore: rows.length > limit };
  }

  /** Ancestors of a page, highest first. */
  ancestors(id: string): Page[] {
    const chain: Page[] = [];
    let current = this.byId(id);
    const seen = new Set<string>();
    while (current?.parentId && !seen.has(current.parentId)) {
      seen.add(current.parentId);
      const parent = this.byId(current.parentId);
      if (!parent) break;
      chain.unshift(parent);
      current = parent;
    }
    return chain;
  }
}

export function toVersionInfo(v: VersionRow): PageVersionInfo {
  return {
    number: v.number,
    createdAt: v.created_at,
    message: v.message,
    minorEdit: v.minor_edit === 1,
    authorId: v.author_id,
  };
}
