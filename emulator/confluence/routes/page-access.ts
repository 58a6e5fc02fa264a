import type { SiteUser } from '../../core/users';
import { confluenceNotFound } from '../../core/errors';
import type { ConfluenceModels } from '../models/confluence-models';
import type { Page } from '../models/page-types';
import type { Space } from '../models/space-model';

/** Ids of the spaces a user may see. */
export function visibleSpaceIds(models: ConfluenceModels, user: SiteUser): string[] {
  return models.spaces
    .list()
    .filter((s) => models.spaces.canView(user, s))
    .map((s) => s.id);
}

/** The space, or 404 (Confluence answers 404 for spaces a user may not see). */
export function requireVisibleSpace(models: ConfluenceModels, user: SiteUser, id: string): Space {
  const space = models.spaces.byId(id);
  if (!space || !models.spaces.canView(user, space)) throw confluenceNotFound();
  return space;
}

/** The page (latest version) if it exists and its space is visible to the user; 404 otherwise. */
export function requireVisiblePage(models: ConfluenceModels, user: SiteUser, id: string): Page {
  const page = models.pages.byId(id);
  if (!page || page.status === 'deleted') throw confluenceNotFound();
  requireVisibleSpace(models, user, page.spaceId);
  return page;
}
