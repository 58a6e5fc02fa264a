import { confluenceAsApp } from '../jira/forge-clients';
import { NO_SITE_LINKS, exportMacro } from './macro-export';
import { notConfiguredAdf, policyViewToAdf } from './policy/policy-adf';
import { loadPolicyExportView } from './policy/policy-view';

/**
 * adfExport of the AI Policy macro (PDF/Word export, page history, export_view). No reader: the
 * document control, the clause 5.2 checklist and the approval as the page stores them (read from
 * this page as the app); the AI objectives, Jira issues, are left out with a note.
 */
export async function policyExport(payload: unknown) {
  return exportMacro(
    payload,
    'AI Policy',
    async (macro) => {
      const view = await loadPolicyExportView({
        pageId: macro.pageId,
        rawConfig: macro.rawConfig,
        now: new Date(),
        confluence: confluenceAsApp(),
      });
      return view.configured
        ? policyViewToAdf(view, NO_SITE_LINKS)
        : notConfiguredAdf(view.message);
    },
    (message) => notConfiguredAdf(`AI Policy: ${message}`),
  );
}
