import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';
import { KeyValueTable } from '../KeyValueTable';
import { formatTimestamp } from '../format-time';

const STATUS_APPEARANCE: Record<DocumentControlView['status'], ThemeAppearance> = {
  draft: 'default',
  'in-review': 'inprogress',
  approved: 'success',
  superseded: 'removed',
};

function nextReview(view: DocumentControlView): string {
  const date = view.review.nextReviewDate;
  if (!date) return 'Set when the policy is approved';
  if (view.review.state === 'overdue')
    return `${date} — overdue by ${view.review.daysOverdue} day${view.review.daysOverdue === 1 ? '' : 's'}`;
  if (view.review.state === 'due') return `${date} — due today`;
  return date;
}

/** The document-control block (7.5.2 identification, review and approval). */
export function DocumentControl({ view }: { view: DocumentControlView }) {
  const rows: [string, ReactNode][] = [
    ['Document ID', view.documentReference],
    ['Title', view.page.title],
    [
      'Page version',
      view.page.isCurrent
        ? `${view.page.viewedVersion} (current)`
        : `${view.page.viewedVersion} (current is ${view.page.currentVersion})`,
    ],
    ['Owner', view.owner?.displayName ?? 'No owner set yet'],
    [
      'Status',
      <span data-testid="document-status">
        <Lozenge appearance={STATUS_APPEARANCE[view.status]}>{view.statusName}</Lozenge>
        {view.changedSinceApproval && view.approval && (
          <span> changed since approved version {view.approval.approvedVersion}</span>
        )}
      </span>,
    ],
    [
      'Approved',
      view.approval
        ? `by ${view.approval.approver.displayName}, ${formatTimestamp(view.approval.approvedAt)}, page version ${view.approval.approvedVersion}`
        : 'Not approved yet',
    ],
    ['Review interval', `${view.reviewIntervalMonths} months`],
    ['Next review', nextReview(view)],
  ];
  return <KeyValueTable label="Document control" rows={rows} testId="document-control" />;
}
