/**
 * "Approve this SoA": an AIMS manager who can edit the page and sees the whole SoA freezes it — the rows as they are
 * now, who approved and when, the page and its current version — into the page's content
 * properties with its content hash (see soa-approval-record.ts).
 */
import { Refusal } from '../../domain/refusal';
import type { ProductClient } from '../../jira/product-client';
import { sealRecord } from '../../storage/record-seals';
import { newApprovalRecord } from './soa-approval-record';
import { SOA_SEAL_KIND } from './soa-seal';
import { readPageWithSoaApproval, writeSoaApproval } from './soa-approval-store';
import { loadLiveSoa } from './soa-live';
import { soaConfig } from './soa-macro-config';
import { readViewer, soaContentBlockers } from './soa-viewer';
import { readRestrictedUnlistedRiskKeys } from './soa-restricted-counts';

export interface SoaApproveRequest {
  pageId: string;
  rawConfig: unknown;
  siteUrl: string;
  /** The live content hash the approver looked at: the SoA must not have changed since. */
  reviewedHash: string;
  now: Date;
  jiraAsViewer: ProductClient;
  confluenceAsViewer: ProductClient;
}

export interface SoaApproveResult {
  pageVersion: number;
  contentHash: string;
  approvedAt: string;
}

export async function approveSoa(request: SoaApproveRequest): Promise<SoaApproveResult> {
  const config = soaConfig.require(request.rawConfig);
  // Who may approve (an AIMS manager who can edit the page) is checked by the resolver first
  // (src/resolvers/macro-write.ts); here, what they must have seen and what the SoA must hold.
  const [viewer, live] = await Promise.all([
    readViewer(request.jiraAsViewer),
    loadLiveSoa({ config, siteUrl: request.siteUrl, jiraAsViewer: request.jiraAsViewer }),
  ]);
  const blockers = soaContentBlockers(live.soa);
  if (blockers.length > 0)
    throw new Refusal('You cannot approve this Statement of Applicability.', blockers);
  if (live.contentHash !== request.reviewedHash) {
    throw new Refusal(
      'The Statement of Applicability changed in Jira while you were reading it. Look at it again, then approve.',
    );
  }
  const { page, stored } = await readPageWithSoaApproval(
    request.confluenceAsViewer,
    request.pageId,
  );
  const approvedAt = request.now.toISOString();
  const rows = [...live.soa.rows];
  const restrictedCountedKeys = await readRestrictedUnlistedRiskKeys(
    request.jiraAsViewer,
    rows,
    live.risksClauseOf,
  );
  const usedOwners = new Set(rows.flatMap((r) => (r.ownerAccountId ? [r.ownerAccountId] : [])));
  const record = newApprovalRecord(
    {
      approvedBy: { accountId: viewer.accountId, displayName: viewer.displayName },
      approvedAt,
      pageId: page.id,
      pageVersion: page.version,
      projectKey: config.projectKey,
      includeOrganizationControls: config.includeOrganizationControls,
      ownerNames: Object.fromEntries(
        Object.entries(live.ownerNames).filter(([id]) => usedOwners.has(id)),
      ),
      restrictedCountedKeys,
    },
    rows,
    stored.check,
  );
  await writeSoaApproval(request.confluenceAsViewer, request.pageId, stored, record);
  // The authoritative seal, in app storage: written once the page holds what it seals.
  await sealRecord(
    { kind: SOA_SEAL_KIND, pageId: page.id },
    { recordHash: record.meta.current.sealHash, pageVersion: page.version, sealedAt: approvedAt },
  );
  return { pageVersion: page.version, contentHash: record.meta.current.contentHash, approvedAt };
}
