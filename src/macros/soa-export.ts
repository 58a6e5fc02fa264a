import { confluenceAsApp } from '../jira/forge-clients';
import { exportMacro } from './macro-export';
import { soaExportAdf, soaMessageAdf } from './soa/soa-adf';
import { readPageVersion, readSoaApproval } from './soa/soa-approval-store';
import { checkSoaSeal } from './soa/soa-seal';
import { soaConfig } from './soa/soa-macro-config';

const TITLE = 'Statement of Applicability';

/**
 * adfExport of the SoA macro (PDF/Word export, page history, export_view). No reader: the approval
 * the page stores (read from this page as the app) and a note that the live SoA is on the page.
 */
export async function soaExport(payload: unknown) {
  return exportMacro(
    payload,
    TITLE,
    async (macro) => {
      const check = soaConfig.check(macro.rawConfig);
      if (!check.ok) return soaMessageAdf(TITLE, soaConfig.notConfigured(check.problems));
      const [stored, page] = await Promise.all([
        readSoaApproval(confluenceAsApp(), macro.pageId),
        readPageVersion(confluenceAsApp(), macro.pageId),
      ]);
      const seal = await checkSoaSeal(page.id, stored.check, page.version);
      return soaExportAdf(check.config.projectKey, stored.check, seal);
    },
    (message) => soaMessageAdf(TITLE, message),
  );
}
