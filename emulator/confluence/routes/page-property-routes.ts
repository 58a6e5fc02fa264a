import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { confluenceNotFound } from '../../core/errors';
import { route } from '../../core/route-table';
import { confluenceModels } from '../models/confluence-models';
import type { ContentProperty } from '../models/page-property-model';
import { cursorOffset, sendPage, windowOf } from './cursor-paging';
import { requireVisiblePage } from './page-access';
import { versionJson } from './page-json';
import { parseBody } from './request-body';
import { enumParam, idParam, limitParam, stringParam } from './query-params';

const PropertyCreateRequest = z.object({ key: z.string().min(1).max(255), value: z.unknown() });
const PropertyUpdateRequest = z.object({
  key: z.string().min(1).max(255).optional(),
  value: z.unknown(),
  version: z.object({
    number: z.number().int(),
    message: z.string().optional(),
    minorEdit: z.boolean().optional(),
  }),
});

/** A property as the spec's ContentProperty. */
function propertyJson(p: ContentProperty): Record<string, unknown> {
  return { id: p.id, key: p.key, value: p.value, version: versionJson(p.version) };
}

export function registerPagePropertyRoutes(router: Router, ctx: SiteContext): void {
  const models = confluenceModels(ctx);
  const pageOf = (req: Request, res: Response): string =>
    requireVisiblePage(models, principalOf(res), idParam('page-id', req.params.page_id)).id;

  route(
    router,
    'confluence',
    'get',
    '/pages/{page-id}/properties',
    (req: Request, res: Response) => {
      const pageId = pageOf(req, res);
      const all = models.properties.list(pageId, {
        key: stringParam(req.query.key),
        sort: enumParam('sort', req.query.sort, ['key', '-key'] as const),
      });
      const offset = cursorOffset(req);
      const window = windowOf(all, offset, limitParam(req.query.limit));
      sendPage(req, res, ctx, window.items.map(propertyJson), { offset, hasMore: window.hasMore });
    },
  );

  route(
    router,
    'confluence',
    'post',
    '/pages/{page-id}/properties',
    (req: Request, res: Response) => {
      const pageId = pageOf(req, res);
      const input = parseBody(PropertyCreateRequest, req.body);
      res.json(propertyJson(models.properties.create(pageId, input, principalOf(res))));
    },
  );

  route(
    router,
    'confluence',
    'get',
    '/pages/{page-id}/properties/{property-id}',
    (req: Request, res: Response) => {
      const pageId = pageOf(req, res);
      const property = models.properties.byId(
        pageId,
        idParam('property-id', req.params.property_id),
      );
      if (!property) throw confluenceNotFound();
      res.json(propertyJson(property));
    },
  );

  route(
    router,
    'confluence',
    'put',
    '/pages/{page-id}/properties/{property-id}',
    (req: Request, res: Response) => {
      const pageId = pageOf(req, res);
      const input = parseBody(PropertyUpdateRequest, req.body);
      const propertyId = idParam('property-id', req.params.property_id);
      res.json(propertyJson(models.properties.update(pageId, propertyId, input, principalOf(res))));
    },
  );

  route(
    router,
    'confluence',
    'delete',
    '/pages/{page-id}/properties/{property-id}',
    (req: Request, res: Response) => {
      const pageId = pageOf(req, res);
      models.properties.delete(pageId, idParam('property-id', req.params.property_id));
      res.status(204).end();
    },
  );
}
