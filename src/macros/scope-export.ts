import { exportMacroView } from './macro-export';
import { scopeMessageAdf, scopeViewToAdf } from './scope/scope-adf';
import { loadScopeExportView } from './scope/scope-view';

/**
 * adfExport of the "AIMS scope and context" macro (PDF/Word export, page history, export_view).
 * No reader: the document control, the scope, context and interested parties as the page stores
 * them (read from this page as the app); the AI systems in scope, Jira issues, are left out with
 * a note.
 */
export async function scopeExport(payload: unknown) {
  return exportMacroView(
    payload,
    'AIMS scope and context',
    loadScopeExportView,
    scopeViewToAdf,
    scopeMessageAdf,
  );
}
