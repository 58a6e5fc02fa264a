import { JiraSearchLink } from './JiraSearchLink';
import { note } from './styles';
import { useI18n } from './i18n/I18nProvider';

/**
 * Under a list that holds only the first of more items: says so ("The first 10 of 312 risks")
 * and links to all of them in Jira's issue search, opened by the host in a new tab.
 */
export function MoreInJira({
  shown,
  total,
  what,
  jql,
  testId,
}: {
  shown: number;
  total: number;
  what: string;
  jql: string | null;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <p style={note} data-testid={testId ?? 'more-in-jira'}>
      {t('common.firstOf', { shown, total, what })}
      {jql === null ? (
        '.'
      ) : (
        <>
          {' · '}
          <JiraSearchLink jql={jql}>{t('common.allInJira', { total })}</JiraSearchLink>
        </>
      )}
    </p>
  );
}
