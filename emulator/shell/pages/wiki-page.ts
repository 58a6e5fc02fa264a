import { z } from 'zod';
import type { PageEnv } from '../page-env';
import { param, queryString } from '../page-env';
import type { SafeHtml } from '../html';
import { html, trusted } from '../html';
import { page, sectionMessage } from '../layout';
import { sendHtml } from '../page-env';
import { errorMessagesOf } from '../rest-errors';
import type { ConfluencePage } from '../confluence-schemas';
import { pageOperationsSchema, pageSchema } from '../confluence-schemas';
import { traverse } from '@atlaskit/adf-utils/traverse';
import type { ADFEntity } from '@atlaskit/adf-utils/types';
import type { AdfNode } from '../../adf/adf-node';
import { isAdfNode } from '../../adf/adf-node';
import { adfToHtml } from '../adf-html';
import { forgeMacroOf, setMacroConfig } from '../forge-macro';
import { hasMacroConfig, moduleTitle, uiModule } from '../app-modules';
import { forgeFrame } from '../forge-frame';
import { spaceById, spacePages, wikiSidebar } from './wiki-tree';

async function loadPage(env: PageEnv, id: string, format: 'atlas_doc_format' | 'export_view') {
  const res = await env.rest.get(
    `/wiki/api/v2/pages/${encodeURIComponent(id)}?body-format=${format}`,
  );
  const parsed = res.status === 200 ? pageSchema.safeParse(res.body) : undefined;
  return { res, page: parsed?.success ? parsed.data : undefined };
}

