import type { PageEnv } from '../page-env';
import { param } from '../page-env';
import { html } from '../html';
import { sectionMessage } from '../layout';
import { pageTree, spaceByKey, spacePages, wikiSidebar } from './wiki-tree';

/** GET /wiki/spaces/:key — the space's page tree. */
export async function spacePage(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const space = await spaceByKey(env, key);
  if (!space) {
    env.send(
      {
        title: key,
        product: 'confluence',
        body: html`<h1>${key}</h1>
          ${sectionMessage('warning', 'This space does not exist or you cannot see it')}`,
      },
      404,
    );
    return;
  }
  const pages = await spacePages(env, space.id);
  env.send({
    title: space.name,
    product: 'confluence',
    sidebar: wikiSidebar(space, pages),
    body: html`<h1>${space.name}</h1>
      <p class="muted">
        Space key ${space.key} · ${pages.length} page${pages.length === 1 ? '' : 's'}
      </p>
      <div class="button-row">
        <a class="button button-primary" href="/wiki/create?space=${space.key}">Create page</a>
      </div>
      <h2>Page tree</h2>
      <nav aria-label="Page tree" data-testid="page-tree">
        ${pages.length ? pageTree(pages) : html`<p>No pages yet.</p>`}
      </nav>`,
  });
}
