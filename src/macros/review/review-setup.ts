/**
 * What every review operation starts from: the macro's configuration (validated), the AIMS
 * project's provisioning, and the record stored on the page (read as the viewer).
 */
import type { PageAccess } from '../../authorization/page-edit-permission';
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import type { ProvisioningState } from '../../storage/provisioning-state';
import { reviewRecordStore } from './review-draft';
import type { StoredReviewRecord } from './review-draft';
import { reviewConfig } from './review-macro-config';
import type { ReviewMacroConfig } from './review-macro-config';

export interface ReviewRequest {
  pageId: string;
  rawConfig: unknown;
  jira: ProductClient;
  confluence: ProductClient;
  now: Date;
  /** The site's address, for links back to the review page ('' or absent when unknown). */
  siteUrl?: string;
}

export type ReviewSetup =
  | { configured: false; problems: string[] }
  | {
      configured: true;
      config: ReviewMacroConfig;
      state: ProvisioningState;
      stored: StoredReviewRecord | undefined;
      /** The page's current version, when the setup was read with the page. */
      pageVersion?: number;
      /** What the reader may do with the page, when the setup was read with it. */
      access?: PageAccess;
    };

/**
 * The setup; with `withPage` the record is read with the page in one request (its version, and
 * with 'access' what the reader may do with it: a view's facts), else from its property alone.
 */
export async function loadReviewSetup(
  request: Pick<ReviewRequest, 'pageId' | 'rawConfig' | 'confluence'>,
  withPage?: 'page' | 'access',
): Promise<ReviewSetup> {
  const check = reviewConfig.check(request.rawConfig);
  if (!check.ok) return { configured: false, problems: check.problems };
  const state = await loadProvisioningState(check.config.projectKey);
  if (!state) {
    return {
      configured: false,
      problems: [
        `The Jira project ${check.config.projectKey} is not set up as an AIMS project; choose the AIMS project or run the setup in the AIMS admin page.`,
      ],
    };
  }
  const config = check.config;
  if (!withPage) {
    const stored = await reviewRecordStore.read(request.confluence, request.pageId);
    return { configured: true, config, state, stored };
  }
  const read = await reviewRecordStore.readWithPage(
    request.confluence,
    request.pageId,
    withPage === 'access',
  );
  return {
    configured: true,
    config,
    state,
    stored: read.stored,
    pageVersion: read.page.version,
    ...(read.access ? { access: read.access } : {}),
  };
}

/** `YYYY-MM-DD` of a date, in UTC. */
export const dayOfDate = (date: Date): string => date.toISOString().slice(0, 10);
