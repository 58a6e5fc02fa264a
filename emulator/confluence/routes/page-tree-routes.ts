import type { Request, Response, Router } from 'express';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import { confluenceModels } from '../models/confluence-models';
import { wikiBase } from '../views/wiki-base';
import { cursorOffset, sendPage, windowOf } from './cursor-paging';
import { requireVisiblePage } from './page-access';
import { enumParam, idParam, limitParam } from './query-params';

const CHILD_SORTS = [
  'created-date',
  '-created-date',
  'id',
  '-id',
  'child-position',
  '-child-position',
  'modified-date',
  '-modified-date',
] as const;

/** A page's place in the page tree: its children and its ancestors. */
export function registerPageTreeRoutes(router: Router, ctx: SiteContext): void {
  const models = confluenceModels(ctx);

  route(router, 'confluence', 'get', '/pages/{id}/children', (req: Request, res: Response) => {
    const user = principalOf(res);
    const parent = requireVisiblePage(models, user, idParam('id', req.params.id));
    const offset = cursorOffset(req);
    const { pages, hasMore } = models.pages.list(
      {
        visibleSpaceIds: [parent.spaceId],
        parentId: parent.id,
        sort: enumParam('sort', req.query.sort, CHILD_SORTS) ?? 'child-position',
      },
      offset,
      limitParam(req.query.limit),
    );
    const results = pages.map((p) => ({
      id: p.id,
      status: p.status,
      title: p.title,
      spaceId: p.spaceId,
      childPosition: p.position,
    }));
    sendPage(req, res, ctx, results, { offset, hasMore });
  });

  route(router, 'confluence', 'get', '/pages/{id}/ancestors', (req: Request, res: Response) => {
    const user = principalOf(res);
    const page = requireVisiblePage(models, user, idParam('id', req.params.id));
    const limit = limitParam(req.query.limit);
    const ancestors = models.pages.ancestors(page.id);
    // Confluence returns the nearest `limit` ancestors, highest first.
    const shown = windowOf(ancestors, Math.max(0, ancestors.length - limit), limit).items;
    res.json({
      results: shown.map((a) => ({ id: a.id, type: 'page' })),
      _links: { base: wikiBase(ctx) },
    });
  });
}
