import { z } from 'zod';
import { failure } from '../resolvers/resolver-outcome';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { reviewMessageAdf, reviewViewToAdf } from './review/review-adf';
import { loadReviewView } from './review/review-view';

const exportPayloadSchema = z.object({
  exportType: z.string().optional(),
  context: z.looseObject({
    accountId: z.string().min(1, 'The export has no user'),
    extension: z.looseObject({
      content: z.looseObject({ id: z.string().regex(/^\d+$/, 'The macro is not on a saved page') }),
      config: z.unknown().optional(),
    }),
  }),
});

/**
 * adfExport of the Management Review macro (PDF/Word export, export_view): the review as ADF,
 * read as the exporting user — the frozen record when the review was held.
 */
export async function reviewExport(payload: unknown) {
  const parsed = exportPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    return reviewMessageAdf(`it could not be exported: ${z.prettifyError(parsed.error)}`);
  }
  const { context } = parsed.data;
  try {
    const view = await loadReviewView({
      pageId: context.extension.content.id,
      rawConfig: context.extension.config,
      jira: jiraAsUser(),
      confluence: confluenceAsUser(),
      now: new Date(),
    });
    return reviewViewToAdf(view);
  } catch (err) {
    const outcome = failure(err);
    return reviewMessageAdf(
      `it could not be exported: ${[outcome.error, ...outcome.details].join(' ')}`,
    );
  }
}
