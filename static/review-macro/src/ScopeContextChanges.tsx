import SectionMessage from '@atlaskit/section-message';
import { TitledSection } from '../../common';
import { ContextChanges } from '../../common/ContextChanges';
import { minorHeading, muted } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { formatDay } from '../../common/format-time';

/**
 * Inputs 9.3.2 b) and c) from the AIMS scope and context: what changed in it since the previous
 * held review (live while a draft, frozen once held). The reviewers still add text below.
 */
export function ScopeContextChanges({ view }: { view: ConfiguredReviewView }) {
  const changes = view.contextChanges;
  if (!changes) return null;
  const { current, baseline } = changes;
  return (
    <TitledSection
      titleId="input-scope-context"
      title="b) and c) Changes in the AIMS scope and context"
      testId="input-scope-context"
    >
      {current && (
        <p style={muted}>
          From the page &quot;{current.title}&quot;, revision {current.revision}
          {baseline
            ? `, compared with revision ${baseline.revision} kept by the previous review held on ${formatDay(baseline.heldAt)}.`
            : '.'}
        </p>
      )}
      {changes.note && (
        <SectionMessage appearance={changes.basis === 'none' ? 'warning' : 'information'}>
          <p>{changes.note}</p>
        </SectionMessage>
      )}
      {changes.basis !== 'none' && (
        <>
          <h4 style={minorHeading}>b) External and internal issues</h4>
          <ContextChanges
            label="Changes in external and internal issues"
            changes={changes.issues}
            none="No changes in the scope, the issues, climate change or the AI roles."
            testId="context-changes-b"
          />
          <h4 style={minorHeading}>c) Interested parties</h4>
          <ContextChanges
            label="Changes in interested parties and their requirements"
            changes={changes.parties}
            none="No changes in the interested parties or their requirements."
            testId="context-changes-c"
          />
        </>
      )}
    </TitledSection>
  );
}
