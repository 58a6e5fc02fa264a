import type { SiteContext } from '../../core/context';
import { confluenceBadRequest } from '../../core/errors';
import type { Page, PageBody, PageVersionInfo } from '../models/page-types';
import type { Space } from '../models/space-model';
import { bodyIn, parseAdf } from '../body/body-formats';

export const PRIMARY_FORMATS = ['storage', 'atlas_doc_format'] as const;
export type PrimaryFormat = (typeof PRIMARY_FORMATS)[number];

/** Version, as the spec's `Version` schema. */
export function versionJson(v: PageVersionInfo): Record<string, unknown> {
  return {
    createdAt: v.createdAt,
    message: v.message,
    number: v.number,
    minorEdit: v.minorEdit,
    authorId: v.authorId,
  };
}

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

/** Reads a page body from a create/update request: flat `{representation, value}` or nested `{storage: {...}}`. */
export function bodyFromRequest(body: unknown): PageBody | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object' || Array.isArray(body))
    throw confluenceBadRequest('body must be an object.');
  const b = body as Record<string, unknown>;
  let write: unknown = b;
  if (!('representation' in b)) {
    const nested = Object.entries(b).filter(([, v]) => v !== undefined);
    if (nested.length !== 1)
      throw confluenceBadRequest('body must have exactly one representation.');
    write = nested[0]![1];
  }
  const w = write as Record<string, unknown>;
  if (typeof w !== 'object' || w === null) throw confluenceBadRequest('body must be an object.');
  if (w.representation === 'wiki')
    throw confluenceBadRequest(
      'The wiki representation is not supported by this site; use storage or atlas_doc_format.',
    );
  if (w.representation !== 'storage' && w.representation !== 'atlas_doc_format') {
    throw confluenceBadRequest('body.representation must be storage or atlas_doc_format.');
  }
  if (typeof w.value !== 'string') throw confluenceBadRequest('body.value must be a string.');
  if (w.representation === 'atlas_doc_format' && !parseAdf(w.value)) {
    throw confluenceBadRequest(
      'body.value is not a valid atlas_doc_format document (a JSON string of an ADF doc).',
    );
  }
  return { representation: w.representation, value: w.value };
}

export function siteLinks(ctx: SiteContext): { base: string } {
  return { base: `${ctx.baseUrl}/wiki` };
}
