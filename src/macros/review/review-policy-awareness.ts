/**
 * Awareness of the AI policy (7.3) for management review input d): for each AI policy page a
 * manager registered (src/storage/policy-page-index.ts; the app never crawls Confluence), read AS
 * THE VIEWER the way the AI Policy macro reads it — the page and its document control, hence the
 * approved version in force — and the count of the AIMS members group that acknowledged that
 * version (counts only, no names); the group's size as Jira shows it to the viewer. A registered
 * page the viewer cannot read is only counted as such, never read as the app.
 */
import { acknowledgeableVersion } from '../../domain/policy';
import type { ManagementReviewSource } from '../../domain/review';
import { readGroupSize } from '../../jira/group-size';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import { countPolicyAcknowledgements } from '../../storage/policy-acknowledgements';
import { listPolicyPages } from '../../storage/policy-page-index';
import { policyInForce } from '../policy/policy-acknowledgement';
import { policyControlStore } from '../policy/policy-page-gateway';

type PolicyAwarenessSource = NonNullable<ManagementReviewSource['policyAwareness']>;
type PolicyFigures = PolicyAwarenessSource['policies'][number];

/** The page's approved version in force and its acknowledgements; undefined when unreadable. */
async function policyFigures(
  confluence: ProductClient,
  pageId: string,
  memberGroup: string,
  now: Date,
): Promise<PolicyFigures | undefined> {
  try {
    // The page with its document control in one read: one the viewer cannot read is refused.
    const { page, stored } = await policyControlStore.readWithPage(confluence, pageId, false);
    const version = acknowledgeableVersion(policyInForce(stored, page.version, now)) ?? null;
    const acknowledged =
      version === null ? 0 : await countPolicyAcknowledgements(pageId, version, memberGroup);
    return { pageId, version, acknowledged };
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 403 || err.status === 404))
      return undefined;
    throw err;
  }
}

/** The acknowledgement share of each registered AI policy page, as the viewer may see it. */
export async function readPolicyAwareness(
  jira: ProductClient,
  confluence: ProductClient,
  now: Date,
): Promise<PolicyAwarenessSource> {
  const [pages, { memberGroup }] = await Promise.all([listPolicyPages(), loadAppConfig()]);
  const [size, figures] = await Promise.all([
    readGroupSize(jira, memberGroup),
    Promise.all(pages.map((p) => policyFigures(confluence, p.pageId, memberGroup, now))),
  ]);
  const readable = figures.filter((f): f is PolicyFigures => f !== undefined);
  return {
    memberGroup,
    groupSize: size.known ? size.size : null,
    policies: readable.sort((a, b) => Number(a.pageId) - Number(b.pageId)),
    unreadablePages: figures.length - readable.length,
  };
}
