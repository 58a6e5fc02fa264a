import { useState } from 'react';
import Button from '@atlaskit/button/new';
import {
  Confirmation,
  Problem,
  TitledSection,
  callResolver,
  useAction,
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
    <TitledSection titleId="hold" title="Record the review as held" testId="hold-review">
      {confirming ? (
        <Confirmation
          appearance="warning"
          title="Record this review as held?"
          confirmLabel="Yes, record as held"
          busy={running}
          unsaved={unsaved}
          testId="hold-confirmation"
          onConfirm={() => void hold()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            The inputs as they are now, the attendees and the decisions are frozen with a content
            hash. Later changes in Jira will not change this record, and it cannot be edited again.
          </p>
        </Confirmation>
      ) : (
        <div style={row}>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Record as held
          </Button>
        </div>
      )}
      {error !== undefined && <Problem error={error} title="The review was not recorded as held" />}
    </TitledSection>
  );
}
