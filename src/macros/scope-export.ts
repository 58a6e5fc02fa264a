import { exportMacroView } from './macro-export';
import { scopeMessageAdf, scopeViewToAdf } from './scope/scope-adf';
import { loadScopeView } from './scope/scope-view';

/**
 * adfExport of the "AIMS scope and context" macro (PDF/Word export, export_view): document
 * control, scope, context and interested parties, with the AI systems in scope read from Jira and
 * everything else from Confluence as the exporting user.
 */
export async function scopeExport(payload: unknown) {
  return exportMacroView(
    payload,
    'AIMS scope and context',
    loadScopeView,
    scopeViewToAdf,
    scopeMessageAdf,
  );
}
