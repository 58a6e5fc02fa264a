/**
 * The last management review held (9.3) for the readiness report, read AS THE VIEWER: the review
 * page and its frozen record (checked against its hash and the app's seal), and its actions in
 * Jira — counted by their JQL; those the record names that the viewer cannot browse are counted
 * as hidden, never named.
 */
import { daysBetween } from '../../domain/calendar';
import type { ManagementReviewFacts } from '../../domain/readiness';
import { verifyFrozenRecord } from '../../domain/review';
import type { FrozenReviewRecord } from '../../domain/review';
import { readPage } from '../../confluence/pages';
import { readBrowsableKeys } from '../../jira/browsable-issues';
import { jql } from '../../jira/jql-builder';
import { approximateCount } from '../../jira/issue-search';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { FigureView } from '../../ui-contract/overview-view';
import { reviewRecordStore } from '../review/review-draft';
import { reviewActionsJql } from '../review/review-jira-reader';
import { checkReviewSeal } from '../review/review-seal';
import { readIfReadable } from './readable-page';

export interface ReviewReading {
  facts: ManagementReviewFacts;
  figures: FigureView[];
  page: { pageId: string; title: string } | null;
  hidden: number;
}

const OPEN = jql.statusCategoryNot('done');

export async function readLastReview(
  jira: ProductClient,
  confluence: ProductClient,
  state: ProvisioningState,
  reviewPageId: string | undefined,
  asOf: string,
): Promise<ReviewReading> {
  const none = (facts: ManagementReviewFacts, page: ReviewReading['page'] = null) => ({
    facts,
    figures: [],
    page,
    hidden: 0,
  });
  if (!reviewPageId) return none({ state: 'no-page' });
  const read = await readIfReadable(async () => {
    const page = await readPage(confluence, reviewPageId);
    return { page, stored: await reviewRecordStore.read(confluence, reviewPageId) };
  });
  if (read === 'unreadable') return none({ state: 'unreadable' });
  const page = { pageId: read.page.id, title: read.page.title };
  const frozen = read.stored?.record.frozen;
  if (frozen === undefined) return none({ state: 'not-held' }, page);
  if (!verifyFrozenRecord(frozen).valid) return none({ state: 'altered' }, page);
  const { content } = frozen as FrozenReviewRecord;
  const actions = jql.and(reviewActionsJql(state, reviewPageId), OPEN);
  const named = content.decisions.flatMap((d) => (d.actionKey ? [d.actionKey] : []));
  const [seal, open, overdue, browsable] = await Promise.all([
    checkReviewSeal(reviewPageId, frozen, read.page.version),
    approximateCount(jira, actions),
    approximateCount(jira, jql.and(actions, jql.lt('duedate', asOf))),
    readBrowsableKeys(jira, named),
  ]);
  const heldOn = content.heldAt.slice(0, 10);
  return {
    facts: {
      state: 'held',
      heldOn,
      daysAgo: daysBetween(heldOn, asOf),
      sealIntact: seal === null || seal.state === 'verified' || seal.state === 'changed',
      openActions: open,
      overdueActions: overdue,
    },
    figures: [
      { label: 'Actions open', count: open, jql: actions },
      { label: 'Actions overdue', count: overdue, jql: jql.and(actions, jql.lt('duedate', asOf)) },
    ],
    page,
    hidden: new Set(named.map((k) => k.toUpperCase())).size - browsable.size,
  };
}
