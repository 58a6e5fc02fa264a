import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { confluenceBadRequest, confluenceNotFound } from '../../core/errors';
import { route } from '../../core/route-table';
import { confluenceModels } from '../models/confluence-models';
import type { Page, PageStatus } from '../models/page-types';
import { renderExportView, renderView } from '../body/export-view';
import { cursorOffset, sendPage, wikiBase, windowOf } from './cursor-paging';
import { requireVisiblePage, requireVisibleSpace, visibleSpaceIds } from './page-access';
import { bodyFromRequest, bodyJson, pageJson, PRIMARY_FORMATS, versionJson } from './page-json';
import type { PrimaryFormat } from './page-json';
import { parseBody } from './request-body';
import {
  boolParam,
  enumListParam,
  enumParam,
  idParam,
  intParam,
  limitParam,
  listParam,
  stringParam,
} from './query-params';

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
const SINGLE_FORMATS = [
  'storage',
  'atlas_doc_format',
  'view',
  'export_view',
  'anonymous_export_view',
  'styled_view',
  'editor',
] as const;
const GET_STATUSES = ['current', 'archived', 'trashed', 'deleted', 'historical', 'draft'] as const;

const idString = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform(String);

const PageCreateRequest = z.object({
  spaceId: idString,
  status: z.enum(['current', 'draft']).optional(),
  title: z.string().max(255).optional(),
  parentId: idString.optional(),
  body: z.unknown().optional(),
});

const PageUpdateRequest = z.object({
  id: idString,
  status: z.enum(['current', 'draft']),
  title: z.string().max(255),
  spaceId: idString.optional(),
  parentId: idString.optional(),
  ownerId: z.string().optional(),
  body: z.unknown().optional(),
  version: z.object({
    number: z.number().int(),
    message: z.string().optional(),
    minorEdit: z.boolean().optional(),
  }),
});

/** A page in the requested body format, with the optional expansions of PageSingle. */
async function singlePageJson(
  ctx: SiteContext,
  req: Request,
  res: Response,
  page: Page,
): Promise<Record<string, unknown>> {
  const models = confluenceModels(ctx);
  const user = principalOf(res);
  const space = requireVisibleSpace(models, user, page.spaceId);
  const format = enumParam('body-format', req.query['body-format'], SINGLE_FORMATS);
  let body: Record<string, unknown> = {};
  if (format === 'storage' || format === 'atlas_doc_format') body = bodyJson(page.body, format);
  else if (format === 'export_view') {
    const value = await renderExportView({
      body: page.body,
      pageId: page.id,
      spaceId: page.spaceId,
      accountId: user.accountId,
      exportType: 'export_view',
      exporter: ctx.extensionExport.exporter,
    });
    body = { export_view: { representation: 'export_view', value } };
  } else if (format === 'view')
    body = { view: { representation: 'view', value: renderView(page.body) } };
  else if (format !== undefined)
    throw confluenceBadRequest(`body-format ${format} is not supported by this site.`);
  const json = pageJson(page, space, {
    includeVersion: boolParam('include-version', req.query['include-version'], true),
    body,
  });
  const self = `/wiki/api/v2/pages/${page.id}`;
  if (boolParam('include-versions', req.query['include-versions'], false)) {
    const all = models.pages.versions(page.id);
    const shown = all.slice(0, 50);
    json.versions = {
      results: shown.map(versionJson),
      meta: { hasMore: all.length > shown.length },
      _links: { self: `${self}/versions` },
    };
  }
  if (boolParam('include-properties', req.query['include-properties'], false)) {
    const all = models.properties.list(page.id);
    const shown = all.slice(0, 50);
    json.properties = {
      results: shown.map((p) => ({
        id: p.id,
        key: p.key,
        value: p.value,
        version: versionJson(p.version),
      })),
      meta: { hasMore: all.length > shown.length },
      _links: { self: `${self}/properties` },
    };
  }
  if (boolParam('include-labels', req.query['include-labels'], false)) {
    json.labels = { results: [], meta: { hasMore: false }, _links: { self: `${self}/labels` } };
  }
  if (boolParam('include-operations', req.query['include-operations'], false)) {
    json.operations = {
      results: ['read', 'update', 'delete'].map((operation) => ({ operation, targetType: 'page' })),
      meta: { hasMore: false },
      _links: { self: `${self}/operations` },
    };
  }
  if (boolParam('include-likes', req.query['include-likes'], false)) {
    json.likes = { results: [], meta: { hasMore: false }, _links: { self: `${self}/likes/users` } };
  }
  if (
    boolParam(
      'include-favorited-by-current-user-status',
      req.query['include-favorited-by-current-user-status'],
      false,
    )
  ) {
    json.isFavoritedByCurrentUser = false;
  }
  json._links = { ...(json._links as object), base: wikiBase(ctx) };
  return json;
}

