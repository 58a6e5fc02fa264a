import type { SiteContext } from '../../core/context';
import { prepared } from '../../core/database';
import type { SiteUser } from '../../core/users';
import {
  ConfluenceError,
  confluenceBadRequest,
  confluenceConflict,
  confluenceNotFound,
} from '../../core/errors';
import type { Page, PageBody, PageStatus } from './page-types';
import type { PageRow } from './page-reader';
import { PageReader } from './page-reader';
import type { SpaceModel } from './space-model';
import { publishPageEvent } from './page-events';
import { requireNextVersion } from './version-check';

export interface PageCreateInput {
  spaceId: string;
  status?: 'current' | 'draft';
  title?: string;
  /** undefined → under the space homepage; null → at the root of the space. */
  parentId?: string | null;
  body?: PageBody;
}

export interface PageUpdateInput {
  status: 'current' | 'draft';
  title: string;
  body?: PageBody;
  parentId?: string;
  ownerId?: string;
  version: { number: number; message?: string; minorEdit?: boolean };
}

const EMPTY_BODY: PageBody = { representation: 'storage', value: '' };

/**
 * Pages, their version history and their place in the page tree: the reads of PageReader, and the
 * writes. Publishes page events after each commit.
 */
export class PageModel extends PageReader {
  constructor(
    ctx: SiteContext,
    private readonly spaces: SpaceModel,
  ) {
    super(ctx);
  }

