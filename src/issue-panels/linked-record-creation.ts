/**
 * A record the issue panel creates already linked to the panel's issue (a Corrective Action that
 * corrects the Nonconformity, a Finding found in the Audit), as the person: Jira's create and
 * link permissions apply. The same request sent twice creates one record: the request is claimed
 * in app storage before the create (kvs-claim.ts) and the created key settled with the claim, so a
 * repeat only completes the link if it is missing.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { AimsIssue } from '../jira/aims-issue';
import type { ActiveAims } from '../jira/active-aims';
import { linkIssues } from '../jira/aims-link-writer';
import { linkedIssues } from '../jira/aims-links';
import type { AimsIssueTypeKey, AimsLinkTypeKey } from '../jira/aims-schema';
import { fitSummary } from '../jira/issue-summary';
import type { ProductClient } from '../jira/product-client';
import { claimKey, readClaim, settleClaim } from '../storage/kvs-claim';
import { panelCreateClaimKey } from '../storage/kvs-keys';

const createdSchema = z.object({ issueKey: z.string().optional(), at: z.string() });

export interface LinkedRecordRequest {
  /** The panel's issue, read as the person, with its links. */
  source: AimsIssue;
  requestId: string;
  typeKey: Extract<AimsIssueTypeKey, 'correctiveAction' | 'auditFinding'>;
  /** "<new record> <link> <source>", e.g. corrects, foundIn. */
  linkTypeKey: AimsLinkTypeKey;
  summary: string;
  /** More Jira fields of the new record (by field id: assignee, a finding's grade). */
  fields: Record<string, unknown>;
}

const sameSummary = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

async function ensureLinked(
  jira: ProductClient,
  aims: ActiveAims,
  request: LinkedRecordRequest,
  createdKey: string,
): Promise<string> {
  if (!request.source.links.some((l) => l.issue.key === createdKey))
    await linkIssues(jira, aims.state, request.linkTypeKey, createdKey, request.source.key);
  return createdKey;
}

/** Creates the record and links it (or completes what a first delivery of the request began). */
export async function createLinkedRecord(
  jira: ProductClient,
  aims: ActiveAims,
  request: LinkedRecordRequest,
): Promise<string> {
  const { source, typeKey, linkTypeKey } = request;
  const key = panelCreateClaimKey(source.id, request.requestId);
  const earlier = await readClaim(key, createdSchema);
  if (earlier?.issueKey) return ensureLinked(jira, aims, request, earlier.issueKey);
  const typeName = aims.config.issueTypeNames[typeKey];
  const twin = linkedIssues(source, linkTypeKey, typeName).find((l) =>
    sameSummary(l.issue.summary, request.summary),
  );
  if (twin)
    throw new Refusal(
      `Nothing was created: ${twin.issue.key} with this summary is already linked.`,
      ['Give the new record a summary of its own, or open the one already linked.'],
    );
  const typeId = aims.state.issueTypes[typeKey];
  if (!typeId)
    throw new Refusal(`The ${typeName} issue type is not provisioned.`, [
      'A Jira administrator runs the provisioning again from the AIMS admin page.',
    ]);
  const won = await claimKey(key, { at: new Date().toISOString() }, { staleAfterSeconds: 120 });
  if (!won) {
    const again = await readClaim(key, createdSchema);
    if (again?.issueKey) return ensureLinked(jira, aims, request, again.issueKey);
    throw new Refusal('This record is being created right now. Reload the panel in a moment.');
  }
  const created = await jira.post(
    route`/rest/api/3/issue`,
    {
      fields: {
        project: { id: aims.state.projectId },
        issuetype: { id: typeId },
        summary: fitSummary(request.summary),
        // Whoever may not see the source may not see what is created from it.
        ...(source.securityLevelId ? { security: { id: source.securityLevelId } } : {}),
        ...request.fields,
      },
    },
    z.object({ key: z.string() }).loose(),
  );
  await settleClaim(key, createdSchema, { issueKey: created.key, at: new Date().toISOString() });
  return ensureLinked(jira, aims, request, created.key);
}
