import Lozenge from '@atlaskit/lozenge';
import type { ProvisioningStatus } from './admin-schemas';
import { Section } from './Section';
import { KeyValueTable, useI18n } from '../../common';
import { note } from '../../common/styles';

/** What provisioning has set up so far, in which project, and when it last completed. */
export function StatusSection({
  status,
  projectKey,
}: {
  status: ProvisioningStatus | null;
  projectKey: string;
}) {
  const { t, number, dateTime } = useI18n();
  const rows: [string, string][] = status
    ? [
        [
          t('admin.status.completedSteps'),
          status.completedSteps.join(', ') || t('admin.status.noStepsYet'),
        ],
        [t('admin.status.issueTypes'), number(status.issueTypes)],
        [t('admin.status.fields'), number(status.fields)],
        [t('admin.status.linkTypes'), number(status.linkTypes)],
        [t('admin.status.workflows'), number(status.workflows)],
        [t('admin.status.controls'), number(status.controls)],
        [t('admin.status.started'), dateTime(status.startedAt)],
        [
          t('admin.status.completed'),
          status.completedAt ? dateTime(status.completedAt) : t('admin.status.notCompleted'),
        ],
      ]
    : [];
  return (
    <Section id="status" title={t('admin.status.title')}>
      <p data-testid="status-summary" style={{ margin: 0 }}>
        {status ? (
          <>
            {t('admin.status.project')} <strong>{status.projectKey}</strong>{' '}
            {status.completedAt ? (
              <Lozenge appearance="success">{t('admin.status.provisioned')}</Lozenge>
            ) : (
              <Lozenge appearance="inprogress">{t('admin.status.incomplete')}</Lozenge>
            )}
          </>
        ) : (
          <>
            {t('admin.status.project')} <strong>{projectKey}</strong>{' '}
            <Lozenge>{t('admin.status.notProvisioned')}</Lozenge>
          </>
        )}
      </p>
      {status ? (
        <KeyValueTable label={t('admin.status.table')} rows={rows} testId="status-table" />
      ) : (
        <p style={note}>{t('admin.status.nothingYet')}</p>
      )}
    </Section>
  );
}
