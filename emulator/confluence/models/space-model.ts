import type { SiteContext } from '../../core/context';
import type { SiteUser } from '../../core/users';
import { GROUPS } from '../../core/users';

export type SpaceType = 'global' | 'collaboration' | 'knowledge_base' | 'personal';
export type SpaceStatus = 'current' | 'archived';

export interface Space {
  id: string;
  key: string;
  name: string;
  type: SpaceType;
  status: SpaceStatus;
  authorId: string;
  createdAt: string;
  homepageId: string | null;
  description: string;
  /** Groups whose members may view the space (the app user always may). */
  readerGroups: string[];
  /**
   * Groups whose members may also add, edit and delete its pages and their content properties
   * (Confluence's space permission "Add / Edit pages"); viewing needs a reader group too.
   */
  editorGroups: string[];
}

interface SpaceRow {
  id: number;
  key: string;
  name: string;
  type: SpaceType;
  status: SpaceStatus;
  author_id: string;
  created_at: string;
  homepage_id: number | null;
  description: string;
  reader_groups: string;
  editor_groups: string | null;
}

export interface SpaceQuery {
  ids?: string[];
  keys?: string[];
  type?: SpaceType;
  status?: SpaceStatus;
  sort?: 'id' | '-id' | 'key' | '-key' | 'name' | '-name';
}

const SORT_SQL: Record<NonNullable<SpaceQuery['sort']>, string> = {
  id: 'id ASC',
  '-id': 'id DESC',
  key: 'key ASC, id ASC',
  '-key': 'key DESC, id ASC',
  name: 'name ASC, id ASC',
  '-name': 'name DESC, id ASC',
};

function toSpace(row: SpaceRow): Space {
  const readerGroups = JSON.parse(row.reader_groups) as string[];
  return {
    id: String(row.id),
    key: row.key,
    name: row.name,
    type: row.type,
    status: row.status,
    authorId: row.author_id,
    createdAt: row.created_at,
    homepageId: row.homepage_id === null ? null : String(row.homepage_id),
    description: row.description,
    readerGroups,
    editorGroups:
      row.editor_groups === null ? readerGroups : (JSON.parse(row.editor_groups) as string[]),
  };
}

/** Confluence spaces and who may see them. */
export class SpaceModel {
  constructor(private readonly ctx: SiteContext) {}

  create(input: {
    key: string;
    name: string;
    authorId: string;
    type?: SpaceType;
    description?: string;
    readerGroups?: string[];
    /** Default: the reader groups (everyone who may view the space may edit its pages). */
    editorGroups?: string[];
  }): Space {
    const id = this.ctx.meta.next('confluence-space', 131072);
    this.ctx.db
      .prepare(
        `INSERT INTO cf_spaces (id, key, name, type, status, author_id, created_at, description, reader_groups, editor_groups)
         VALUES (?, ?, ?, ?, 'current', ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.key,
        input.name,
        input.type ?? 'global',
        input.authorId,
        this.ctx.now().toISOString(),
        input.description ?? '',
        JSON.stringify(input.readerGroups ?? [GROUPS.confluenceUsers]),
        input.editorGroups ? JSON.stringify(input.editorGroups) : null,
      );
    return this.require(String(id));
  }

  setHomepage(spaceId: string, pageId: string): void {
    this.ctx.db
      .prepare('UPDATE cf_spaces SET homepage_id = ? WHERE id = ?')
      .run(Number(pageId), Number(spaceId));
  }

  byId(id: string): Space | undefined {
    if (!/^\d+$/.test(id)) return undefined;
    const row = this.ctx.db.prepare('SELECT * FROM cf_spaces WHERE id = ?').get(Number(id)) as
      SpaceRow | undefined;
    return row ? toSpace(row) : undefined;
  }

  byKey(key: string): Space | undefined {
    const row = this.ctx.db.prepare('SELECT * FROM cf_spaces WHERE key = ?').get(key) as
      SpaceRow | undefined;
    return row ? toSpace(row) : undefined;
  }

  require(id: string): Space {
    const space = this.byId(id);
    if (!space) throw new Error(`No Confluence space ${id}`);
    return space;
  }

  /** Spaces matching the query, in sort order (visibility is filtered by the caller). */
  list(query: SpaceQuery = {}): Space[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (query.ids) {
      where.push(`id IN (${query.ids.map(() => '?').join(',') || 'NULL'})`);
      args.push(...query.ids.map(Number));
    }
    if (query.keys) {
      where.push(`key IN (${query.keys.map(() => '?').join(',') || 'NULL'})`);
      args.push(...query.keys);
    }
    if (query.type) {
      where.push('type = ?');
      args.push(query.type);
    }
    if (query.status) {
      where.push('status = ?');
      args.push(query.status);
    }
    const sql = `SELECT * FROM cf_spaces ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${SORT_SQL[query.sort ?? 'id']}`;
    return (this.ctx.db.prepare(sql).all(...args) as SpaceRow[]).map(toSpace);
  }

  /** Whether a user may view the space. The app user's reach is bounded by its scopes, not groups. */
  canView(user: SiteUser, space: Space): boolean {
    if (user.accountType === 'app') return true;
    return user.groups.some((g) => space.readerGroups.includes(g));
  }

  /** Whether a user may add and edit pages in the space (and their content properties). */
  canEdit(user: SiteUser, space: Space): boolean {
    if (!this.canView(user, space)) return false;
    if (user.accountType === 'app') return true;
    return user.groups.some((g) => space.editorGroups.includes(g));
  }

  /** Changes who may view and who may edit the space (site administration). */
  setPermissions(
    spaceId: string,
    groups: { readerGroups: string[]; editorGroups: string[] },
  ): void {
    this.ctx.db
      .prepare('UPDATE cf_spaces SET reader_groups = ?, editor_groups = ? WHERE id = ?')
      .run(
        JSON.stringify(groups.readerGroups),
        JSON.stringify(groups.editorGroups),
        Number(spaceId),
      );
  }
}
