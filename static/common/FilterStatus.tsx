import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { muted } from './styles';
import { useI18n } from './i18n/I18nProvider';

/**
 * Beside a filter that asks the app again: "Filtering…" with a spinner while the answer is on its
 * way, then how many items it shows ("12 controls shown"), announced to screen readers.
 */
export function FilterStatus({
  busy,
  shownText,
  testId,
}: {
  busy: boolean;
  /** How many items the filter shows, in words ("12 controls shown"). */
  shownText: string;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <span
      role="status"
      aria-live="polite"
      aria-busy={busy}
      data-testid={testId}
      style={{ ...muted, display: 'inline-flex', gap: token('space.075'), alignItems: 'center' }}
    >
      {busy ? (
        <>
          <Spinner size="small" label={t('common.filtering')} />
          {t('common.filteringNow')}
        </>
      ) : (
        shownText
      )}
    </span>
  );
}
