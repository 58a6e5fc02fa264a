import { confluenceAsApp } from '../jira/forge-clients';
import { NO_SITE_LINKS, exportMacro } from './macro-export';
import { reviewMessageAdf, reviewViewToAdf } from './review/review-adf';
import { loadReviewExportView } from './review/review-view';

/**
 * adfExport of the Management Review macro (PDF/Word export, page history, export_view). No
 * reader: the held record as the page stores it (read from this page as the app); a draft shows
 * only what was entered on the page, its live Jira inputs are left out with a note.
 */
export async function reviewExport(payload: unknown) {
  return exportMacro(
    payload,
    'Management Review',
    async (macro) =>
      reviewViewToAdf(
        await loadReviewExportView({
          pageId: macro.pageId,
          rawConfig: macro.rawConfig,
          confluence: confluenceAsApp(),
          now: new Date(),
        }),
        NO_SITE_LINKS,
      ),
    reviewMessageAdf,
  );
}
