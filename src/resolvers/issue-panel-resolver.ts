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
import { Refusal } from '../domain/refusal';
import { fieldIdOf } from '../jira/aims-issue';
import { listPeople } from '../jira/people';
import { createLinkedRecord } from '../issue-panels/linked-record-creation';
import {
  addFindingSchema,
  createCorrectiveActionSchema,
  runTransitionSchema,
  setPersonSchema,
} from '../issue-panels/panel-action-payloads';
import { setPanelPerson } from '../issue-panels/panel-person';
import { runPanelTransition } from '../issue-panels/panel-transition';
import { definePageWrite, pageWriteFunctions } from './page-write';
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

/** The AIMS setup, or a refusal that changes nothing when there is none. */
async function activeAimsOrRefuse(): Promise<ActiveAims> {
  const aims = await loadActiveAims();
  if (!aims) throw new Refusal(NOT_PROVISIONED_MESSAGE);
  return aims;
}

/** The panel's issue with its links, as the person (to check what a payload names against it). */
async function panelIssue(aims: ActiveAims, context: ResolverContext) {
  const { issueKey } = issuePanelContext(context);
  return loadAimsIssue(jiraAsUser(), aims.state, issueKey, ['effectivenessReviewer']);
}

/** The people a manager may choose (implementer, reviewer), as Jira lists them to the viewer. */
defineValidated(resolver, 'getPeople', z.object({}), async (_payload, context) => {
  issuePanelContext(context);
  return { people: await listPeople(jiraAsUser()) };
});

/** On a Nonconformity: creates a Corrective Action that corrects it, as the manager; the new panel. */
definePageWrite(
  resolver,
  'createCorrectiveAction',
  'panel.correctiveAction',
  createCorrectiveActionSchema,
  async (payload, context) => {
    const aims = await activeAimsOrRefuse();
    const nc = await panelIssue(aims, context);
    if (nc.typeKey !== 'nonconformity')
      throw new Refusal(
        'Nothing was created: a corrective action is created from a Nonconformity.',
      );
    await createLinkedRecord(jiraAsUser(), aims, {
      source: nc,
      requestId: payload.requestId,
      typeKey: 'correctiveAction',
      linkTypeKey: 'corrects',
      summary: payload.summary,
      fields: payload.implementerAccountId
        ? { assignee: { accountId: payload.implementerAccountId } }
        : {},
    });
    return panelFor(aims, context);
  },
);

/** On an Audit: adds a graded Audit Finding found in it, as the auditor or manager; the new panel. */
definePageWrite(
  resolver,
  'addFinding',
  'panel.finding',
  addFindingSchema,
  async (payload, context) => {
    const aims = await activeAimsOrRefuse();
    const audit = await panelIssue(aims, context);
    if (audit.typeKey !== 'audit')
      throw new Refusal('Nothing was created: a finding is added from an Audit.');
    await createLinkedRecord(jiraAsUser(), aims, {
      source: audit,
      requestId: payload.requestId,
      typeKey: 'auditFinding',
      linkTypeKey: 'foundIn',
      summary: payload.summary,
      fields: { [fieldIdOf(aims.state, 'findingGrade')]: { value: payload.grade } },
    });
    return panelFor(aims, context);
  },
);

/** Chooses a corrective action's implementer or the effectiveness reviewer, as the manager. */
definePageWrite(
  resolver,
  'setPerson',
  'panel.person',
  setPersonSchema,
  async (payload, context) => {
    const aims = await activeAimsOrRefuse();
    await setPanelPerson(jiraAsUser(), aims, await panelIssue(aims, context), payload);
    return panelFor(aims, context);
  },
);

/** Runs the issue's transition by name, as the person (Jira's conditions and validators decide). */
definePageWrite(
  resolver,
  'runTransition',
  'panel.transition',
  runTransitionSchema,
  async ({ transitionName }, context) => {
    const aims = await activeAimsOrRefuse();
    const { issueKey } = issuePanelContext(context);
    await runPanelTransition(jiraAsUser(), issueKey, transitionName);
    return panelFor(aims, context);
  },
);

/** The panel's writes checked for an AIMS role (resolver-authorization test). */
export const PAGE_WRITE_FUNCTIONS = pageWriteFunctions(resolver);

export const issuePanelResolver = resolver.getDefinitions();
