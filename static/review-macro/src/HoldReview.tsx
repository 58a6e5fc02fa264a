import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { z } from 'zod';
import { callResolver, Problem } from '../../common';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { row, ruledSection, subheading } from '../../common/styles';

const heldSchema = z.object({
  contentHash: z.string(),
  heldAt: z.string(),
  pageVersion: z.number(),
});

/** "Record as held", after an explicit confirmation: freezes the whole record. */
export function HoldReview({ view, onHeld }: { view: ConfiguredReviewView; onHeld: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  if (view.state !== 'draft' || view.editBlockers.length > 0) return null;
  const hold = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await callResolver('recordAsHeld', heldSchema, { confirm: true });
      setConfirming(false);
      onHeld();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section style={ruledSection} aria-labelledby="hold" data-testid="hold-review">
      <h3 id="hold" style={subheading}>
        Record the review as held
      </h3>
      {confirming ? (
        <SectionMessage appearance="warning" title="Record this review as held?">
          <p>
            The inputs as they are now, the attendees and the decisions are frozen with a content
            hash. Later changes in Jira will not change this record, and it cannot be edited again.
          </p>
          <div style={row}>
            <Button appearance="warning" onClick={() => void hold()} isDisabled={saving}>
              Yes, record as held
            </Button>
            <Button appearance="subtle" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </SectionMessage>
      ) : (
        <div style={row}>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Record as held
          </Button>
        </div>
      )}
      {error !== undefined && <Problem error={error} title="The review was not recorded as held" />}
    </section>
  );
}
