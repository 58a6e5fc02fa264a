/**
 * The AIMS Actions the app's scans open, each marked by a label that names what it is for (a
 * policy page and due date, an impact assessment and review date): found by that label before
 * one is created, so a scan that died after creating does not open a second.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProvisioningState } from '../storage/provisioning-state';
import type { AimsFieldValue } from './aims-issue';
import { adfDoc, toJiraFields } from './aims-issue';
import { searchOne } from './issue-search';
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

export interface LabelledActionInput {
  summary: string;
  /** Plain text, one paragraph per line. */
  description: string;
  label: string;
  dueDate: string;
  values: Record<string, AimsFieldValue>;
}

const createdSchema = z.object({ id: z.string(), key: z.string() });

/** Creates an AIMS Action carrying its label; returns its key. */
export async function createLabelledAimsAction(
  jira: ProductClient,
  state: ProvisioningState,
  action: LabelledActionInput,
): Promise<string> {
  const typeId = state.issueTypes.aimsAction;
  if (!typeId)
    throw new Error(`The AIMS Action issue type is not provisioned in ${state.projectKey}.`);
  const created = await jira.post(
    route`/rest/api/3/issue`,
    {
      fields: {
        project: { key: state.projectKey },
        issuetype: { id: typeId },
        summary: action.summary.slice(0, 255),
        description: adfDoc(action.description),
        labels: [action.label],
        duedate: action.dueDate,
        ...toJiraFields(state, action.values),
      },
    },
    createdSchema,
  );
  return created.key;
}
