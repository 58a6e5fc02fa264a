/**
 * A page with one of the app's macros, driven as Confluence and the macro's frame would: resolver
 * calls through a registered frame and the Forge bridge (as the signed-in person), the config the
 * page's macro node holds, what Confluence does when the config frame submits, and page edits.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';
import { bridge, registerFrame } from '../forge-host/fixture-host';

export interface MacroOutcome {
  ok: boolean;
  data?: Record<string, unknown> & { configured?: boolean };
  error?: string;
  details?: string[];
}

export interface PageJson {
  id: string;
  title: string;
  version: { number: number };
  body?: Record<string, { value: string }>;
}

type AdfDoc = { content: Record<string, unknown>[] };

/** The body of a REST answer; a failure throws with the status and body. */
export async function ok<T = Record<string, unknown>>(
  p: Promise<{ status: number; body: unknown }>,
): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

function macroNodeOf(doc: AdfDoc) {
  const node = doc.content.find((n) => n.type === 'extension') as
    { attrs: { parameters: Record<string, unknown> } } | undefined;
  if (!node) throw new Error('no macro on the page');
  return node;
}

/**
 * The pages of one macro (`moduleKey`; `localId` is its node on the pages this fixture makes, as
 * the demo's page bodies have it).
 */
export function macroPages(site: RunningSite, spaceId: string, moduleKey: string, localId: string) {
  const readPage = (pageId: string, format = 'atlas_doc_format'): Promise<PageJson> =>
    ok<PageJson>(
      callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${pageId}?body-format=${format}`),
    );
  const docOf = (page: PageJson): AdfDoc =>
    JSON.parse(page.body?.atlas_doc_format?.value ?? '{}') as AdfDoc;
  const putPage = async (
    pageId: string,
    page: PageJson,
    doc: unknown,
    login: SeededLogin = 'admin',
  ): Promise<number> => {
    const next = page.version.number + 1;
    await ok(
      callAs(site, login, 'PUT', `/wiki/api/v2/pages/${pageId}`, {
        id: pageId,
        status: 'current',
        title: page.title,
        body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
        version: { number: next },
      }),
    );
    return next;
  };
  return {
    readPage,

    /** Creates a page in the space as the site admin; without `configured`, its macro has no settings. */
    async createPage(
      title: string,
      body: { content: object[] },
      configured = true,
    ): Promise<string> {
      if (!configured) delete macroNodeOf(body as AdfDoc).attrs.parameters.guestParams;
      const page = await ok<{ id: string }>(
        callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
          spaceId,
          status: 'current',
          title,
          body: { representation: 'atlas_doc_format', value: JSON.stringify(body) },
        }),
      );
      return page.id;
    },

    /**
     * Invokes a resolver function through a frame of the page's macro registered for `login`, as
     * the bridge does: the Forge host sets the context (page, saved config) from the page.
     * `editorConfig` opens the macro as the editor does (page editors only), with that config;
     * `configuring` opens its config frame.
     */
    async call(
      login: SeededLogin,
      pageId: string,
      functionKey: string,
      payload: Record<string, unknown> = {},
      options: { editorConfig?: Record<string, unknown>; configuring?: boolean } = {},
    ): Promise<MacroOutcome> {
      const { frameId } = await registerFrame(site, login, moduleKey, {
        pageId,
        localId,
        ...(options.editorConfig ? { editorConfig: options.editorConfig } : {}),
        ...(options.configuring ? { entryPoint: 'config' as const } : {}),
      });
      const res = await bridge(site, login, frameId, 'invoke', { functionKey, payload });
      if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
      return res.result as MacroOutcome;
    },

    /** What Confluence does on view.submit from the config frame: config into the node, new version. */
    async submitConfig(pageId: string, config: Record<string, unknown>): Promise<number> {
      const page = await readPage(pageId);
      const doc = docOf(page);
      macroNodeOf(doc).attrs.parameters.guestParams = config;
      return putPage(pageId, page, doc);
    },

    /** An ordinary edit of the page text (by `login`: the author of the new version). */
    async editPage(
      pageId: string,
      sentence: string,
      login: SeededLogin = 'admin',
    ): Promise<number> {
      const page = await readPage(pageId);
      const doc = docOf(page);
      doc.content.push({ type: 'paragraph', content: [{ type: 'text', text: sentence }] });
      return putPage(pageId, page, doc, login);
    },

    /** The page's export view (what PDF/Word export renders) as `login` sees it. */
    async exportView(login: SeededLogin, pageId: string): Promise<string> {
      const exported = await ok<PageJson>(
        callAs(site, login, 'GET', `/wiki/api/v2/pages/${pageId}?body-format=export_view`),
      );
      return exported.body?.export_view?.value ?? '';
    },

    /** A content property of the page, as Confluence REST shows it to the site admin. */
    async property(pageId: string, key: string) {
      const list = await ok<{
        results: { id: string; key: string; value: unknown; version: { number: number } }[];
      }>(callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${pageId}/properties?key=${key}`));
      return list.results[0];
    },
  };
}
