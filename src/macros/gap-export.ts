import { confluenceAsApp } from '../jira/forge-clients';
import { gapExportAdf, gapMessageAdf } from './gap-analysis/gap-adf';
import { loadGapView } from './gap-analysis/gap-view';
import { exportMacro } from './macro-export';

/**
 * adfExport of the gap analysis macro. No reader: the assessment is stored on the page itself,
 * read as the app from this page only, so the export shows exactly what every reader of the page
 * may read.
 */
export async function gapExport(payload: unknown) {
  return exportMacro(
    payload,
    'Gap analysis',
    async (macro) =>
      gapExportAdf(await loadGapView({ pageId: macro.pageId, confluence: confluenceAsApp() })),
    gapMessageAdf,
  );
}
