import Spinner from '@atlaskit/spinner';
import { useI18n } from './i18n/I18nProvider';

/** Centered spinner with an accessible status label. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  const text = label ?? t('common.loading');
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', gap: 8, alignItems: 'center', padding: 8 }}
    >
      <Spinner size="medium" label={text} />
      <span>{text}…</span>
    </div>
  );
}
