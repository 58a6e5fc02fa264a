import SectionMessage from '@atlaskit/section-message';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/** The action a document review opened, when the viewer can see it. */
type ReviewAction = { key: string; statusName: string } | null;

const actionText = (action: ReviewAction): string =>
  action ? ` Review action: ${action.key} (${action.statusName}).` : '';

/**
 * Warnings an auditor must not miss: an old version, a change since the approval, a review due
 * or overdue, no owner yet (`ownerTask` says what the owner then does), and no document control
 * yet (`startHint` says how the owner starts it).
 */
export function DocumentWarnings({
  view,
  reviewName,
  ownerTask,
  startHint,
  reviewAction = null,
}: {
  view: DocumentControlView;
  /** "Policy review". */
  reviewName: string;
  /** "ticks the clause 5.2 checklist". */
  ownerTask: string;
  startHint: string;
  reviewAction?: ReviewAction;
}) {
  return (
    <>
      {!view.page.isCurrent && (
        <SectionMessage
          appearance="information"
          title={`Page version ${view.page.viewedVersion} of ${view.page.currentVersion}`}
        >
          <p>This is the document control as it stood at page version {view.page.viewedVersion}.</p>
        </SectionMessage>
      )}
      {view.changedSinceApproval && view.approval && (
        <div data-testid="changed-since-approval">
          <SectionMessage
            appearance="warning"
            title={`Changed since approved version ${view.approval.approvedVersion}`}
          >
            <p>
              This page was changed after version {view.approval.approvedVersion} was approved. What
              you see is not approved until a manager approves it again.
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'overdue' && (
        <div data-testid="review-overdue">
          <SectionMessage appearance="error" title={`${reviewName} overdue`}>
            <p>
              The review was due on {view.review.nextReviewDate} ({view.review.daysOverdue} days
              ago).{actionText(reviewAction)}
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'due' && (
        <SectionMessage appearance="warning" title={`${reviewName} due today`}>
          <p>The review of this document falls due today.{actionText(reviewAction)}</p>
        </SectionMessage>
      )}
      {view.page.isCurrent && view.owner === null && (
        <div data-testid="no-owner">
          <SectionMessage appearance="warning" title="No document owner yet">
            <p>
              An AIMS manager who can edit this page sets the document owner; the owner then{' '}
              {ownerTask} and asks for approval.
            </p>
          </SectionMessage>
        </div>
      )}
      {view.uncontrolled && view.owner !== null && (
        <SectionMessage appearance="information" title="No document control recorded yet">
          <p>{startHint}</p>
        </SectionMessage>
      )}
    </>
  );
}
