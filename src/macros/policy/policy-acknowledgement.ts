/**
 * "I have read and understood this version" (7.3) on the AI Policy macro: a person acknowledges
 * the approved version in force (checked as them: they can view the page and its document
 * control), and the macro shows the share of the AIMS members group that has. Who acknowledged is
 * kept in app storage (src/storage/policy-acknowledgements.ts); the view shows counts only.
 */
import { utcDate } from '../../domain/calendar';
import type { PolicyInForce } from '../../domain/policy';
import {
  acknowledgeableVersion,
  acknowledgementBlockers,
  acknowledgementShare,
  policyVersionStatus,
} from '../../domain/policy';
import { Refusal } from '../../domain/refusal';
import type { MacroWriterFacts } from '../../authorization/macro-write-guard';
import { viewWriteBlockers } from '../../authorization/macro-write-guard';
import { readPage } from '../../confluence/pages';
import { readGroupSize } from '../../jira/group-size';
import { readViewer } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import {
  countPolicyAcknowledgements,
  readPolicyAcknowledgement,
  recordPolicyAcknowledgement,
} from '../../storage/policy-acknowledgements';
import type { PolicyAcknowledgementView } from '../../ui-contract/policy-macro-view';
import type { DocumentActionRequest } from '../document-control/document-change-facts';
import type { StoredPolicyControl } from './policy-page-gateway';
import { policyControlStore } from './policy-page-gateway';
import { policyConfig } from './policy-macro-config';

/** The document control at the page's current version. */
export function policyInForce(
  stored: StoredPolicyControl | undefined,
  currentVersion: number,
  now: Date,
): PolicyInForce {
  const status = policyVersionStatus(
    stored?.record,
    { viewed: currentVersion, current: currentVersion },
    utcDate(now),
  );
  return { status: status.status, approvedVersion: status.approvedVersion };
}

/**
 * Records that the person asking has read and understood `version` (the approved version in
 * force, read as them). Acknowledging again changes nothing and answers the first one.
 */
export async function acknowledgePolicy(
  request: DocumentActionRequest,
  version: number,
): Promise<{ acknowledgedVersion: number; acknowledgedAt: string; alreadyAcknowledged: boolean }> {
  policyConfig.require(request.rawConfig);
  const [page, stored, viewer, appConfig] = await Promise.all([
    readPage(request.confluence, request.pageId),
    policyControlStore.read(request.confluence, request.pageId),
    readViewer(request.jira),
    loadAppConfig(),
  ]);
  const blockers = acknowledgementBlockers(
    policyInForce(stored, page.version, request.now),
    version,
  );
  if (blockers.length > 0)
    throw new Refusal('You cannot acknowledge this version of the AI policy.', blockers);
  const { acknowledgement, recorded } = await recordPolicyAcknowledgement({
    pageId: request.pageId,
    pageVersion: version,
    accountId: request.actorAccountId,
    acknowledgedAt: request.now.toISOString(),
    memberGroup: viewer.groups.includes(appConfig.memberGroup) ? appConfig.memberGroup : null,
  });
  return {
    acknowledgedVersion: acknowledgement.pageVersion,
    acknowledgedAt: acknowledgement.acknowledgedAt,
    alreadyAcknowledged: !recorded,
  };
}

export interface AcknowledgementReader {
  accountId: string;
  jira: ProductClient;
  writer: MacroWriterFacts | undefined;
}

/** Why the group's size is not shown. */
const GROUP_NOTES = {
  'no-permission': (group: string) =>
    `Jira does not show you the members of ${group} (it needs the "Browse users and groups" permission), so the share of the group is not shown.`,
  'no-such-group': (group: string) =>
    `There is no Jira group ${group} (the AIMS members group in the AIMS configuration); a Jira administrator can set it on the AIMS admin page.`,
} as const;

/** What the macro shows the viewer about acknowledging the approved version in force. */
export async function loadAcknowledgementView(
  reader: AcknowledgementReader,
  pageId: string,
  inForce: PolicyInForce,
): Promise<PolicyAcknowledgementView> {
  const version = acknowledgeableVersion(inForce) ?? null;
  const { memberGroup } = await loadAppConfig();
  const [mine, acknowledged, size] = await Promise.all([
    version === null
      ? Promise.resolve(undefined)
      : readPolicyAcknowledgement(pageId, version, reader.accountId),
    version === null
      ? Promise.resolve(0)
      : countPolicyAcknowledgements(pageId, version, memberGroup),
    readGroupSize(reader.jira, memberGroup),
  ]);
  const share = acknowledgementShare(acknowledged, size.known ? size.size : null);
  return {
    version,
    viewerAcknowledgedAt: mine?.acknowledgedAt ?? null,
    blockers: [
      ...viewWriteBlockers(reader.writer, 'policy.acknowledge'),
      ...acknowledgementBlockers(inForce, version ?? 0),
    ].filter((b, i, all) => all.indexOf(b) === i),
    memberGroup,
    acknowledged: share.acknowledged,
    groupSize: share.groupSize,
    percent: share.percent,
    groupNote: size.known ? null : GROUP_NOTES[size.reason](memberGroup),
  };
}
