import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Confirmation, Problem, callResolver, useAction } from '../../common';
import { looseStack, muted } from '../../common/styles';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';
import { soaApprovedSchema } from '../../../src/ui-contract/soa-macro-view';

/** "Approve this SoA", after a confirmation, for the rows as the approver sees them now. */
export function ApproveSoa({
  view,
  onApproved,
}: {
  view: ConfiguredSoaView;
  onApproved: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { run, running, error } = useAction();
  const approve = () =>
    run(async () => {
      const result = await callResolver('approve', soaApprovedSchema, {
        reviewedHash: view.live.contentHash,
      });
      setConfirming(false);
      onApproved(`Statement of Applicability approved at page version ${result.pageVersion}`);
    });
  return (
    <section aria-label="Approval" style={looseStack}>
      {view.viewer.canApprove && !confirming && (
        <div>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Approve this SoA
          </Button>
        </div>
      )}
      {confirming && (
        <Confirmation
          title="Approve this Statement of Applicability?"
          confirmLabel="Approve"
          busy={running}
          onConfirm={() => void approve()}
          onCancel={() => setConfirming(false)}
          testId="soa-approve-confirmation"
        >
          <p>
            You approve the {view.live.totals.rows} rows as shown now, at page version{' '}
            {view.page.version}. Your name, the time and a content hash are recorded; later changes
            in Jira are listed as changes since the approval.
          </p>
        </Confirmation>
      )}
      {!view.viewer.canApprove && (
        <p style={muted} data-testid="soa-approve-blockers">
          {view.viewer.approveBlockers.join(' ')}
        </p>
      )}
      {error !== undefined && <Problem error={error} title="Not approved" />}
    </section>
  );
}
