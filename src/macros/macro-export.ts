/**
 * The adfExport of a macro (PDF/Word export, page history, export_view). Forge passes an export
 * only `exportType` and the macro's context — no user (macro-context.ts) — so an export never
 * reads as a user, and never reads Jira as the app either (it would show issues some readers of
 * the page may not see). It shows what the page itself stores, read from the page as the app
 * (every reader of the export can read the page), with a note that the live Jira data is on the
 * page. When it cannot run, a short message takes its place: never a crash, never "no user".
 */
import { strong, text } from '@atlaskit/adf-utils/builders';
import { confluenceAsApp } from '../jira/forge-clients';
import type { ProductClient } from '../jira/product-client';
import { failure } from '../resolvers/resolver-outcome';
import type { MacroExportContext } from './macro-context';
import { parseMacroExport } from './macro-context';
import { note } from './adf-blocks';

export async function exportMacro<Adf>(
  payload: unknown,
  macroName: string,
  render: (context: MacroExportContext) => Promise<Adf>,
  messageAdf: (message: string) => Adf,
): Promise<Adf> {
  try {
    return await render(parseMacroExport(payload, macroName));
  } catch (err) {
    const outcome = failure(err);
    return messageAdf(`it could not be exported: ${[outcome.error, ...outcome.details].join(' ')}`);
  }
}

/** The note every export carries: what it leaves out, and where to see it. */
export function liveDataNote(what: string) {
  return note(
    'info',
    strong(text('Live data on the page: ')),
    text(
      `${what} is read from Jira with the permissions of whoever views the page, so an export — which is made without a reader — leaves it out. Open the page in Confluence to see it.`,
    ),
  );
}

/**
 * The site URL an export links Jira searches with: none, since the documented export payload does
 * not carry it — "first N of M" lists in an export say so in words, without a link.
 */
export const NO_SITE_LINKS = '';

/** What a controlled document's export view reads: this page as the app, and its configuration. */
export interface ExportViewRequest {
  pageId: string;
  rawConfig: unknown;
  now: Date;
  confluence: ProductClient;
}

/**
 * The export of a macro whose view says whether it is configured (AI policy, scope and context):
 * the view without a reader (`load` reads only this page, as the app), as ADF, or the message in
 * its place.
 */
export async function exportMacroView<V extends { configured: true }, Adf>(
  payload: unknown,
  macroName: string,
  load: (request: ExportViewRequest) => Promise<V | { configured: false; message: string }>,
  toAdf: (view: V, siteUrl: string) => Adf,
  messageAdf: (message: string) => Adf,
): Promise<Adf> {
  return exportMacro(
    payload,
    macroName,
    async (macro) => {
      const view = await load({
        pageId: macro.pageId,
        rawConfig: macro.rawConfig,
        now: new Date(),
        confluence: confluenceAsApp(),
      });
      return view.configured ? toAdf(view, NO_SITE_LINKS) : messageAdf(view.message);
    },
    (message) => messageAdf(`${macroName}: ${message}`),
  );
}
