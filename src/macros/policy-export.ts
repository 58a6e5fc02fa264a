import { z } from 'zod';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { notConfiguredAdf, policyViewToAdf } from './policy/policy-adf';
import { loadPolicyView } from './policy/policy-view';

const exportPayloadSchema = z.object({
  exportType: z.string().optional(),
  context: z.looseObject({
    accountId: z.string().min(1, 'The export has no user'),
    extension: z.looseObject({
      content: z.looseObject({ id: z.string().regex(/^\d+$/) }),
      config: z.unknown().optional(),
    }),
  }),
});

/**
 * adfExport of the AI Policy macro (PDF/Word export, export_view): the document control,
 * the clause 5.2 checklist and the objectives as ADF, read as the exporting user.
 */
export async function policyExport(payload: unknown) {
  const parsed = exportPayloadSchema.safeParse(payload);
  if (!parsed.success)
    return notConfiguredAdf(
      `The AI Policy macro could not be exported: ${z.prettifyError(parsed.error)}`,
    );
  const { context } = parsed.data;
  const view = await loadPolicyView({
    pageId: context.extension.content.id,
    rawConfig: context.extension.config,
    viewerAccountId: context.accountId,
    now: new Date(),
    confluence: confluenceAsUser(),
    jira: jiraAsUser(),
  });
  return view.configured ? policyViewToAdf(view) : notConfiguredAdf(view.message);
}
