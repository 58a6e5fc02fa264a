import { z } from 'zod';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { failure } from '../resolvers/resolver-outcome';
import { soaMessageAdf, soaViewToAdf } from './soa/soa-adf';
import { loadSoaView } from './soa/soa-view';

const exportPayloadSchema = z.object({
  exportType: z.string().optional(),
  context: z.looseObject({
    accountId: z.string().min(1, 'The export has no user'),
    siteUrl: z.string().optional(),
    extension: z.looseObject({
      content: z.looseObject({ id: z.string().regex(/^\d+$/, 'The macro is not on a saved page') }),
      config: z.unknown().optional(),
    }),
  }),
});

const TITLE = 'Statement of Applicability';

/**
 * adfExport of the SoA macro (PDF/Word export, export_view): the live SoA grouped by objective
 * with totals and the approval status, read from Jira and Confluence as the exporting user.
 */
export async function soaExport(payload: unknown) {
  const parsed = exportPayloadSchema.safeParse(payload);
  if (!parsed.success)
    return soaMessageAdf(
      TITLE,
      `the macro could not be exported: ${z.prettifyError(parsed.error)}`,
    );
  const { context } = parsed.data;
  try {
    const view = await loadSoaView({
      pageId: context.extension.content.id,
      rawConfig: context.extension.config,
      siteUrl: context.siteUrl ?? '',
      filter: {},
      jiraAsViewer: jiraAsUser(),
      confluenceAsViewer: confluenceAsUser(),
    });
    return view.configured ? soaViewToAdf(view, new Date()) : soaMessageAdf(TITLE, view.message);
  } catch (err) {
    const outcome = failure(err);
    return soaMessageAdf(TITLE, [outcome.error, ...outcome.details].join(' '));
  }
}
