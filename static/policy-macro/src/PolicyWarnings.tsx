import SectionMessage from '@atlaskit/section-message';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';

/** Warnings an auditor must not miss: old version, changed since approval, review due. */
export function PolicyWarnings({ view }: { view: PolicyView }) {
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
              This page was edited after version {view.approval.approvedVersion} was approved. The
              text you see is not approved until a manager approves it again.
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'overdue' && (
        <div data-testid="review-overdue">
          <SectionMessage appearance="error" title="Policy review overdue">
            <p>
              The review was due on {view.review.nextReviewDate} ({view.review.daysOverdue} days
              ago).
              {view.reviewAction
                ? ` Review action: ${view.reviewAction.key} (${view.reviewAction.statusName}).`
                : ''}
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'due' && (
        <SectionMessage appearance="warning" title="Policy review due today">
          <p>
            The review of this policy falls due today.
            {view.reviewAction
              ? ` Review action: ${view.reviewAction.key} (${view.reviewAction.statusName}).`
              : ''}
          </p>
        </SectionMessage>
      )}
      {view.page.isCurrent && view.owner === null && (
        <div data-testid="no-owner">
          <SectionMessage appearance="warning" title="No document owner yet">
            <p>
              An AIMS manager who can edit this page sets the document owner; the owner then ticks
              the clause 5.2 checklist and asks for approval.
            </p>
          </SectionMessage>
        </div>
      )}
      {view.uncontrolled && view.owner !== null && (
        <SectionMessage appearance="information" title="No document control recorded yet">
          <p>The owner starts it by ticking the clause 5.2 checklist below.</p>
        </SectionMessage>
      )}
    </>
  );
}
