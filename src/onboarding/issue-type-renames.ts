/**
 * The AIMS issue types whose name in Jira is not the configured one (ADR 0013): after an upgrade
 * that renamed a default ("Audit" → "AIMS Audit"), or after an admin renamed a type on the admin
 * page, until provisioning renames it in place. Read as the admin, in one request.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ActiveAims } from '../jira/active-aims';
import { AIMS_ISSUE_TYPES } from '../jira/aims-schema';
import type { ProductClient } from '../jira/product-client';
import type { AppConfig } from '../storage/app-config';
import { issueTypeSchema } from '../workflows/provisioning/jira-config-schemas';
import type { IssueTypeRename } from '../ui-contract/onboarding-view';

export async function issueTypesToRename(
  jira: ProductClient,
  aims: ActiveAims,
  config: AppConfig,
): Promise<IssueTypeRename[]> {
  const inProject = await jira.get(
    route`/rest/api/3/issuetype/project?projectId=${aims.state.projectId}`,
    z.array(issueTypeSchema),
  );
  const nameOf = new Map(inProject.map((t) => [t.id, t.name]));
  return AIMS_ISSUE_TYPES.flatMap((def) => {
    const current = nameOf.get(aims.state.issueTypes[def.key] ?? '');
    const wanted = config.issueTypeNames[def.key];
    return current !== undefined && current.toLowerCase() !== wanted.toLowerCase()
      ? [{ from: current, to: wanted }]
      : [];
  });
}
