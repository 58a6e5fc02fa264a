import DynamicTable from '@atlaskit/dynamic-table';
import ProgressBar from '@atlaskit/progress-bar';
import { TitledSection, tableOf, useI18n } from '../../common';
import type { Column, Translator } from '../../common';
import { muted } from '../../common/styles';
import type { z } from 'zod';
import type { gapReadinessSchema } from '../../../src/ui-contract/gap-macro-view';
import { percent } from './gap-status';

type Readiness = z.infer<typeof gapReadinessSchema>;
type GroupRow = Readiness['groups'][number];

const columns = (i18n: Translator): readonly Column<GroupRow>[] => {
  const { t, number } = i18n;
  return [
    { key: 'group', title: t('gap.column.group'), cell: (g) => `${g.group} ${g.title}`, width: 34 },
    {
      key: 'score',
      title: t('gap.column.readiness'),
      width: 18,
      cell: (g) => (
        <div>
          <ProgressBar
            value={(g.score ?? 0) / 100}
            ariaLabel={t('gap.readiness.groupLabel', {
              group: g.group,
              score: percent(i18n, g.score),
            })}
          />
          <span>{percent(i18n, g.score)}</span>
        </div>
      ),
    },
    { key: 'conformant', title: t('gap.status.conformant'), cell: (g) => number(g.conformant) },
    { key: 'partly', title: t('gap.status.partly'), cell: (g) => number(g.partly) },
    { key: 'notStarted', title: t('gap.status.notStarted'), cell: (g) => number(g.notStarted) },
    {
      key: 'notApplicable',
      title: t('gap.status.notApplicable'),
      cell: (g) => number(g.notApplicable),
    },
    { key: 'unassessed', title: t('gap.status.unassessed'), cell: (g) => number(g.unassessed) },
  ];
};

/** Readiness overall, for clauses 4–10 and Annex A, and per group. */
export function GapReadiness({ readiness }: { readiness: Readiness }) {
  const i18n = useI18n();
  const { t } = i18n;
  const table = tableOf(columns(i18n), readiness.groups, (g) => g.group);
  return (
    <TitledSection titleId="gap-readiness" title={t('gap.readiness.title')} testId="gap-readiness">
      <p data-testid="gap-readiness-overall">
        {t('gap.readiness.overall', {
          overall: percent(i18n, readiness.overall.score),
          clauses: percent(i18n, readiness.clauses.score),
          annexA: percent(i18n, readiness.annexA.score),
        })}
      </p>
      <p style={muted}>{t('gap.readiness.rule')}</p>
      <DynamicTable label={t('gap.readiness.table')} head={table.head} rows={table.rows} />
    </TitledSection>
  );
}
