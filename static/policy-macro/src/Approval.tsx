import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Confirmation, useUnsavedEdits } from '../../common';
import { muted, row, stack } from '../../common/styles';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';

/**
 * "Approve this version" with a confirmation step (approval binds to the version shown), and the
 * owner's "Request approval". Either reloads the macro, so unsaved input (the checklist, the
 * owner picker) is named first, with the offer to save it.
 */
export function Approval({
  view,
  run,
}: {
  view: PolicyView;
  run: (fn: string, payload?: Record<string, unknown>) => Promise<unknown>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const unsaved = useUnsavedEdits();
  if (!view.page.isCurrent) return null;
  const version = view.page.currentVersion;
  const showRequest = view.viewer.isOwner && view.status === 'draft' && view.uncoveredCount === 0;
  return (
    <section aria-label="Approval" style={stack}>
      <div style={row}>
        {view.viewer.canApprove && !confirming && (
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Approve this version
          </Button>
        )}
        {showRequest && !requesting && (
          <Button
            onClick={() => (unsaved.length > 0 ? setRequesting(true) : void run('requestApproval'))}
          >
            Request approval
          </Button>
        )}
      </div>
      {requesting && (
        <Confirmation
          title={`Ask for approval of page version ${version}?`}
          confirmLabel="Request approval"
          unsaved={unsaved}
          onConfirm={() => {
            setRequesting(false);
            void run('requestApproval');
          }}
          onCancel={() => setRequesting(false)}
          testId="request-approval-confirmation"
        >
          <p>An AIMS manager is asked to approve version {version} with this checklist.</p>
        </Confirmation>
      )}
      {confirming && (
        <Confirmation
          title={`Approve page version ${version}?`}
          confirmLabel={`Approve version ${version}`}
          onConfirm={() => {
            setConfirming(false);
            void run('approve', { reviewedVersion: version });
          }}
          onCancel={() => setConfirming(false)}
          unsaved={unsaved}
          testId="approve-confirmation"
        >
          <p>
            You confirm that version {version} of this page is suitable and adequate as the
            organization&apos;s AI policy. Your name, the time and version {version} are recorded;
            any later edit needs a new approval.
          </p>
        </Confirmation>
      )}
      {!view.viewer.canApprove &&
        !view.isApprovedVersion &&
        view.viewer.approveBlockers.length > 0 &&
        view.status !== 'superseded' && (
          <div style={muted} data-testid="approve-blockers">
            <span>Approval of version {version}: </span>
            {view.viewer.approveBlockers.join(' ')}
          </div>
        )}
    </section>
  );
}
