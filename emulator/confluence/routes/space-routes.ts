import type { Request, Response, Router } from 'express';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import { confluenceBadRequest } from '../../core/errors';
import { confluenceModels } from '../models/confluence-models';
import type { Space } from '../models/space-model';
import { cursorOffset, sendPage, wikiBase, windowOf } from './cursor-paging';
import { requireVisibleSpace } from './page-access';
import { pageJson, PRIMARY_FORMATS } from './page-json';
import { escapeHtml } from '../../core/escape-html';
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
const PAGE_SORTS = [
  'id',
  '-id',
  'created-date',
  '-created-date',
  'modified-date',
  '-modified-date',
  'title',
  '-title',
] as const;
const PAGE_STATUSES = ['current', 'archived', 'deleted', 'trashed'] as const;

/** A space as the spec's SpaceBulk / SpaceSingle. */
function spaceJson(
  space: Space,
  descriptionFormat: 'plain' | 'view' | undefined,
  includeIcon: boolean,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: space.id,
    key: space.key,
    name: space.name,
    type: space.type,
    status: space.status,
    authorId: space.authorId,
    createdAt: space.createdAt,
  };
  if (space.homepageId !== null) json.homepageId = space.homepageId;
  if (descriptionFormat) {
    const value =
      descriptionFormat === 'view' ? `<p>${escapeHtml(space.description)}</p>` : space.description;
    json.description = { [descriptionFormat]: { representation: descriptionFormat, value } };
  }
  if (includeIcon)
    json.icon = {
      path: '/images/logo/default-space-logo-256.png',
      apiDownloadLink: `/wiki/api/v2/spaces/${space.id}`,
    };
  json._links = { webui: `/spaces/${space.key}` };
  return json;
}

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
    res.json({ ...json, _links: { ...(json._links as object), base: wikiBase(ctx) } });
  });

  route(router, 'confluence', 'get', '/spaces/{id}/pages', (req: Request, res: Response) => {
    const space = requireVisibleSpace(models, principalOf(res), idParam('id', req.params.id));
    const format = enumParam('body-format', req.query['body-format'], PRIMARY_FORMATS);
    const depth = enumParam('depth', req.query.depth, ['all', 'root'] as const) ?? 'all';
    const offset = cursorOffset(req);
    const { pages, hasMore } = models.pages.list(
      {
        visibleSpaceIds: [space.id],
        statuses: enumListParam('status', req.query.status, PAGE_STATUSES),
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