function parseAdf(page: ConfluencePage): AdfNode | undefined {
  const value = page.body?.atlas_doc_format?.value;
  if (!value) return undefined;
  try {
    const doc: unknown = JSON.parse(value);
    return isAdfNode(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the signed-in user may edit the page (Confluence's `GET /pages/{id}/operations`). */
async function canEditPage(env: PageEnv, id: string): Promise<boolean> {
  const res = await env.rest.get(`/wiki/api/v2/pages/${encodeURIComponent(id)}/operations`);
  const parsed = res.status === 200 ? pageOperationsSchema.safeParse(res.body) : undefined;
  return Boolean(
    parsed?.success &&
    parsed.data.operations.some((o) => o.operation === 'update' && o.targetType === 'page'),
  );
}

/**
 * GET /wiki/pages/:id — the page's ADF with the app's macros as Custom UI frames (view mode), and
 * GET /wiki/pages/:id/edit — the page in the editor, for people who may edit it: each macro is a
 * placeholder with its "Configure" button (Forge opens a macro's configuration only in the editor,
 * `add-custom-configuration-to-a-macro`). Frames name their page and macro; the Forge host sets
 * the extension context from them.
 */
export function wikiPage(mode: 'view' | 'edit') {
  return async (env: PageEnv): Promise<void> => {
    const id = param(env.req, 'id');
    const [{ res, page: pageData }, editable] = await Promise.all([
      loadPage(env, id, 'atlas_doc_format'),
      canEditPage(env, id),
    ]);
    if (!pageData || (mode === 'edit' && !editable)) {
      const status = pageData ? 403 : res.status === 200 ? 502 : res.status;
      env.send(
        {
          title: 'Page',
          product: 'confluence',
          body: html`<h1>Page</h1>
            ${sectionMessage(
              'warning',
              pageData ? 'You cannot edit this page' : 'This page cannot be shown',
              pageData
                ? ['Ask someone who can edit pages in this space.']
                : errorMessagesOf(res.status, res.body),
            )}`,
        },
        status,
      );
      return;
    }
    const [space, doc] = [await spaceById(env, pageData.spaceId), parseAdf(pageData)];
    const pages = space ? await spacePages(env, space.id) : [];
    const flag = queryString(env.req, 'flag');
    const content = adfToHtml(doc, (node) => {
      const macro = forgeMacroOf(node);
      const module = macro ? uiModule(env.app, macro.moduleKey) : undefined;
      if (!macro || !module || module.type !== 'macro') {
        return html`<div class="section-message section-message-warning" role="note">
          This macro is not available on this site.
        </div>`;
      }
      const title = moduleTitle(module);
      if (mode === 'view') {
        return forgeFrame({
          moduleKey: module.key,
          title,
          location: { pageId: pageData.id, localId: macro.localId },
        });
      }
      return macroPlaceholder(
        module.key,
        title,
        pageData.id,
        macro.localId,
        hasMacroConfig(module),
      );
    });
    const version = pageData.version?.number ?? 1;
    env.send({
      title: mode === 'edit' ? `Editing ${pageData.title}` : pageData.title,
      product: 'confluence',
      sidebar: wikiSidebar(space, pages, pageData.id),
      body: html`<nav class="breadcrumbs" aria-label="Breadcrumbs">
          ${space ? html`<a href="/wiki/spaces/${space.key}">${space.name}</a> / ` : ''}<span
            >${pageData.title}</span
          >
        </nav>
        <h1 data-testid="page-title">${pageData.title}</h1>
        <div class="button-row no-print">
          <span class="muted">Version ${version}</span>
          ${
            mode === 'edit'
              ? html`<span class="lozenge" data-testid="edit-mode">Editing</span>
                  <a class="button button-primary" href="/wiki/pages/${pageData.id}"
                    >Close editor</a
                  >`
              : html`${editable ? html`<a class="button" href="/wiki/pages/${pageData.id}/edit">Edit</a>` : ''}
                  <a class="button" href="/wiki/pages/${pageData.id}/export">Export to PDF</a>`
          }
        </div>
        ${flag ? sectionMessage('success', flag) : ''}
        <article data-testid="page-body">
          ${doc ? content : html`<p class="muted">This page is empty.</p>`}
        </article>`,
    });
  };
}

/** A macro in the editor: its title and, when it has a configuration, the button that opens it. */
function macroPlaceholder(
  moduleKey: string,
  title: string,
  pageId: string,
  localId: string,
  configurable: boolean,
): SafeHtml {
  return html`<section
    class="macro-placeholder"
    aria-label="${title}"
    data-testid="macro-placeholder"
  >
    <strong>${title}</strong>
    ${
      configurable
        ? html`<button
            type="button"
            class="button button-subtle"
            data-configure-macro
            data-module-key="${moduleKey}"
            data-title="${title}"
            data-page-id="${pageId}"
            data-local-id="${localId}"
          >
            Configure<span class="visually-hidden"> ${title}</span>
          </button>`
        : ''
    }
  </section>`;
}

/** GET /wiki/pages/:id/export — the export view (what PDF/Word export prints), print-friendly. */
export async function wikiExport(env: PageEnv): Promise<void> {
  const id = param(env.req, 'id');
  const { res, page: pageData } = await loadPage(env, id, 'export_view');
  const body = pageData
    ? html`<div class="button-row no-print">
          <a class="button" href="/wiki/pages/${pageData.id}">Back to page</a>
          <button type="button" class="button button-primary" data-print>
            Print / Save as PDF
          </button>
        </div>
        <h1>${pageData.title}</h1>
        <article class="export-view adf" data-testid="export-view">
          ${trusted(pageData.body?.export_view?.value ?? '')}
        </article>`
    : html`<h1>Export</h1>
        ${sectionMessage('error', 'This page cannot be exported', errorMessagesOf(res.status, res.body))}`;
  sendHtml(
    env.res,
    page({
      title: pageData ? `${pageData.title} (export)` : 'Export',
      product: 'confluence',
      user: env.user,
      theme: 'light',
      body,
      bare: true,
    }),
    pageData ? 200 : res.status,
  );
}

const macroConfigBody = z.object({
  localId: z.string().min(1, 'localId is required'),
  config: z.record(z.string(), z.unknown()),
});

/**
 * POST /wiki/pages/:id/macro-config {localId, config} — what Confluence does on view.submit
 * from a macro's config frame: stores the config in the macro's ADF node and saves a new version.
 */
export async function saveMacroConfig(env: PageEnv): Promise<void> {
  const id = param(env.req, 'id');
  const input = macroConfigBody.safeParse(env.req.body ?? {});
  if (!input.success) {
    env.res.status(400).json({ errorMessages: [z.prettifyError(input.error)], errors: {} });
    return;
  }
  const [{ res, page: pageData }, editable] = await Promise.all([
    loadPage(env, id, 'atlas_doc_format'),
    canEditPage(env, id),
  ]);
  if (pageData && !editable) {
    env.res.status(403).json({
      errorMessages: ['You cannot edit this page, so you cannot configure its macros.'],
      errors: {},
    });
    return;
  }
  const doc = pageData ? parseAdf(pageData) : undefined;
  if (!pageData || !doc) {
    env.res
      .status(res.status === 200 ? 400 : res.status)
      .json({ errorMessages: errorMessagesOf(res.status, res.body), errors: {} });
    return;
  }
  let found = false;
  const configure = (node: ADFEntity): ADFEntity | undefined => {
    if (forgeMacroOf(node as AdfNode)?.localId !== input.data.localId) return undefined;
    found = true;
    setMacroConfig(node as AdfNode, input.data.config);
    return node;
  };
  const updated = traverse(doc as ADFEntity, {
    extension: configure,
    bodiedExtension: configure,
    inlineExtension: configure,
  });
  if (!found) {
    env.res
      .status(404)
      .json({ errorMessages: ['This macro is no longer on the page.'], errors: {} });
    return;
  }
  const put = await env.rest.put(`/wiki/api/v2/pages/${encodeURIComponent(id)}`, {
    id,
    status: 'current',
    title: pageData.title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(updated) },
    version: {
      number: (pageData.version?.number ?? 1) + 1,
      message: 'Macro configuration changed',
    },
  });
  if (put.status !== 200) {
    env.res
      .status(put.status >= 400 ? put.status : 502)
      .json({ errorMessages: errorMessagesOf(put.status, put.body), errors: {} });
    return;
  }
  env.res.json({ saved: true, version: (pageData.version?.number ?? 1) + 1 });
}
