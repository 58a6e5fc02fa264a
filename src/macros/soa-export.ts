import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { exportMacro } from './macro-export';
import { soaMessageAdf, soaViewToAdf } from './soa/soa-adf';
import { loadSoaView } from './soa/soa-view';

const TITLE = 'Statement of Applicability';

/**
 * adfExport of the SoA macro (PDF/Word export, export_view): the live SoA grouped by objective
 * with totals and the approval status, read from Jira and Confluence as the exporting user.
 */
export async function soaExport(payload: unknown) {
  return exportMacro(
    payload,
    TITLE,
    async (macro) => {
      const view = await loadSoaView({
        pageId: macro.pageId,
        rawConfig: macro.rawConfig,
        siteUrl: macro.siteUrl,
        filter: {},
        jiraAsViewer: jiraAsUser(),
        confluenceAsViewer: confluenceAsUser(),
      });
      return view.configured
        ? soaViewToAdf(view, new Date(), macro.siteUrl)
        : soaMessageAdf(TITLE, view.message);
    },
    (message) => soaMessageAdf(TITLE, message),
  );
}
