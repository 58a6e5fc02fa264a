/**
 * The AIMS Actions the app opens — from its scans, review decisions and gap analyses — each marked
 * by labels that name what it is for (a policy page and due date, an impact assessment and review
 * date, a decision, a gap): found by its label before one is created, so a run that died after
 * creating does not open a second. One builder of their create fields, for single and bulk creates.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { ProvisioningState } from '../storage/provisioning-state';
import type { AimsFieldValue } from './aims-issue';
import { adfDoc, toJiraFields } from './aims-issue';
import { searchOne } from './issue-search';
import { fitSummary } from './issue-summary';
import { jql } from './jql-builder';
import type { ProductClient } from './product-client';

/** The key of the project's issue carrying `label`, if the search finds one. */
export async function findIssueByLabel(
  jira: ProductClient,
  state: ProvisioningState,
  label: string,
): Promise<string | undefined> {
  const found = await searchOne(jira, {
    jql: jql.and(jql.eq('project', state.projectKey), jql.eq('labels', label)),
    fields: ['key'],
  });
  return found?.key;
}

export interface AimsActionInput {
  /** Its first line becomes the summary, cut to Jira's limit. */
  summary: string;
  /** Plain text, one paragraph per line. */
  description: string;
  labels: readonly string[];
  dueDate?: string;
  assigneeAccountId?: string;
  /** The epic it belongs to (e.g. a step of the implementation roadmap). */
  parentKey?: string;
  values: Record<string, AimsFieldValue>;
}

/** The create-issue `fields` of an AIMS Action in the AIMS project. */
export function aimsActionFields(
  state: ProvisioningState,
  action: AimsActionInput,
): Record<string, unknown> {
  const typeId = state.issueTypes.aimsAction;
  if (!typeId)
    throw new Refusal(`The AIMS Action issue type is not provisioned in ${state.projectKey}.`);
  return {
    project: { key: state.projectKey },
    issuetype: { id: typeId },
    summary: fitSummary(action.summary),
    description: adfDoc(action.description),
    labels: [...action.labels],
    ...(action.dueDate ? { duedate: action.dueDate } : {}),
    ...(action.assigneeAccountId ? { assignee: { accountId: action.assigneeAccountId } } : {}),
    ...(action.parentKey ? { parent: { key: action.parentKey } } : {}),
    ...toJiraFields(state, action.values),
  };
}

export interface LabelledActionInput {
  summary: string;
  /** Plain text, one paragraph per line. */
  description: string;
  label: string;
  dueDate: string;
  values: Record<string, AimsFieldValue>;
}

const createdSchema = z.object({ key: z.string() });

/**
 * Creates the issue `fields` describe, which carry `label`; returns its key. A create whose answer
 * was lost is found by the label before creating again (a POST is never blindly repeated).
 */
export async function createIssueMarkedBy(
  jira: ProductClient,
  state: ProvisioningState,
  fields: Record<string, unknown>,
  label: string,
): Promise<string> {
  const created = await jira.post(route`/rest/api/3/issue`, { fields }, createdSchema, {
    findCreated: async () => {
      const key = await findIssueByLabel(jira, state, label);
      return key === undefined ? undefined : { key };
    },
  });
  return created.key;
}

/** Creates an AIMS Action carrying its label; returns its key. */
export async function createLabelledAimsAction(
  jira: ProductClient,
  state: ProvisioningState,
  action: LabelledActionInput,
): Promise<string> {
  const { label, ...rest } = action;
  return createIssueMarkedBy(
    jira,
    state,
    aimsActionFields(state, { ...rest, labels: [label] }),
    label,
  );
}
