import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Confirmation } from '../Confirmation';
import { muted, row, stack } from '../styles';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/**
 * "Approve this version" with a confirmation step (the approval binds to what is shown), and the
 * owner's "Request approval" once the content is ready; otherwise why the viewer cannot approve.
 */
export function Approval({
  view,
  documentName,
  canRequest,
  approvePayload,
  run,
}: {
  view: DocumentControlView;
  /** What the approver confirms the page to be: "the organization's AI policy". */
  documentName: string;
  /** The content is ready for the owner to ask for approval. */
  canRequest: boolean;
  /** What the approval binds to besides the page version (the content hash). */
  approvePayload?: Record<string, unknown>;
  run: (fn: string, payload?: Record<string, unknown>) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
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
        {showRequest && (
          <Button onClick={() => void run('requestApproval')}>Request approval</Button>
        )}
      </div>
      {confirming && (
        <Confirmation
          title={`Approve page version ${version}?`}
          confirmLabel={`Approve version ${version}`}
          onConfirm={() => {
            setConfirming(false);
            void run('approve', { reviewedVersion: version, ...approvePayload });
          }}
          onCancel={() => setConfirming(false)}
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
