import { z } from 'zod';
import type { PageEnv } from '../page-env';
import { queryString } from '../page-env';
import { html } from '../html';
import { sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import { textToAdf } from '../../adf/adf-text';
import { spaceByKey, spacePages, wikiSidebar } from './wiki-tree';

const createForm = z.object({
  space: z.string().min(1),
  title: z.string().trim().min(1, 'Give the page a title.'),
  body: z.string().default(''),
  parentId: z.string().optional(),
});

async function render(
  env: PageEnv,
  spaceKey: string,
  values: Record<string, unknown>,
  errors: string[] = [],
  status = 200,
): Promise<void> {
  const space = await spaceByKey(env, spaceKey);
  const pages = space ? await spacePages(env, space.id) : [];
  const str = (k: string): string => (typeof values[k] === 'string' ? (values[k] as string) : '');
  env.send(
    {
      title: 'Create page',
      product: 'confluence',
      sidebar: wikiSidebar(space, pages),
      body: html`<h1>Create page${space ? html` in ${space.name}` : ''}</h1>
        ${errors.length ? sectionMessage('error', 'The page was not created', errors) : ''}
        <form method="post" action="/wiki/create">
          <input type="hidden" name="space" value="${spaceKey}" />
          <label for="parentId">Parent page</label>
          <select id="parentId" name="parentId">
            <option value="">(top level)</option>
            ${pages.map((p) => html`<option value="${p.id}" ${p.id === str('parentId') ? html` selected` : ''}>${p.title}</option>`)}
          </select>
          <label for="title">Title <span class="required" aria-hidden="true">*</span></label>
          <input
            type="text"
            id="title"
            name="title"
            value="${str('title')}"
            required
            aria-required="true"
          />
          <label for="body">Body</label>
          <textarea id="body" name="body">${str('body')}</textarea>
          <p class="field-help">Plain text; blank lines separate paragraphs.</p>
          <div class="button-row">
            <button type="submit" class="button button-primary">Publish</button>
          </div>
        </form>`,
    },
    status,
  );
}

/** GET /wiki/create?space=KEY */
export async function createPagePage(env: PageEnv): Promise<void> {
  await render(env, queryString(env.req, 'space') ?? 'AIMS', {});
}

/** POST /wiki/create — POST /wiki/api/v2/pages as the user. */
export async function createPage(env: PageEnv): Promise<void> {
  const raw = (env.req.body ?? {}) as Record<string, unknown>;
  const form = createForm.safeParse(raw);
  const spaceKey = typeof raw.space === 'string' ? raw.space : 'AIMS';
  if (!form.success) {
    await render(
      env,
      spaceKey,
      raw,
      form.error.issues.map((i) => i.message),
      400,
    );
    return;
  }
  const space = await spaceByKey(env, form.data.space);
  if (!space) {
    await render(env, spaceKey, raw, ['This space does not exist or you cannot see it.'], 404);
    return;
  }
  const res = await env.rest.post('/wiki/api/v2/pages', {
    spaceId: space.id,
    status: 'current',
    title: form.data.title,
    ...(form.data.parentId ? { parentId: form.data.parentId } : {}),
    body: { representation: 'atlas_doc_format', value: JSON.stringify(textToAdf(form.data.body)) },
  });
  const created = res.body as { id?: unknown } | undefined;
  if (res.status === 200 && typeof created?.id === 'string') {
    env.res.redirect(303, `/wiki/pages/${created.id}?flag=${encodeURIComponent('Page published')}`);
    return;
  }
  await render(
    env,
    spaceKey,
    raw,
    errorMessagesOf(res.status, res.body),
    res.status >= 400 ? res.status : 502,
  );
}
