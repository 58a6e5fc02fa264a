/**
 * Corrective Action "Done": freezes who implemented it (its assignee at that moment) into an issue
 * property written as the app, with Jira's resolution date of this completion. Reassigning the
 * action later does not change it, so the implementer cannot review its effectiveness.
 * Idempotent per transition execution.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { FrozenImplementer } from '../jira/facts/frozen-implementer';
import {
  FROZEN_IMPLEMENTER_PROPERTY,
  frozenImplementerSchema,
} from '../jira/facts/frozen-implementer';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import type { ProductClient } from '../jira/product-client';

const doneIssueSchema = z.object({
  fields: z
    .object({
      assignee: z.object({ accountId: z.string() }).loose().nullish(),
      resolutiondate: z.string().nullish(),
    })
    .loose(),
});

export async function freezeImplementer(
  jira: ProductClient,
  key: string,
  executionId: string,
): Promise<string> {
  const existing = await readIssueProperty(
    jira,
    key,
    FROZEN_IMPLEMENTER_PROPERTY,
    frozenImplementerSchema,
  );
  if (existing?.executionId === executionId) return 'implementer already frozen';
  const issue = await jira.get(
    route`/rest/api/3/issue/${key}?fields=assignee,resolutiondate`,
    doneIssueSchema,
  );
  const assignee = issue.fields.assignee?.accountId;
  // A reopened and re-done action keeps everyone who ever implemented it.
  const accountIds = [
    ...new Set([...(existing?.accountIds ?? []), ...(assignee ? [assignee] : [])]),
  ];
  const record: FrozenImplementer = {
    accountIds,
    completedAt: issue.fields.resolutiondate ?? null,
    executionId,
  };
  await writeIssueProperty(jira, key, FROZEN_IMPLEMENTER_PROPERTY, record);
  return `implementer frozen (${accountIds.length})`;
}
