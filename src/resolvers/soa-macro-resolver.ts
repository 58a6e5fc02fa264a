import Resolver from '@forge/resolver';
import { z } from 'zod';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { CONTENT_HASH_PATTERN } from '../domain/integrity/canonical-hash';
import { loadAppConfig } from '../storage/app-config';
import { approveSoa } from '../macros/soa/soa-approve';
import { soaCsv } from '../macros/soa/soa-csv';
import { soaFilterSchema } from '../macros/soa/soa-filter';
import {
  SoaRefusal,
  checkSoaMacroConfig,
  soaNotConfiguredMessage,
} from '../macros/soa/soa-macro-config';
import { loadSoaView, rowsShown } from '../macros/soa/soa-view';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';

const resolver = new Resolver();

const macroContextSchema = z.object({
  siteUrl: z.string().optional(),
  extension: z.looseObject({
    content: z.looseObject({ id: z.string().regex(/^\d+$/, 'The macro is not on a saved page') }),
    config: z.unknown().optional(),
  }),
});

/** The page the macro sits on, its saved configuration and the site address (Forge context). */
function macroOf(context: ResolverContext): {
  pageId: string;
  rawConfig: unknown;
  siteUrl: string;
} {
  const parsed = macroContextSchema.safeParse(context);
  if (!parsed.success)
    throw new SoaRefusal(
      'This function only works inside the Statement of Applicability macro on a saved Confluence page.',
    );
  return {
    pageId: parsed.data.extension.content.id,
    rawConfig: parsed.data.extension.config,
    siteUrl: parsed.data.siteUrl ?? '',
  };
}

function viewRequest(context: ResolverContext, filter: z.infer<typeof soaFilterSchema>) {
  const macro = macroOf(context);
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
    const view = await loadSoaView(viewRequest(context, filter));
    if (!view.configured) throw new SoaRefusal(view.message, view.problems);
    if (version === 'approved' && view.approval.state !== 'valid') {
      throw new SoaRefusal('There is no valid approved version to download.');
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
      csv: soaCsv(rowsShown(view, version), owners),
    };
  },
);

/** Defaults for the configuration form. */
defineValidated(resolver, 'getConfigDefaults', z.object({}), async (_payload, context) => {
  macroOf(context);
  const appConfig = await loadAppConfig();
  return { projectKey: appConfig.projectKey, includeOrganizationControls: true };
});

/** Checks a configuration before the config frame submits it: a bad one is refused, nothing saved. */
defineValidated(
  resolver,
  'checkConfig',
  z.object({ config: z.unknown() }),
  async ({ config }, context) => {
    macroOf(context);
    const check = checkSoaMacroConfig(config);
    if (!check.ok) throw new SoaRefusal(soaNotConfiguredMessage(check.problems), check.problems);
    return { config: check.config };
  },
);

/** "Approve this SoA" for the live content the approver looked at (its hash). */
defineValidated(
  resolver,
  'approve',
  z.object({
    reviewedHash: z
      .string()
      .regex(CONTENT_HASH_PATTERN, { error: 'reviewedHash must be the content hash shown' }),
  }),
  async ({ reviewedHash }, context) => {
    const macro = macroOf(context);
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
