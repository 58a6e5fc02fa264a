import DynamicTable from '@atlaskit/dynamic-table';
import type { ConfiguredReadinessView } from '../../../src/ui-contract/readiness-macro-view';
import { MoreInJira, TitledSection, tableOf, useI18n } from '../../common';
import type { Column, Translator } from '../../common';
import { muted } from '../../common/styles';

type Finding = ConfiguredReadinessView['externalFindings']['first'][number];

const columns = (t: Translator['t']): readonly Column<Finding>[] => [
  { key: 'key', title: t('readiness.external.finding'), width: 15, cell: (f) => f.key },
  { key: 'summary', title: t('readiness.external.summary'), width: 45, cell: (f) => f.summary },
  {
    key: 'grade',
    title: t('readiness.external.grade'),
    cell: (f) => f.grade ?? t('readiness.external.notGraded'),
  },
  { key: 'status', title: t('readiness.external.status'), cell: (f) => f.status },
];

/** The findings of the external audit, imported through the findings import (newest first). */
export function ExternalFindings({
  findings,
}: {
  findings: ConfiguredReadinessView['externalFindings'];
}) {
  const { t } = useI18n();
  return (
    <TitledSection
      titleId="readiness-external"
      title={t('readiness.external.title')}
      testId="readiness-external-findings"
    >
      {findings.first.length === 0 ? (
        <p style={muted}>{t('readiness.external.none')}</p>
      ) : (
        <div data-testid="readiness-external-table">
          <DynamicTable
            label={t('readiness.external.title')}
            {...tableOf(columns(t), findings.first, (f) => f.key)}
          />
        </div>
      )}
      {findings.more && (
        <MoreInJira
          shown={findings.first.length}
          total={findings.more.total}
          what={t('readiness.external.what')}
          jql={findings.more.jql}
        />
      )}
    </TitledSection>
  );
}
