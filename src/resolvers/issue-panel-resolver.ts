/**
 * Resolver of the ISO 42001 issue panel (jira:issuePanel aims-issue-panel). Everything is read and
 * written as the viewing user: what Jira hides from them, the panel never shows; what Jira forbids
 * them to edit, the panel cannot record.
 */
import { route } from '@forge/api';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { toJiraFields } from '../jira/aims-issue';
import { jiraAsUser } from '../jira/forge-clients';
import type { ActiveAims } from '../jira/active-aims';
import { loadActiveAims } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { issuePanelContext } from '../issue-panels/panel-context';
import { checkFieldUpdate, updateFieldsPayloadSchema } from '../issue-panels/panel-field-update';
import { loadIssuePanel } from '../issue-panels/panel-loader';
import type { IssuePanelView } from '../issue-panels/panel-types';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';

const resolver = new Resolver();

const NOT_PROVISIONED_MESSAGE =
  'The AIMS app is not set up yet: a Jira administrator runs the provisioning from the AIMS admin page.';
const NOT_PROVISIONED: IssuePanelView = {
  kind: 'notProvisioned',
  message: NOT_PROVISIONED_MESSAGE,
};

async function panelFor(aims: ActiveAims, context: ResolverContext): Promise<IssuePanelView> {
  const { issueKey, issueId, issueTypeId, accountId } = issuePanelContext(context);
  return loadIssuePanel(jiraAsUser(), aims, {
    issueKey,
    ...(issueId ? { issueId } : {}),
    ...(issueTypeId ? { issueTypeId } : {}),
    viewer: accountId ? { accountId, displayName: 'Me' } : null,
    now: new Date(),
  });
}

const siteContextSchema = z.looseObject({ siteUrl: z.url().optional() });
/** The site's address from the Forge context (issue keys become links to it). */
const siteUrlOf = (context: unknown): string | undefined => {
  const parsed = siteContextSchema.safeParse(context);
  return parsed.success ? parsed.data.siteUrl : undefined;
};

/** The panel of the issue in the extension context, read as the viewer. */
defineValidated(resolver, 'getPanel', z.object({}), async (_payload, context) => {
  const aims = await loadActiveAims();
  if (!aims) return NOT_PROVISIONED;
  return panelFor(aims, context);
});

/** Records step data on the issue (logical field keys, validated), as the viewer; answers the new panel. */
defineValidated(
  resolver,
  'updateFields',
  updateFieldsPayloadSchema,
  async ({ values }, context) => {
    const aims = await loadActiveAims();
    if (!aims) throw new Error(NOT_PROVISIONED_MESSAGE);
    const { issueKey, accountId } = issuePanelContext(context);
    const jira = jiraAsUser();
    const issue = await loadAimsIssue(jira, aims.state, issueKey, []);
    const checked = checkFieldUpdate(issue.typeKey, values, accountId, siteUrlOf(context));
    await jira.sendNoContent(route`/rest/api/3/issue/${issueKey}`, 'PUT', {
      fields: toJiraFields(aims.state, checked),
    });
    return panelFor(aims, context);
  },
);

export const issuePanelResolver = resolver.getDefinitions();
