import type { Request, Response, Router } from 'express';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import { confluenceBadRequest } from '../../core/errors';
import { confluenceModels } from '../models/confluence-models';
import { cursorOffset, sendPage, windowOf } from './cursor-paging';
import { requireVisibleSpace } from './page-access';
import { PRIMARY_FORMATS } from '../body/body-formats';
import { LISTED_PAGE_STATUSES, PAGE_SORTS } from '../models/page-reader';
import { pageJson } from '../views/page-json';
import { spaceJson } from '../views/space-json';
import { withWikiBase } from '../views/wiki-base';
import {
  boolParam,
  enumListParam,
  enumParam,
  idParam,
  limitParam,
  listParam,
  stringParam,
} from './query-params';

const SPACE_SORTS = ['id', '-id', 'key', '-key', 'name', '-name'] as const;

export function registerSpaceRoutes(router: Router, ctx: SiteContext): void {
  const models = confluenceModels(ctx);

  route(router, 'confluence', 'get', '/spaces', (req: Request, res: Response) => {
    const user = principalOf(res);
    const ids = listParam(req.query.ids);
    if (ids?.some((id) => !/^\d+$/.test(id)))
      throw confluenceBadRequest('Parameter ids must be numeric space ids.');
    const spaces = models.spaces
      .list({
        ids,
        keys: listParam(req.query.keys),
        type: enumParam('type', req.query.type, [
          'global',
          'collaboration',
          'knowledge_base',
          'personal',
        ] as const),
        status: enumParam('status', req.query.status, ['current', 'archived'] as const),
        sort: enumParam('sort', req.query.sort, SPACE_SORTS),
      })
      .filter((s) => models.spaces.canView(user, s));
    const descriptionFormat = enumParam('description-format', req.query['description-format'], [
      'plain',
      'view',
    ] as const);
    const includeIcon = boolParam('include-icon', req.query['include-icon'], false);
    const offset = cursorOffset(req);
    const window = windowOf(spaces, offset, limitParam(req.query.limit));
    sendPage(
      req,
      res,
      ctx,
      window.items.map((s) => spaceJson(s, descriptionFormat, includeIcon)),
      { offset, hasMore: window.hasMore },
    );
  });

  route(router, 'confluence', 'get', '/spaces/{id}', (req: Request, res: Response) => {
    const space = requireVisibleSpace(models, principalOf(res), idParam('id', req.params.id));
    const descriptionFormat = enumParam('description-format', req.query['description-format'], [
      'plain',
      'view',
    ] as const);
    const json = spaceJson(
      space,
      descriptionFormat,
      boolParam('include-icon', req.query['include-icon'], false),
    );
    res.json(withWikiBase(ctx, json));
  });

  route(router, 'confluence', 'get', '/spaces/{id}/pages', (req: Request, res: Response) => {
    const space = requireVisibleSpace(models, principalOf(res), idParam('id', req.params.id));
    const format = enumParam('body-format', req.query['body-format'], PRIMARY_FORMATS);
    const depth = enumParam('depth', req.query.depth, ['all', 'root'] as const) ?? 'all';
    const offset = cursorOffset(req);
    const { pages, hasMore } = models.pages.list(
      {
        visibleSpaceIds: [space.id],
        statuses: enumListParam('status', req.query.status, LISTED_PAGE_STATUSES),
        title: stringParam(req.query.title),
        rootOnly: depth === 'root',
        sort: enumParam('sort', req.query.sort, PAGE_SORTS),
      },
      offset,
      limitParam(req.query.limit),
    );
    sendPage(
      req,
      res,
      ctx,
      pages.map((p) => pageJson(p, space, { format })),
      { offset, hasMore },
    );
  });
}
