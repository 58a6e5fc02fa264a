import { useState } from 'react';
import Button from '@atlaskit/button/new';
import {
  Confirmation,
  Problem,
  TitledSection,
  callResolver,
  useAction,
  useI18n,
  useUnsavedEdits,
} from '../../common';
import { row } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { reviewRecordedAsHeldSchema } from '../../../src/ui-contract/review-macro-view';

/**
 * "Record as held", after an explicit confirmation: freezes the whole record. Typed input that is
 * not saved yet is named first, with the offer to save it (the frozen record holds only what is
 * saved).
 */
export function HoldReview({ view, onHeld }: { view: ConfiguredReviewView; onHeld: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { run, running, error } = useAction();
  const unsaved = useUnsavedEdits();
  if (view.state !== 'draft' || view.editBlockers.length > 0) return null;
  const hold = () =>
    run(async () => {
      await callResolver('recordAsHeld', reviewRecordedAsHeldSchema, { confirm: true });
      setConfirming(false);
      onHeld();
    });
  return (
    <TitledSection titleId="hold" title={t('review.hold.title')} testId="hold-review">
      {confirming ? (
        <Confirmation
          appearance="warning"
          title={t('review.hold.confirmTitle')}
          confirmLabel={t('review.hold.confirm')}
          busy={running}
          unsaved={unsaved}
          testId="hold-confirmation"
          onConfirm={() => void hold()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('review.hold.text')}</p>
        </Confirmation>
      ) : (
        <div style={row}>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            {t('review.hold.button')}
          </Button>
        </div>
      )}
      {error !== undefined && <Problem error={error} title={t('review.hold.failed')} />}
    </TitledSection>
  );
}
