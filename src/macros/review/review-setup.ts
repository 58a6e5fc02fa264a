/**
 * What every review operation starts from: the macro's configuration (validated), the AIMS
 * project's provisioning, and the record stored on the page (read as the viewer).
 */
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
    };

export async function loadReviewSetup(
  request: Pick<ReviewRequest, 'pageId' | 'rawConfig' | 'confluence'>,
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
  const stored = await reviewRecordStore.read(request.confluence, request.pageId);
  return { configured: true, config: check.config, state, stored };
}

/** `YYYY-MM-DD` of a date, in UTC. */
export const dayOfDate = (date: Date): string => date.toISOString().slice(0, 10);
