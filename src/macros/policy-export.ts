import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { exportMacro } from './macro-export';
import { notConfiguredAdf, policyViewToAdf } from './policy/policy-adf';
import { loadPolicyView } from './policy/policy-view';

/**
 * adfExport of the AI Policy macro (PDF/Word export, export_view): the document control,
 * the clause 5.2 checklist and the objectives as ADF, read as the exporting user.
 */
export async function policyExport(payload: unknown) {
  return exportMacro(
    payload,
    'AI Policy',
    async (macro) => {
      const view = await loadPolicyView({
        pageId: macro.pageId,
        rawConfig: macro.rawConfig,
        viewerAccountId: macro.accountId,
        now: new Date(),
        confluence: confluenceAsUser(),
        jira: jiraAsUser(),
      });
      return view.configured
        ? policyViewToAdf(view, macro.siteUrl)
        : notConfiguredAdf(view.message);
    },
    (message) => notConfiguredAdf(`AI Policy: ${message}`),
  );
}
