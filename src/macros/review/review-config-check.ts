/**
 * Checks a configuration before the config frame submits it (so a bad one is never saved): the
 * fields themselves, that the project is an AIMS project, and that the previous review page
 * exists and the person configuring can read it.
 */
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import { reviewConfig } from './review-macro-config';
import type { ReviewMacroConfig } from './review-macro-config';
import type { MacroConfigCheck } from '../macro-config';
import { pageIsReadable } from '../../confluence/pages';

export async function checkReviewConfigForSave(
  raw: unknown,
  confluence: ProductClient,
  currentPageId: string,
): Promise<MacroConfigCheck<ReviewMacroConfig>> {
  const check = reviewConfig.check(raw);
  if (!check.ok) return check;
  const problems: string[] = [];
  const { projectKey, previousReviewPageId } = check.config;
  if (!(await loadProvisioningState(projectKey))) {
    problems.push(`The Jira project ${projectKey} is not set up as an AIMS project.`);
  }
  if (previousReviewPageId) {
    if (previousReviewPageId === currentPageId) {
      problems.push('The previous review page cannot be this page.');
    } else if (!(await pageIsReadable(confluence, previousReviewPageId))) {
      problems.push(
        `The previous review page ${previousReviewPageId} does not exist or you cannot read it.`,
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : check;
}
