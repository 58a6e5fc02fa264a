import type { SiteContext } from '../../core/context';

/** Site base as Confluence gives it in `_links.base`. */
export function wikiBase(ctx: SiteContext): string {
  return `${ctx.baseUrl}/wiki`;
}

/** A single entity's JSON with `_links.base` added, as single-entity responses carry it. */
export function withWikiBase(
  ctx: SiteContext,
  json: Record<string, unknown>,
): Record<string, unknown> {
  return { ...json, _links: { ...(json._links as object), base: wikiBase(ctx) } };
}
