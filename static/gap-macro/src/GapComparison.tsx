import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { tableOf, useI18n } from '../../common';
import type { Column, Translator } from '../../common';
import { looseStack, muted } from '../../common/styles';
import type { GapComparisonView } from '../../../src/ui-contract/gap-macro-view';
import { percent, statusName } from './gap-status';

type Change = GapComparisonView['changes'][number];
type Score = GapComparisonView['groups'][number];

const DIRECTION = { improved: 'success', regressed: 'removed', changed: 'default' } as const;
const DIRECTION_NAMES: Readonly<Record<Change['direction'], (t: Translator['t']) => string>> = {
  improved: (t) => t('gap.direction.improved'),
  regressed: (t) => t('gap.direction.regressed'),
  changed: (t) => t('gap.direction.changed'),
};

const changeColumns = ({ t }: Translator): readonly Column<Change>[] => [
  {
    key: 'ref',
    title: t('gap.column.requirement'),
    cell: (c) => `${c.ref} ${c.title}`,
    width: 46,
  },
  { key: 'from', title: t('gap.column.before'), cell: (c) => statusName(t, c.from) },
  { key: 'to', title: t('gap.column.now'), cell: (c) => statusName(t, c.to) },
  {
    key: 'direction',
    title: t('gap.column.change'),
    cell: (c) => (
      <Lozenge appearance={DIRECTION[c.direction]}>{DIRECTION_NAMES[c.direction](t)}</Lozenge>
    ),
  },
];

const scoreColumns = (i18n: Translator): readonly Column<Score>[] => [
  {
    key: 'group',
    title: i18n.t('gap.column.group'),
    cell: (g) => `${g.group} ${g.title}`,
    width: 50,
  },
  { key: 'previous', title: i18n.t('gap.column.before'), cell: (g) => percent(i18n, g.previous) },
  { key: 'current', title: i18n.t('gap.column.now'), cell: (g) => percent(i18n, g.current) },
];

/** Progress since the previous completed assessment: what moved, and readiness before and now. */
export function GapComparison({ comparison }: { comparison: GapComparisonView | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!comparison) {
    return (
      <p style={muted} data-testid="gap-comparison">
        {t('gap.comparison.none')}
      </p>
    );
  }
  const changes = tableOf(changeColumns(i18n), comparison.changes, (c) => c.ref);
  const scores = tableOf(scoreColumns(i18n), comparison.groups, (g) => g.group);
  return (
    <div style={looseStack} data-testid="gap-comparison">
      <p>
        {t('gap.comparison.summary', {
          before: percent(i18n, comparison.overall.previous),
          now: percent(i18n, comparison.overall.current),
          title: comparison.previous.title,
          completed: i18n.date(comparison.previous.completedAt),
          improved: comparison.improved,
          regressed: comparison.regressed,
          changed: comparison.changes.length,
        })}
      </p>
      {comparison.changes.length > 0 && (
        <DynamicTable label={t('gap.comparison.changes')} head={changes.head} rows={changes.rows} />
      )}
      <DynamicTable label={t('gap.comparison.scores')} head={scores.head} rows={scores.rows} />
    </div>
  );
}
