import type { PrimaryFormat } from '../body/body-formats';
import { bodyIn } from '../body/body-formats';
import type { Page, PageBody } from '../models/page-types';
import type { Space } from '../models/space-model';
import { versionJson } from './version-json';

/** `{ storage: { representation, value } }` for a primary representation. */
export function bodyJson(
  body: PageBody,
  format: PrimaryFormat | undefined,
): Record<string, unknown> {
  if (!format) return {};
  return { [format]: { representation: format, value: bodyIn(body, format) } };
}

function slug(title: string): string {
  return encodeURIComponent(title.trim().replace(/\s+/g, '+')).replace(/%2B/g, '+');
}

/** `_links` of a page (webui, editui, tinyui), relative to the wiki base. */
export function pageLinks(page: Page, space: Space): Record<string, string> {
  return {
    webui: `/spaces/${space.key}/pages/${page.id}/${slug(page.title)}`,
    editui: `/pages/resumedraft.action?draftId=${page.id}`,
    tinyui: `/x/${Buffer.from(page.id).toString('base64url')}`,
  };
}

/** A page in the shape of the spec's PageBulk (PageSingle adds optional expansions). */
export function pageJson(
  page: Page,
  space: Space,
  options: { format?: PrimaryFormat; includeVersion?: boolean; body?: Record<string, unknown> },
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: page.id,
    status: page.status,
    title: page.title,
    spaceId: page.spaceId,
  };
  if (page.parentId !== null) {
    json.parentId = page.parentId;
    json.parentType = 'page';
  }
  json.position = page.position;
  json.authorId = page.authorId;
  json.ownerId = page.ownerId;
  json.lastOwnerId = page.lastOwnerId;
  json.createdAt = page.createdAt;
  if (options.includeVersion !== false) json.version = versionJson(page.version);
  json.body = options.body ?? bodyJson(page.body, options.format);
  json._links = pageLinks(page, space);
  return json;
}
