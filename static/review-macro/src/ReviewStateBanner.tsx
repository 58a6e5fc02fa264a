import SectionMessage from '@atlaskit/section-message';
import { mono, muted } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { heldCountsSentence, hiddenItemsSentence } from '../../../src/ui-contract/review-labels';
import { formatTimestamp } from '../../common/format-time';

/** Where the review stands: a live draft, held and frozen, or a held record that was altered. */
export function ReviewStateBanner({ view }: { view: ConfiguredReviewView }) {
  if (view.state === 'tampered') {
    return (
      <div role="alert" data-testid="review-tampered">
        <SectionMessage appearance="error" title="This held review's record has been altered">
          <p>
            The stored record no longer matches what was sealed when the review was recorded as
            held, so it cannot be trusted and is not shown.
          </p>
          <ul>
            {view.integrityProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </SectionMessage>
      </div>
    );
  }
  if (view.held) {
    return (
      <div data-testid="review-held">
        <SectionMessage appearance="success" title="Held — this record is frozen">
          <p>
            Recorded by {view.held.heldBy.displayName} at {formatTimestamp(view.held.heldAt)}
            {view.held.pageVersion ? ` (page version ${view.held.pageVersion})` : ''}. The inputs
            below are as they were then; later changes in Jira do not change them.
          </p>
          {view.held.hiddenItems > 0 && (
            <p data-testid="review-hidden-items">{hiddenItemsSentence(view.held.hiddenItems)}</p>
          )}
          <p data-testid="review-held-counts">
            {heldCountsSentence(
              view.held.heldBy.displayName,
              view.held.heldAt,
              view.held.countedUnseen,
            )}
          </p>
          <p style={muted}>
            Content hash <span style={mono}>{view.held.contentHash}</span>
          </p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <SectionMessage appearance="information" title="Draft">
      <p>
        The inputs are live from Jira ({view.projectKey}) as you can see them, and are frozen when
        the review is recorded as held.
      </p>
      {view.editBlockers.map((b) => (
        <p key={b}>{b}</p>
      ))}
    </SectionMessage>
  );
}
