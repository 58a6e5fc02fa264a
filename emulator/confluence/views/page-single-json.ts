import type { SiteContext } from '../../core/context';
import type { SiteUser } from '../../core/users';
import type { PrimaryFormat } from '../body/body-formats';
import { renderExportView, renderView } from '../body/export-view';
import type { ConfluenceModels } from '../models/confluence-models';
import type { Page } from '../models/page-types';
import type { Space } from '../models/space-model';
import { bodyJson, pageJson } from './page-json';
import { propertyJson } from './property-json';
import { versionJson } from './version-json';
import { operationJson } from './operation-json';
import { withWikiBase } from './wiki-base';
import { PRODUCT_MOUNT } from '../../core/route-table';
import { encodeCursor } from '../routes/cursor-paging';

/** The body formats a single page is served in. */
export const SINGLE_PAGE_FORMATS = ['storage', 'atlas_doc_format', 'view', 'export_view'] as const;
export type SinglePageFormat = (typeof SINGLE_PAGE_FORMATS)[number];

/** The optional expansions of `PageSingle`, asked for with `include-{name}=true`. */
export const PAGE_INCLUDES = [
  'versions',
  'properties',
  'labels',
  'operations',
  'likes',
  'favorited-by-current-user-status',
] as const;
export type PageInclude = (typeof PAGE_INCLUDES)[number];

/** How many versions and properties an expansion shows before `meta.hasMore`. */
const EXPANSION_SIZE = 50;

export interface SinglePageOptions {
  format: SinglePageFormat | undefined;
  /** The user asking: macros in `export_view` render as this user. */
  viewer: SiteUser;
  /** What the user may do with the page (`include-operations`). */
  operations: readonly string[];
  includeVersion: boolean;
  include: ReadonlySet<PageInclude>;
}

/** `{ [format]: { representation, value } }`, rendering `view` and `export_view` (macros as the viewer). */
async function requestedBody(
  ctx: SiteContext,
  page: Page,
  options: SinglePageOptions,
): Promise<Record<string, unknown>> {
  switch (options.format) {
    case undefined:
      return {};
    case 'view':
      return { view: { representation: 'view', value: renderView(page.body) } };
    case 'export_view': {
      const value = await renderExportView({
        body: page.body,
        pageId: page.id,
        spaceId: page.spaceId,
        accountId: options.viewer.accountId,
        exportType: 'export_view',
        exporter: ctx.extensionExport.exporter,
        mentionName: (accountId) => ctx.users.byAccountId(accountId)?.displayName,
      });
      return { export_view: { representation: 'export_view', value } };
    }
    default:
      return bodyJson(page.body, options.format);
  }
}

/**
 * An `include-{name}` expansion: the first 50 in the list's default order, `meta.hasMore`, and when
 * more follow, `meta.cursor` for `_links.self` (the spec's `OptionalFieldMeta`/`OptionalFieldLinks`:
 * "a token that can be used in the query parameter of the endpoint returned in the `_links`").
 */
function expansion<T>(
  all: T[],
  list: string,
  toJson: (item: T) => unknown,
): Record<string, unknown> {
  const shown = all.slice(0, EXPANSION_SIZE);
  const hasMore = all.length > shown.length;
  return {
    results: shown.map(toJson),
    meta: hasMore ? { hasMore, cursor: encodeCursor(list, shown.length) } : { hasMore },
    _links: { self: `${PRODUCT_MOUNT.confluence}${list}` },
  };
}

/** A page as the spec's `PageSingle`: the body in the requested format and the asked-for expansions. */
export async function singlePageJson(
  ctx: SiteContext,
  models: ConfluenceModels,
  page: Page,
  space: Space,
  options: SinglePageOptions,
): Promise<Record<string, unknown>> {
  const json = pageJson(page, space, {
    includeVersion: options.includeVersion,
    body: await requestedBody(ctx, page, options),
  });
  const self = `/pages/${page.id}`;
  const include = options.include;
  if (include.has('versions'))
    json.versions = expansion(models.pages.versions(page.id), `${self}/versions`, versionJson);
  if (include.has('properties'))
    json.properties = expansion(
      models.properties.list(page.id),
      `${self}/properties`,
      propertyJson,
    );
  if (include.has('labels')) json.labels = expansion([], `${self}/labels`, String);
  if (include.has('operations'))
    json.operations = expansion([...options.operations], `${self}/operations`, operationJson);
  if (include.has('likes')) json.likes = expansion([], `${self}/likes/users`, String);
  if (include.has('favorited-by-current-user-status')) json.isFavoritedByCurrentUser = false;
  return withWikiBase(ctx, json);
}

/** A page just written, in the representation it was written in, as `PageSingle`. */
export function writtenPageJson(
  ctx: SiteContext,
  models: ConfluenceModels,
  page: Page,
  format: PrimaryFormat,
): Record<string, unknown> {
  return withWikiBase(ctx, pageJson(page, models.spaces.require(page.spaceId), { format }));
}
