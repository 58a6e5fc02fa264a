import SectionMessage from '@atlaskit/section-message';
import { TitledSection, useI18n } from '../../common';
import { ContextChanges } from '../../common/ContextChanges';
import { minorHeading, muted } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';

/**
 * Inputs 9.3.2 b) and c) from the AIMS scope and context: what changed in it since the previous
 * held review (live while a draft, frozen once held). The reviewers still add text below.
 */
export function ScopeContextChanges({ view }: { view: ConfiguredReviewView }) {
  const { t, day } = useI18n();
  const changes = view.contextChanges;
  if (!changes) return null;
  const { current, baseline } = changes;
  return (
    <TitledSection
      titleId="input-scope-context"
      title={t('review.bc.title')}
      testId="input-scope-context"
    >
      {current && (
        <p style={muted}>
          {baseline
            ? t('review.bc.fromCompared', {
                title: current.title,
                revision: current.revision,
                baseline: baseline.revision,
                date: day(baseline.heldAt),
              })
            : t('review.bc.from', { title: current.title, revision: current.revision })}
        </p>
      )}
      {changes.note && (
        <SectionMessage appearance={changes.basis === 'none' ? 'warning' : 'information'}>
          <p>{changes.note}</p>
        </SectionMessage>
      )}
      {changes.basis !== 'none' && (
        <>
          <h4 style={minorHeading}>{t('review.bc.issues')}</h4>
          <ContextChanges
            label={t('review.bc.issuesLabel')}
            changes={changes.issues}
            none={t('review.bc.issuesNone')}
            testId="context-changes-b"
          />
          <h4 style={minorHeading}>{t('review.bc.parties')}</h4>
          <ContextChanges
            label={t('review.bc.partiesLabel')}
            changes={changes.parties}
            none={t('review.bc.partiesNone')}
            testId="context-changes-c"
          />
        </>
      )}
    </TitledSection>
  );
}
