/**
 * The documents of the readiness report, read AS THE VIEWER the way their own macros read them:
 * the scope (the page the app registered for the project, its document control), the AI policies
 * in force and their acknowledgements (the management review's reading), and the approved
 * Statement of Applicability with its seal. A page the viewer cannot read is said so, never
 * read as the app.
 */
import { utcDate } from '../../domain/calendar';
import { documentVersionStatus } from '../../domain/document-control';
import type {
  ControlledDocumentFacts,
  PolicyFacts,
  SoaApprovalFacts,
} from '../../domain/readiness';
import { readPage } from '../../confluence/pages';
import type { ProductClient } from '../../jira/product-client';
import { readScopePage } from '../../storage/scope-page-index';
import { readPolicyAwareness } from '../review/review-policy-awareness';
import { scopeControlStore } from '../scope/scope-page-records';
import { readPageWithSoaApproval } from '../soa/soa-approval-store';
import { checkSoaSeal } from '../soa/soa-seal';
import { readIfReadable } from './readable-page';

export interface DocumentReading<F> {
  facts: F;
  /** The page that proves it, when the viewer can read one. */
  page: { pageId: string; title: string } | null;
}

export async function readScopeFacts(
  confluence: ProductClient,
  projectKey: string,
  now: Date,
): Promise<DocumentReading<ControlledDocumentFacts>> {
  const entry = await readScopePage(projectKey);
  if (!entry) return { facts: { state: 'no-page' }, page: null };
  const read = await readIfReadable(async () => {
    const page = await readPage(confluence, entry.pageId);
    return { page, stored: await scopeControlStore.read(confluence, entry.pageId) };
  });
  if (read === 'unreadable') return { facts: { state: 'unreadable' }, page: null };
  const version = read.page.version;
  const status = documentVersionStatus(
    read.stored?.record,
    { viewed: version, current: version },
    utcDate(now),
  );
  return {
    facts: {
      state: 'read',
      status: status.status,
      approvedVersion: status.approvedVersion ?? null,
      changedSinceApproval: status.changedSinceApproval,
      review: status.review.state,
    },
    page: { pageId: read.page.id, title: read.page.title },
  };
}

export async function readPolicyFacts(
  jira: ProductClient,
  confluence: ProductClient,
  now: Date,
): Promise<DocumentReading<PolicyFacts> & { memberGroup: string }> {
  const awareness = await readPolicyAwareness(jira, confluence, now);
  const inForce = awareness.policies.find((p) => p.version !== null) ?? awareness.policies[0];
  const page = inForce
    ? await readIfReadable(() => readPage(confluence, inForce.pageId))
    : 'unreadable';
  return {
    facts: {
      policies: awareness.policies,
      unreadablePages: awareness.unreadablePages,
      groupSize: awareness.groupSize,
    },
    memberGroup: awareness.memberGroup,
    page: page === 'unreadable' ? null : { pageId: page.id, title: page.title },
  };
}

export async function readSoaFacts(
  confluence: ProductClient,
  soaPageId: string | undefined,
): Promise<DocumentReading<SoaApprovalFacts>> {
  if (!soaPageId) return { facts: { state: 'no-page' }, page: null };
  const read = await readIfReadable(() => readPageWithSoaApproval(confluence, soaPageId));
  if (read === 'unreadable') return { facts: { state: 'unreadable' }, page: null };
  const page = { pageId: read.page.id, title: read.page.title };
  const { check } = read.stored;
  if (check.state !== 'valid') return { facts: { state: check.state }, page };
  const seal = await checkSoaSeal(soaPageId, check, read.page.version);
  return {
    facts: {
      state: 'approved',
      approvedOn: check.snapshot.facts.approvedAt.slice(0, 10),
      seal: seal?.state ?? null,
    },
    page,
  };
}