function writtenPageJson(
  ctx: SiteContext,
  page: Page,
  format: PrimaryFormat,
): Record<string, unknown> {
  const space = confluenceModels(ctx).spaces.require(page.spaceId);
  const json = pageJson(page, space, { format });
  json._links = { ...(json._links as object), base: wikiBase(ctx) };
  return json;
}

export function registerPageRoutes(router: Router, ctx: SiteContext): void {
  const models = confluenceModels(ctx);

  route(router, 'confluence', 'get', '/pages', (req: Request, res: Response) => {
    const user = principalOf(res);
    const ids = listParam(req.query.id);
    const spaceIds = listParam(req.query['space-id']);
    if ([...(ids ?? []), ...(spaceIds ?? [])].some((v) => !/^\d+$/.test(v))) {
      throw confluenceBadRequest('Parameters id and space-id must be numeric ids.');
    }
    if ((ids?.length ?? 0) > 250 || (spaceIds?.length ?? 0) > 100)
      throw confluenceBadRequest('Too many ids.');
    const format = enumParam('body-format', req.query['body-format'], PRIMARY_FORMATS);
    const offset = cursorOffset(req);
    const { pages, hasMore } = models.pages.list(
      {
        ids,
        spaceIds,
        visibleSpaceIds: visibleSpaceIds(models, user),
        statuses: enumListParam('status', req.query.status, [
          'current',
          'archived',
          'deleted',
          'trashed',
        ] as const),
        title: stringParam(req.query.title),
        sort: enumParam('sort', req.query.sort, PAGE_SORTS),
      },
      offset,
      limitParam(req.query.limit),
    );
    const spaces = new Map(models.spaces.list().map((s) => [s.id, s]));
    sendPage(
      req,
      res,
      ctx,
      pages.map((p) => pageJson(p, spaces.get(p.spaceId)!, { format })),
      { offset, hasMore },
    );
  });

  route(router, 'confluence', 'post', '/pages', (req: Request, res: Response) => {
    const user = principalOf(res);
    const input = parseBody(PageCreateRequest, req.body);
    requireVisibleSpace(models, user, input.spaceId);
    const rootLevel = boolParam('root-level', req.query['root-level'], false);
    if (rootLevel && input.parentId !== undefined) {
      throw confluenceBadRequest('parentId may not be given when root-level is true.');
    }
    const body = bodyFromRequest(input.body);
    const page = models.pages.create(
      {
        spaceId: input.spaceId,
        status: input.status,
        title: input.title,
        parentId: rootLevel ? null : input.parentId,
        body,
      },
      user,
    );
    res.json(writtenPageJson(ctx, page, body?.representation ?? 'storage'));
  });

  route(router, 'confluence', 'get', '/pages/{id}', async (req: Request, res: Response) => {
    const user = principalOf(res);
    const id = idParam('id', req.params.id);
    const latest = requireVisiblePage(models, user, id);
    const statuses: PageStatus[] = enumListParam('status', req.query.status, GET_STATUSES) ?? [
      'current',
      'archived',
    ];
    if (boolParam('get-draft', req.query['get-draft'], false)) statuses.push('draft');
    if (!statuses.includes(latest.status)) throw confluenceNotFound();
    const versionNumber = intParam('version', req.query.version);
    const page = versionNumber === undefined ? latest : models.pages.atVersion(id, versionNumber);
    if (!page) throw confluenceNotFound(`Version ${versionNumber} of page ${id} does not exist.`);
    res.json(await singlePageJson(ctx, req, res, page));
  });

  route(router, 'confluence', 'put', '/pages/{id}', (req: Request, res: Response) => {
    const user = principalOf(res);
    const id = idParam('id', req.params.id);
    const input = parseBody(PageUpdateRequest, req.body);
    if (input.id !== id)
      throw confluenceBadRequest(
        `The id in the body (${input.id}) does not match the page id in the path (${id}).`,
      );
    const current = requireVisiblePage(models, user, id);
    if (input.spaceId !== undefined && input.spaceId !== current.spaceId) {
      throw confluenceBadRequest('Moving a page to a different space is not supported.');
    }
    const body = bodyFromRequest(input.body);
    if (!body && current.status !== 'trashed') throw confluenceBadRequest('body is required.');
    const page = models.pages.update(
      id,
      {
        status: input.status,
        title: input.title,
        body,
        parentId: input.parentId,
        ownerId: input.ownerId,
        version: input.version,
      },
      user,
    );
    res.json(writtenPageJson(ctx, page, body?.representation ?? page.body.representation));
  });

  route(router, 'confluence', 'delete', '/pages/{id}', (req: Request, res: Response) => {
    const user = principalOf(res);
    const id = idParam('id', req.params.id);
    requireVisiblePage(models, user, id);
    models.pages.delete(
      id,
      {
        purge: boolParam('purge', req.query.purge, false),
        draft: boolParam('draft', req.query.draft, false),
      },
      user,
    );
    res.status(204).end();
  });

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
