/**
 * The adfExport of a macro (PDF/Word export, export_view), read as the exporting user: the
 * macro's content as ADF, or — when the call cannot be read, the macro is not configured or
 * reading fails — a short message in its place, never a crash.
 */
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
