/**
 * The adfExport of a macro (PDF/Word export, page history, export_view). Forge passes an export
 * only `exportType` and the macro's context — no user (macro-context.ts) — so an export never
 * reads as a user, and never reads Jira as the app either (it would show issues some readers of
 * the page may not see). It shows what the page itself stores, read from the page as the app
 * (every reader of the export can read the page), with a note that the live Jira data is on the
 * page. When it cannot run, a short message takes its place: never a crash, never "no user".
 */
import { strong, text } from '@atlaskit/adf-utils/builders';
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
