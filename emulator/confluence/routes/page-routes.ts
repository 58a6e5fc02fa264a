import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { confluenceBadRequest, confluenceNotFound } from '../../core/errors';
import { route } from '../../core/route-table';
import { PRIMARY_FORMATS } from '../body/body-formats';
import { confluenceModels } from '../models/confluence-models';
import { LISTED_PAGE_STATUSES, PAGE_SORTS } from '../models/page-reader';
import type { PageStatus } from '../models/page-types';
import { pageJson } from '../views/page-json';
import type { SinglePageFormat } from '../views/page-single-json';
import {
  PAGE_INCLUDES,
  SINGLE_PAGE_FORMATS,
  singlePageJson,
  writtenPageJson,
} from '../views/page-single-json';
import { cursorOffset, sendPage } from './cursor-paging';
import {
  pageOperations,
  requireEditablePage,
  requireEditableSpace,
  requireVisiblePage,
  requireVisibleSpace,
  visibleSpaceIds,
} from './page-access';
import { bodyFromRequest, parseBody } from './request-body';
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

/** What `body-format` accepts on a single page; the last three are not rendered here (400). */
const SINGLE_FORMATS = [
  ...SINGLE_PAGE_FORMATS,
  'anonymous_export_view',
  'styled_view',
  'editor',
] as const;
const isRendered = (format: string): format is SinglePageFormat =>
  (SINGLE_PAGE_FORMATS as readonly string[]).includes(format);

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
        statuses: enumListParam('status', req.query.status, LISTED_PAGE_STATUSES),
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
    requireEditableSpace(models, user, input.spaceId);
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
    res.json(writtenPageJson(ctx, models, page, body?.representation ?? 'storage'));
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
    const format = enumParam('body-format', req.query['body-format'], SINGLE_FORMATS);
    if (format !== undefined && !isRendered(format))
      throw confluenceBadRequest(`body-format ${format} is not supported by this site.`);
    const space = requireVisibleSpace(models, user, page.spaceId);
    const include = new Set(
      PAGE_INCLUDES.filter((name) =>
        boolParam(`include-${name}`, req.query[`include-${name}`], false),
      ),
    );
    res.json(
      await singlePageJson(ctx, models, page, space, {
        format,
        viewer: user,
        operations: pageOperations(models, user, latest),
        includeVersion: boolParam('include-version', req.query['include-version'], true),
        include,
      }),
    );
  });

  route(router, 'confluence', 'put', '/pages/{id}', (req: Request, res: Response) => {
    const user = principalOf(res);
    const id = idParam('id', req.params.id);
    const input = parseBody(PageUpdateRequest, req.body);
    if (input.id !== id)
      throw confluenceBadRequest(
        `The id in the body (${input.id}) does not match the page id in the path (${id}).`,
      );
    const current = requireEditablePage(models, user, id);
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
    res.json(writtenPageJson(ctx, models, page, body?.representation ?? page.body.representation));
  });

  route(router, 'confluence', 'delete', '/pages/{id}', (req: Request, res: Response) => {
    const user = principalOf(res);
    const id = idParam('id', req.params.id);
    requireEditablePage(models, user, id);
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
}
