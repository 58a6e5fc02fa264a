import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { exportMacro } from './macro-export';
import { scopeMessageAdf, scopeViewToAdf } from './scope/scope-adf';
import { loadScopeView } from './scope/scope-view';

/**
 * adfExport of the "AIMS scope and context" macro (PDF/Word export, export_view): document
 * control, scope, context and interested parties, with the AI systems in scope read from Jira and
 * everything else from Confluence as the exporting user.
 */
export async function scopeExport(payload: unknown) {
  return exportMacro(
    payload,
    'AIMS scope and context',
    async (macro) => {
      const view = await loadScopeView({
        pageId: macro.pageId,
        rawConfig: macro.rawConfig,
        viewerAccountId: macro.accountId,
        now: new Date(),
        confluence: confluenceAsUser(),
        jira: jiraAsUser(),
      });
      return view.configured ? scopeViewToAdf(view) : scopeMessageAdf(view.message);
    },
    (message) => scopeMessageAdf(`AIMS scope and context: ${message}`),
  );
}