  create(input: PageCreateInput, actor: SiteUser): Page {
    const page = this.ctx.db.transaction(() => {
      const space = this.spaces.byId(input.spaceId);
      if (!space)
        throw confluenceBadRequest(
          `Space with id ${input.spaceId} does not exist or is not visible.`,
        );
      const status = input.status ?? 'current';
      const title = input.title?.trim() ?? '';
      if (status === 'current' && !title)
        throw confluenceBadRequest('Title is required for a published page.');
      if (status === 'current') this.assertTitleFree(space.id, title, undefined);
      let parentId: string | null =
        input.parentId === undefined ? space.homepageId : input.parentId;
      if (parentId !== null) {
        const parent = this.row(parentId);
        if (!parent || String(parent.space_id) !== space.id || parent.status === 'trashed') {
          throw confluenceBadRequest(
            `Parent page ${parentId} does not exist in space ${space.key}.`,
          );
        }
        parentId = String(parent.id);
      }
      const id = this.ctx.meta.next('confluence-content', 65536);
      const now = this.ctx.now().toISOString();
      prepared(
        this.ctx.db,
        `INSERT INTO cf_pages (id, space_id, parent_id, position, status, title, author_id, owner_id, created_at, version_number)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      ).run(
        id,
        Number(space.id),
        parentId === null ? null : Number(parentId),
        this.nextPosition(space.id, parentId),
        status,
        title,
        actor.accountId,
        actor.accountId,
        now,
      );
      this.insertVersion(
        String(id),
        1,
        title,
        status,
        input.body ?? EMPTY_BODY,
        actor.accountId,
        now,
        '',
        false,
      );
      return this.byId(String(id))!;
    })();
    if (page.status === 'current')
      publishPageEvent(this.ctx, 'avi:confluence:created:page', page, actor);
    return page;
  }

  update(id: string, input: PageUpdateInput, actor: SiteUser): Page {
    let eventType: string | undefined;
    const page = this.ctx.db.transaction(() => {
      const row = this.row(id);
      if (!row || row.status === 'deleted') throw confluenceNotFound();
      if (row.status === 'trashed') {
        if (input.status !== 'current')
          throw confluenceBadRequest('A trashed page can only be restored to status current.');
        prepared(this.ctx.db, "UPDATE cf_pages SET status = 'current' WHERE id = ?").run(row.id);
        eventType = 'avi:confluence:restored:page';
        return this.byId(id)!;
      }
      const publishingDraft = row.status === 'draft';
      if (!publishingDraft && input.status === 'draft') {
        throw confluenceBadRequest(
          'This emulator does not keep drafts of published pages; update with status current.',
        );
      }
      if (publishingDraft && input.version.number !== 1) {
        throw confluenceConflict(
          `Version must be 1 when publishing a draft. Current version is: ${row.version_number}`,
        );
      }
      const expected = publishingDraft
        ? 1
        : requireNextVersion(row.version_number, input.version.number);
      const title = input.title.trim();
      if (input.status === 'current') {
        if (!title) throw confluenceBadRequest('Title is required for a published page.');
        this.assertTitleFree(String(row.space_id), title, row.id);
      }
      let parentId = row.parent_id;
      if (input.parentId !== undefined && input.parentId !== String(row.parent_id ?? '')) {
        parentId = this.validMoveTarget(row, input.parentId);
      }
      const previous = this.versionRow(id, row.version_number)!;
      const body = input.body ?? {
        representation: previous.body_representation,
        value: previous.body_value,
      };
      const now = this.ctx.now().toISOString();
      const ownerId = input.ownerId ?? row.owner_id;
      if (ownerId !== row.owner_id && !this.ctx.users.byAccountId(ownerId)) {
        throw confluenceBadRequest(`No user with accountId ${ownerId}.`);
      }
      prepared(
        this.ctx.db,
        `UPDATE cf_pages SET status = ?, title = ?, parent_id = ?, owner_id = ?, last_owner_id = ?, version_number = ? WHERE id = ?`,
      ).run(
        input.status,
        title,
        parentId,
        ownerId,
        ownerId !== row.owner_id ? row.owner_id : row.last_owner_id,
        expected,
        row.id,
      );
      if (publishingDraft)
        prepared(this.ctx.db, 'DELETE FROM cf_page_versions WHERE page_id = ?').run(row.id);
      this.insertVersion(
        id,
        expected,
        title,
        input.status,
        body,
        actor.accountId,
        now,
        input.version.message ?? '',
        input.version.minorEdit ?? false,
      );
      if (input.status === 'current')
        eventType = publishingDraft ? 'avi:confluence:created:page' : 'avi:confluence:updated:page';
      return this.byId(id)!;
    })();
    if (eventType) publishPageEvent(this.ctx, eventType, page, actor);
    return page;
  }

  /** Moves a page to the trash; `purge` deletes a trashed page; `draft` discards a draft. */
  delete(id: string, options: { purge?: boolean; draft?: boolean }, actor: SiteUser): void {
    let trashed: Page | undefined;
    this.ctx.db.transaction(() => {
      const row = this.row(id);
      if (!row || row.status === 'deleted') throw confluenceNotFound();
      if (options.draft) {
        if (row.status !== 'draft') throw confluenceBadRequest('The page is not a draft.');
        this.remove(row.id);
        return;
      }
      if (options.purge) {
        if (row.status !== 'trashed')
          throw confluenceBadRequest('Only a trashed page can be purged.');
        this.remove(row.id);
        return;
      }
      if (row.status === 'draft') throw confluenceNotFound();
      if (row.status === 'trashed') throw confluenceNotFound();
      prepared(this.ctx.db, "UPDATE cf_pages SET status = 'trashed' WHERE id = ?").run(row.id);
      this.moveChildrenUp(row);
      trashed = this.byId(id);
    })();
    if (trashed) publishPageEvent(this.ctx, 'avi:confluence:trashed:page', trashed, actor);
  }

  /** As in Confluence Cloud, the children of a trashed page move up to its parent (after its other children). */
  private moveChildrenUp(row: PageRow): void {
    const parentId = row.parent_id === null ? null : String(row.parent_id);
    const children = prepared(
      this.ctx.db,
      'SELECT id FROM cf_pages WHERE parent_id = ? ORDER BY position, id',
    ).all(row.id) as { id: number }[];
    const move = prepared(
      this.ctx.db,
      'UPDATE cf_pages SET parent_id = ?, position = ? WHERE id = ?',
    );
    for (const child of children) {
      move.run(row.parent_id, this.nextPosition(String(row.space_id), parentId), child.id);
    }
  }

  private remove(id: number): void {
    prepared(
      this.ctx.db,
      'UPDATE cf_pages SET parent_id = (SELECT parent_id FROM cf_pages WHERE id = ?) WHERE parent_id = ?',
    ).run(id, id);
    prepared(this.ctx.db, 'UPDATE cf_spaces SET homepage_id = NULL WHERE homepage_id = ?').run(id);
    prepared(this.ctx.db, 'DELETE FROM cf_page_properties WHERE page_id = ?').run(id);
    prepared(this.ctx.db, 'DELETE FROM cf_page_versions WHERE page_id = ?').run(id);
    prepared(this.ctx.db, 'DELETE FROM cf_pages WHERE id = ?').run(id);
  }

  private insertVersion(
    id: string,
    number: number,
    title: string,
    status: PageStatus,
    body: PageBody,
    authorId: string,
    createdAt: string,
    message: string,
    minorEdit: boolean,
  ): void {
    prepared(
      this.ctx.db,
      `INSERT INTO cf_page_versions (page_id, number, title, status, body_representation, body_value, author_id, created_at, message, minor_edit)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      Number(id),
      number,
      title,
      status,
      body.representation,
      body.value,
      authorId,
      createdAt,
      message,
      minorEdit ? 1 : 0,
    );
  }

  private assertTitleFree(spaceId: string, title: string, exceptId: number | undefined): void {
    const clash = prepared(
      this.ctx.db,
      "SELECT id FROM cf_pages WHERE space_id = ? AND status = 'current' AND title = ? AND id IS NOT ?",
    ).get(Number(spaceId), title, exceptId ?? null);
    if (clash) {
      throw confluenceBadRequest(
        'A page with this title already exists: A page already exists with the same TITLE in this space',
      );
    }
  }

  private validMoveTarget(row: PageRow, parentId: string): number {
    const parent = this.row(parentId);
    if (!parent || parent.space_id !== row.space_id || parent.status === 'trashed') {
      throw confluenceBadRequest(`Parent page ${parentId} does not exist in the page's space.`);
    }
    if (
      parent.id === row.id ||
      this.ancestors(String(parent.id)).some((a) => a.id === String(row.id))
    ) {
      throw new ConfluenceError(
        400,
        'INVALID_REQUEST_PARAMETER',
        'A page cannot be moved under itself or its descendants.',
      );
    }
    return parent.id;
  }

  private nextPosition(spaceId: string, parentId: string | null): number {
    const row = prepared(
      this.ctx.db,
      'SELECT MAX(position) AS m FROM cf_pages WHERE space_id = ? AND parent_id IS ?',
    ).get(Number(spaceId), parentId === null ? null : Number(parentId)) as { m: number | null };
    return (row.m ?? -1) + 1;
  }
}
