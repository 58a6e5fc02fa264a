import type { SiteContext } from '../../core/context';
import { migrateConfluence } from './confluence-schema';
import { SpaceModel } from './space-model';
import { PageModel } from './page-model';
import { PagePropertyModel } from './page-property-model';

/** In-process API of the Confluence emulator (routes, seeds and the Forge host share it). */
export interface ConfluenceModels {
  spaces: SpaceModel;
  pages: PageModel;
  properties: PagePropertyModel;
}

const bySite = new WeakMap<SiteContext, ConfluenceModels>();

/** The Confluence models of a site, created (and their tables migrated) on first use. */
export function confluenceModels(ctx: SiteContext): ConfluenceModels {
  let models = bySite.get(ctx);
  if (!models) {
    migrateConfluence(ctx.db);
    const spaces = new SpaceModel(ctx);
    models = { spaces, pages: new PageModel(ctx, spaces), properties: new PagePropertyModel(ctx) };
    bySite.set(ctx, models);
  }
  return models;
}
