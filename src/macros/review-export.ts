import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { exportMacro } from './macro-export';
import { reviewMessageAdf, reviewViewToAdf } from './review/review-adf';
import { loadReviewView } from './review/review-view';

/**
 * adfExport of the Management Review macro (PDF/Word export, export_view): the review as ADF,
 * read as the exporting user — the frozen record when the review was held.
 */
export async function reviewExport(payload: unknown) {
  return exportMacro(
    payload,
    'Management Review',
    async (macro) =>
      reviewViewToAdf(
        await loadReviewView({
          pageId: macro.pageId,
          rawConfig: macro.rawConfig,
          jira: jiraAsUser(),
          confluence: confluenceAsUser(),
          now: new Date(),
        }),
        macro.siteUrl,
      ),
    reviewMessageAdf,
  );
}
