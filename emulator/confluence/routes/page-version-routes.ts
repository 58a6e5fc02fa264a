import type { Request, Response, Router } from 'express';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { confluenceNotFound } from '../../core/errors';
import { route } from '../../core/route-table';
import { confluenceModels } from '../models/confluence-models';
import { cursorOffset, sendPage, windowOf } from './cursor-paging';
import { requireVisiblePage } from './page-access';
import { PRIMARY_FORMATS } from '../body/body-formats';
import { bodyJson } from '../views/page-json';
import { detailedVersionJson, versionJson } from '../views/version-json';
import { enumParam, idParam, limitParam } from './query-params';

export function registerPageVersionRoutes(router: Router, ctx: SiteContext): void {
  const models = confluenceModels(ctx);

  route(router, 'confluence', 'get', '/pages/{id}/versions', (req: Request, res: Response) => {
    const page = requireVisiblePage(models, principalOf(res), idParam('id', req.params.id));
    const format = enumParam('body-format', req.query['body-format'], PRIMARY_FORMATS);
    const sort =
      enumParam('sort', req.query.sort, ['modified-date', '-modified-date'] as const) ??
      '-modified-date';
    const all = models.pages.versions(page.id, sort === 'modified-date');
    const offset = cursorOffset(req);
    const window = windowOf(all, offset, limitParam(req.query.limit));
    const results = window.items.map((v) => {
      const entity: Record<string, unknown> = { title: v.title, id: page.id };
      if (format) entity.body = bodyJson(v.body, format);
      return { ...versionJson(v), page: entity };
    });
    sendPage(req, res, ctx, results, { offset, hasMore: window.hasMore });
  });

  route(
    router,
    'confluence',
    'get',
    '/pages/{page-id}/versions/{version-number}',
    (req: Request, res: Response) => {
      const page = requireVisiblePage(
        models,
        principalOf(res),
        idParam('page-id', req.params.page_id),
      );
      const number = Number(idParam('version-number', req.params.version_number));
      const all = models.pages.versions(page.id, true);
      const version = all.find((v) => v.number === number);
      if (!version)
        throw confluenceNotFound(`Version ${number} of page ${page.id} does not exist.`);
      res.json(
        detailedVersionJson(
          version,
          all.map((v) => v.number),
        ),
      );
    },
  );
}
