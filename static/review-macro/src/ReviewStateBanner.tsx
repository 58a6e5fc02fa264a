import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../common';
import { mono, muted } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { heldCountsSentence } from './review-sentences';

/** Where the review stands: a live draft, held and frozen, or a held record that was altered. */
export function ReviewStateBanner({ view }: { view: ConfiguredReviewView }) {
  const i18n = useI18n();
  const { t, tn, dateTime } = i18n;
  if (view.state === 'tampered') {
    return (
      <div role="alert" data-testid="review-tampered">
        <SectionMessage appearance="error" title={t('review.banner.tampered')}>
          <p>{t('review.banner.tamperedText')}</p>
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
        <SectionMessage appearance="success" title={t('review.banner.held')}>
          <p>
            {t('review.banner.heldText', {
              name: view.held.heldBy.displayName,
              date: dateTime(view.held.heldAt),
              version: view.held.pageVersion
                ? t('review.banner.pageVersion', { version: view.held.pageVersion })
                : '',
            })}
          </p>
          {view.held.hiddenItems > 0 && (
            <p data-testid="review-hidden-items">
              {tn('review.banner.hiddenItems', view.held.hiddenItems)}
            </p>
          )}
          <p data-testid="review-held-counts">
            {heldCountsSentence(
              i18n,
              view.held.heldBy.displayName,
              view.held.heldAt,
              view.held.countedUnseen,
            )}
          </p>
          <p style={muted}>
            {t('review.banner.hash')} <span style={mono}>{view.held.contentHash}</span>
          </p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <SectionMessage appearance="information" title={t('review.state.draft')}>
      <p>{t('review.banner.draftText', { project: view.projectKey })}</p>
      {view.editBlockers.map((b) => (
        <p key={b}>{b}</p>
      ))}
    </SectionMessage>
  );
}
