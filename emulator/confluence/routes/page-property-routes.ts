import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { confluenceNotFound } from '../../core/errors';
import type { HttpMethod } from '../../core/route-table';
import { route } from '../../core/route-table';
import { confluenceModels } from '../models/confluence-models';
import { cursorOffset, sendPage, windowOf } from './cursor-paging';
import { requireEditablePage, requireVisiblePage } from './page-access';
import { propertyJson } from '../views/property-json';
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

export function registerPagePropertyRoutes(router: Router, ctx: SiteContext): void {
  const models = confluenceModels(ctx);
  const LIST = '/pages/{page-id}/properties';
  const ONE = '/pages/{page-id}/properties/{property-id}';
  /**
   * A property route: reading needs the page visible to the caller, writing needs permission to
   * edit the page (the spec's "Permission to edit the page"); 404 otherwise.
   */
  const on = (
    method: HttpMethod,
    path: string,
    handle: (pageId: string, req: Request, res: Response) => void,
  ): void =>
    route(router, 'confluence', method, path, (req: Request, res: Response) => {
      const require = method === 'get' ? requireVisiblePage : requireEditablePage;
      const page = require(models, principalOf(res), idParam('page-id', req.params.page_id));
      handle(page.id, req, res);
    });
  const propertyId = (req: Request): string => idParam('property-id', req.params.property_id);

  on('get', LIST, (pageId, req, res) => {
    const all = models.properties.list(pageId, {
      key: stringParam(req.query.key),
      sort: enumParam('sort', req.query.sort, ['key', '-key'] as const),
    });
    const offset = cursorOffset(req);
    const window = windowOf(all, offset, limitParam(req.query.limit));
    sendPage(req, res, ctx, window.items.map(propertyJson), { offset, hasMore: window.hasMore });
  });

  on('post', LIST, (pageId, req, res) => {
    const input = parseBody(PropertyCreateRequest, req.body);
    res.json(propertyJson(models.properties.create(pageId, input, principalOf(res))));
  });

  on('get', ONE, (pageId, req, res) => {
    const property = models.properties.byId(pageId, propertyId(req));
    if (!property) throw confluenceNotFound();
    res.json(propertyJson(property));
  });

  on('put', ONE, (pageId, req, res) => {
    const input = parseBody(PropertyUpdateRequest, req.body);
    res.json(
      propertyJson(models.properties.update(pageId, propertyId(req), input, principalOf(res))),
    );
  });

  on('delete', ONE, (pageId, req, res) => {
    models.properties.delete(pageId, propertyId(req));
    res.status(204).end();
  });
}
