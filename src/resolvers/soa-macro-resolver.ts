import Resolver from '@forge/resolver';
import { z } from 'zod';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { CONTENT_HASH_PATTERN } from '../domain/integrity/canonical-hash';
import { Refusal } from '../domain/refusal';
import { loadAppConfig } from '../storage/app-config';
import { approveSoa } from '../macros/soa/soa-approve';
import { soaCsv } from '../macros/soa/soa-csv';
import { issueSearchUrl } from '../ui-contract/issue-search-link';
import { soaFilterSchema } from '../macros/soa/soa-filter';
import { parseMacroContext } from '../macros/macro-context';
import { soaConfig } from '../macros/soa/soa-macro-config';
import { loadSoaView, rowsShown } from '../macros/soa/soa-view';
import type { ResolverContext } from './resolver-outcome';
import { defineConfigReads } from './macro-config-functions';
import { defineValidated } from './resolver-outcome';
import { defineMacroWrite, macroWriteFunctions } from './macro-write';

const resolver = new Resolver();

const MACRO = 'Statement of Applicability';

function viewRequest(context: ResolverContext, filter: z.infer<typeof soaFilterSchema>) {
  const macro = parseMacroContext(context, MACRO);
  return {
    ...macro,
    filter,
    jiraAsViewer: jiraAsUser(),
    confluenceAsViewer: confluenceAsUser(),
  };
}

/** The SoA as the viewer may see it: live, the approved version and what changed since. */
defineValidated(resolver, 'getView', soaFilterSchema, async (filter, context) =>
  loadSoaView(viewRequest(context, filter)),
);

/** The rows shown (live or approved, after the filters) as a CSV file. */
defineValidated(
  resolver,
  'getCsv',
  soaFilterSchema.extend({ version: z.enum(['live', 'approved']).default('live') }),
  async ({ version, ...filter }, context) => {
    const macro = parseMacroContext(context, MACRO);
    const view = await loadSoaView(viewRequest(context, filter));
    if (!view.configured) throw new Refusal(view.message, view.problems);
    if (version === 'approved' && view.approval.state !== 'valid') {
      throw new Refusal('There is no valid approved version to download.');
    }
    const owners =
      version === 'approved' && view.approval.state === 'valid'
        ? { ...view.ownerNames, ...view.approval.ownerNames }
        : view.ownerNames;
    const stamp =
      version === 'approved' && view.approval.state === 'valid'
        ? `approved-v${view.approval.pageVersion}`
        : 'live';
    return {
      filename: `statement-of-applicability-${view.config.projectKey}-${stamp}.csv`,
      csv: soaCsv(rowsShown(view, version), owners, (row) => {
        const search = row.recordKey ? view.riskSearches[row.recordKey] : undefined;
        return search && macro.siteUrl ? issueSearchUrl(macro.siteUrl, search) : undefined;
      }),
    };
  },
);

defineConfigReads(resolver, MACRO, soaConfig, async () => ({
  projectKey: (await loadAppConfig()).projectKey,
  includeOrganizationControls: true,
}));

/** "Approve this SoA" for the live content the approver looked at (its hash). */
defineMacroWrite(
  resolver,
  'approve',
  MACRO,
  'soa.approve',
  z.object({
    reviewedHash: z
      .string()
      .regex(CONTENT_HASH_PATTERN, { error: 'reviewedHash must be the content hash shown' }),
  }),
  async ({ reviewedHash }, context) => {
    const macro = parseMacroContext(context, MACRO);
    return approveSoa({
      ...macro,
      reviewedHash,
      now: new Date(),
      jiraAsViewer: jiraAsUser(),
      confluenceAsViewer: confluenceAsUser(),
    });
  },
);

export const soaMacroResolver = resolver.getDefinitions();

/** Its functions that change a record, each with the write it is checked as. */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
