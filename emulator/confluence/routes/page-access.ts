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

/**
 * The space, if the user may add and edit pages in it; 404 otherwise (the spec's "does not have
 * the needed permissions to create/update a page in the space" is a 404).
 */
export function requireEditableSpace(models: ConfluenceModels, user: SiteUser, id: string): Space {
  const space = requireVisibleSpace(models, user, id);
  if (!models.spaces.canEdit(user, space)) throw confluenceNotFound();
  return space;
}

/**
 * The page (latest version), if the user may edit it: page writes and content-property writes
 * need edit permission, viewing is not enough (404, as the spec lists for these operations).
 */
export function requireEditablePage(models: ConfluenceModels, user: SiteUser, id: string): Page {
  const page = requireVisiblePage(models, user, id);
  requireEditableSpace(models, user, page.spaceId);
  return page;
}

/** What the user may do with a visible page (`GET /pages/{id}/operations`, `include-operations`). */
export function pageOperations(models: ConfluenceModels, user: SiteUser, page: Page): string[] {
  const space = models.spaces.require(page.spaceId);
  return models.spaces.canEdit(user, space) ? ['read', 'update', 'delete'] : ['read'];
}
