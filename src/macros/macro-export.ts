/**
 * The adfExport of a macro (PDF/Word export, export_view), read as the exporting user: the
 * macro's content as ADF, or — when the call cannot be read, the macro is not configured or
 * reading fails — a short message in its place, never a crash.
 */
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import type { ProductClient } from '../jira/product-client';
import { failure } from '../resolvers/resolver-outcome';
import type { MacroContext } from './macro-context';
import { parseMacroExport } from './macro-context';

export async function exportMacro<Adf>(
  payload: unknown,
  macroName: string,
  render: (context: MacroContext & { accountId: string }) => Promise<Adf>,
  messageAdf: (message: string) => Adf,
): Promise<Adf> {
  try {
    return await render(parseMacroExport(payload, macroName));
  } catch (err) {
    const outcome = failure(err);
    return messageAdf(`it could not be exported: ${[outcome.error, ...outcome.details].join(' ')}`);
  }
}

/** What a controlled document's view loader reads: the page, its configuration, the exporter. */
export interface ExportViewRequest {
  pageId: string;
  rawConfig: unknown;
  viewerAccountId: string;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

/**
 * The export of a macro whose view says whether it is configured (AI policy, scope and context):
 * the view read as the exporting user, as ADF, or the message in its place.
 */
export async function exportMacroView<V extends { configured: true }, Adf>(
  payload: unknown,
  macroName: string,
  load: (request: ExportViewRequest) => Promise<V | { configured: false; message: string }>,
  toAdf: (view: V) => Adf,
  messageAdf: (message: string) => Adf,
): Promise<Adf> {
  return exportMacro(
    payload,
    macroName,
    async (macro) => {
      const view = await load({
        pageId: macro.pageId,
        rawConfig: macro.rawConfig,
        viewerAccountId: macro.accountId,
        now: new Date(),
        confluence: confluenceAsUser(),
        jira: jiraAsUser(),
      });
      return view.configured ? toAdf(view) : messageAdf(view.message);
    },
    (message) => messageAdf(`${macroName}: ${message}`),
  );
}
