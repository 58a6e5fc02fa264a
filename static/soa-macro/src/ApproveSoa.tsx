import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Confirmation, Problem, callResolver, useAction, useI18n } from '../../common';
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
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { run, running, error } = useAction();
  const approve = () =>
    run(async () => {
      const result = await callResolver('approve', soaApprovedSchema, {
        reviewedHash: view.live.contentHash,
      });
      setConfirming(false);
      onApproved(t('soa.approve.done', { version: result.pageVersion }));
    });
  return (
    <section aria-label={t('soa.approve.label')} style={looseStack}>
      {view.viewer.canApprove && !confirming && (
        <div>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            {t('soa.approve.button')}
          </Button>
        </div>
      )}
      {confirming && (
        <Confirmation
          title={t('soa.approve.confirmTitle')}
          confirmLabel={t('soa.approve.confirm')}
          busy={running}
          onConfirm={() => void approve()}
          onCancel={() => setConfirming(false)}
          testId="soa-approve-confirmation"
        >
          <p>
            {t('soa.approve.confirmText', {
              rows: view.live.totals.rows,
              version: view.page.version,
            })}
          </p>
        </Confirmation>
      )}
      {!view.viewer.canApprove && (
        <p style={muted} data-testid="soa-approve-blockers">
          {view.viewer.approveBlockers.join(' ')}
        </p>
      )}
      {error !== undefined && <Problem error={error} title={t('soa.approve.failed')} />}
    </section>
  );
}
