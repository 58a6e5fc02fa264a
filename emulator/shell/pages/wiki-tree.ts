import type { PageEnv } from '../page-env';
import type { SafeHtml } from '../html';
import { html } from '../html';
import type { PageSummary } from '../confluence-schemas';
import { pagesSchema, spaceSchema, spacesSchema } from '../confluence-schemas';
import type { z } from 'zod';

export type Space = z.infer<typeof spaceSchema>;

export async function spaceByKey(env: PageEnv, key: string): Promise<Space | undefined> {
  const res = await env.rest.get(`/wiki/api/v2/spaces?keys=${encodeURIComponent(key)}`);
  const parsed = spacesSchema.safeParse(res.body);
  return parsed.success ? parsed.data.results.find((s) => s.key === key) : undefined;
}

export async function spaceById(env: PageEnv, id: string): Promise<Space | undefined> {
  const res = await env.rest.get(`/wiki/api/v2/spaces/${encodeURIComponent(id)}`);
  const parsed = spaceSchema.safeParse(res.body);
  return parsed.success ? parsed.data : undefined;
}

/** All pages of a space the user can see (cursor paging). */
export async function spacePages(env: PageEnv, spaceId: string): Promise<PageSummary[]> {
  const pages: PageSummary[] = [];
  let path: string | undefined =
    `/wiki/api/v2/spaces/${encodeURIComponent(spaceId)}/pages?limit=250`;
  for (let i = 0; path && i < 20; i += 1) {
    const res = await env.rest.get(path);
    const parsed = pagesSchema.safeParse(res.body);
    if (res.status !== 200 || !parsed.success) break;
    pages.push(...parsed.data.results);
    const next = parsed.data._links?.next;
    path = next ? (next.startsWith('/wiki/') ? next : `/wiki${next}`) : undefined;
  }
  return pages;
}

/** The space's page tree (children under their parent, ordered by position then title). */
export function pageTree(pages: PageSummary[], currentId?: string): SafeHtml {
  const ids = new Set(pages.map((p) => p.id));
  const children = new Map<string, PageSummary[]>();
  for (const p of pages) {
    const parent = p.parentId && ids.has(p.parentId) ? p.parentId : '';
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  const order = (a: PageSummary, b: PageSummary): number =>
    (a.position ?? 0) - (b.position ?? 0) || a.title.localeCompare(b.title);
  const render = (parent: string, depth: number): SafeHtml => {
    const list = (children.get(parent) ?? []).sort(order);
    if (list.length === 0 || depth > 20) return html``;
    return html`<ul>
      ${list.map(
        (p) =>
          html`<li>
            <a href="/wiki/pages/${p.id}" ${p.id === currentId ? html` aria-current="page"` : ''}
              >${p.title}</a
            >${render(p.id, depth + 1)}
          </li>`,
      )}
    </ul>`;
  };
  return render('', 0);
}

export function wikiSidebar(
  space: Space | undefined,
  pages: PageSummary[],
  currentId?: string,
): SafeHtml {
  if (!space) return html`<h2>Confluence</h2>`;
  return html`<h2><a href="/wiki/spaces/${space.key}">${space.name}</a></h2>
    <ul>
      <li><a href="/wiki/create?space=${space.key}">Create page</a></li>
    </ul>
    <h2>Pages</h2>
    ${pageTree(pages, currentId)}`;
}
