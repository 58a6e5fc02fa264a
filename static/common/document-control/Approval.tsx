import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Confirmation } from '../Confirmation';
import { useUnsavedEdits } from '../unsaved-edits';
import { muted, row, stack } from '../styles';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/**
 * "Approve this version" with a confirmation step (the approval binds to what is shown), and the
 * owner's "Request approval" once the content is ready; otherwise why the viewer cannot approve.
 * Either reloads the macro, so unsaved input (the content being edited, the owner picker) is named
 * first, with the offer to save it.
 */
export function Approval({
  view,
  documentName,
  canRequest,
  requestedWith,
  approvePayload,
  run,
}: {
  view: DocumentControlView;
  /** What the approver confirms the page to be: "the organization's AI policy". */
  documentName: string;
  /** The content is ready for the owner to ask for approval. */
  canRequest: boolean;
  /** What the approval is asked for with: "this checklist". */
  requestedWith: string;
  /** What the approval binds to besides the page version (the content hash). */
  approvePayload?: Record<string, unknown>;
  run: (fn: string, payload?: Record<string, unknown>) => Promise<unknown>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const unsaved = useUnsavedEdits();
  if (!view.page.isCurrent) return null;
  const version = view.page.currentVersion;
  const showRequest = view.viewer.isOwner && view.status === 'draft' && canRequest;
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
          <p>
            An AIMS manager is asked to approve version {version} with {requestedWith}.
          </p>
        </Confirmation>
      )}
      {confirming && (
        <Confirmation
          title={`Approve page version ${version}?`}
          confirmLabel={`Approve version ${version}`}
          onConfirm={() => {
            setConfirming(false);
            void run('approve', { reviewedVersion: version, ...approvePayload });
          }}
          onCancel={() => setConfirming(false)}
          unsaved={unsaved}
          testId="approve-confirmation"
        >
          <p>
            You confirm that version {version} of this page is suitable and adequate as{' '}
            {documentName}. Your name, the time and version {version} are recorded; any later change
            needs a new approval.
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
