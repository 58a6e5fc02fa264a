import { route } from '@forge/api';
import type { AimsLinkTypeKey } from './aims-schema';
import { AIMS_LINK_TYPES } from './aims-schema';
import type { ProductClient } from './product-client';
import type { ProvisioningState } from '../storage/provisioning-state';

/**
 * Creates "<source> <outward> <target>" with one of the app's link types. (Jira's POST /issueLink
 * takes the source as `inwardIssue` and the target as `outwardIssue`.)
 */
export async function linkIssues(
  client: ProductClient,
  state: ProvisioningState,
  linkTypeKey: AimsLinkTypeKey,
  sourceKey: string,
  targetKey: string,
): Promise<void> {
  const provisioned = state.linkTypes[linkTypeKey];
  const type = provisioned
    ? { id: provisioned.id }
    : { name: AIMS_LINK_TYPES.find((l) => l.key === linkTypeKey)?.name ?? linkTypeKey };
  // Safe to repeat after a 5xx: "If the link request duplicates a link, the response indicates
  // that the issue link was created" (spec: createIssueLink), and no comment is sent.
  await client.sendNoContent(
    route`/rest/api/3/issueLink`,
    'POST',
    { type, inwardIssue: { key: sourceKey }, outwardIssue: { key: targetKey } },
    { repeatable: true },
  );
}
