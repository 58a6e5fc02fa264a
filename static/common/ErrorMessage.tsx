import SectionMessage from '@atlaskit/section-message';
import { errorMessageOf } from './error-message';
import { useI18n } from './i18n/I18nProvider';

/** An error as Atlassian products show it: a red section message with the reason. */
export function ErrorMessage({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  return (
    <div role="alert">
      <SectionMessage appearance="error" title={title ?? t('common.somethingWentWrong')}>
        <p>{errorMessageOf(error)}</p>
      </SectionMessage>
    </div>
  );
}
