import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Confirmation } from '../../common';
import { muted, row, stack } from '../../common/styles';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';

/** "Approve this version" with a confirmation step; approval binds to the version shown. */
export function Approval({
  view,
  run,
}: {
  view: PolicyView;
  run: (fn: string, payload?: Record<string, unknown>) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
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
            void run('approve', { reviewedVersion: version });
          }}
          onCancel={() => setConfirming(false)}
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
