import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import { MoreInJira, useI18n } from '../../common';
import type { TrackedItemTrendsView } from '../../../src/ui-contract/review-macro-view';
import type { Column } from '../../common';
import { tableOf } from '../../common';
import { muted, subheading } from '../../common/styles';
import { IssueKeyList } from '../../common/IssueKeyLink';

/** A bar whose length shows a count (token colours; the number is always written beside it). */
function Bar({ value, max, color }: { value: number; max: number; color: string }) {
  const { number } = useI18n();
  const width = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: `${Math.max(width, value > 0 ? 6 : 0)}px`,
          maxWidth: '100px',
          height: '8px',
          borderRadius: token('radius.small'),
          backgroundColor: color,
        }}
      />
      {number(value)}
    </span>
  );
}

type Trend = TrackedItemTrendsView['byMonth'][number];
type SourceTrend = TrackedItemTrendsView['bySource'][number];

const COUNT_COLUMNS = [
  { key: 'opened', color: token('color.background.information.bold') },
  { key: 'closed', color: token('color.background.success.bold') },
  { key: 'overdue', color: token('color.background.danger.bold') },
] as const;

/** Opened / closed / overdue per month and per source, for one kind of record (9.3.2 d). */
export function TrendTable({
  title,
  trends,
  overdueJql,
  testId,
}: {
  title: string;
  trends: TrackedItemTrendsView;
  /** The JQL of all the overdue items (shown when only the first are listed). */
  overdueJql: string | null;
  testId: string;
}) {
  const { t, date, month, number } = useI18n();
  const countTitle = {
    opened: t('review.trend.opened'),
    closed: t('review.trend.closed'),
    overdue: t('review.overdue'),
  };
  const max = Math.max(1, ...trends.byMonth.flatMap((m) => [m.opened, m.closed, m.overdue]));
  const monthColumns: Column<Trend>[] = [
    { key: 'what', title: t('review.month'), cell: (m) => month(m.month) },
    ...COUNT_COLUMNS.map((c) => ({
      key: c.key,
      title: countTitle[c.key],
      cell: (m: Trend) => <Bar value={m[c.key]} max={max} color={c.color} />,
    })),
  ];
  const sourceColumns: Column<SourceTrend>[] = [
    { key: 'what', title: t('review.trend.source'), cell: (s) => s.source },
    ...COUNT_COLUMNS.map((c) => ({
      key: c.key,
      title: countTitle[c.key],
      cell: (s: SourceTrend) => number(s[c.key]),
    })),
  ];
  return (
    <div data-testid={testId}>
      <h4 style={subheading}>{title}</h4>
      <p>
        {t('review.trend.summary', {
          opened: trends.opened,
          closed: trends.closed,
          overdue: trends.overdue,
          openAtEnd: trends.openAtEnd,
        })}
      </p>
      <DynamicTable
        label={t('review.trend.byMonth', { title })}
        {...tableOf(monthColumns, trends.byMonth, (m) => m.month)}
      />
      {trends.bySource.length > 0 ? (
        <DynamicTable
          label={t('review.trend.bySource', { title })}
          {...tableOf(sourceColumns, trends.bySource, (s) => s.source)}
        />
      ) : (
        <p style={muted}>{t('review.trend.none')}</p>
      )}
      {trends.overdueItems.length > 0 && (
        <p style={muted}>
          {t('review.trend.overdueList')}{' '}
          <IssueKeyList
            items={trends.overdueItems.map((i) => ({
              key: i.key,
              note: t('review.trend.due', { date: date(i.dueDate) }),
            }))}
          />
        </p>
      )}
      {trends.overdue > trends.overdueItems.length && (
        <MoreInJira
          shown={trends.overdueItems.length}
          total={trends.overdue}
          what={t('review.trend.what')}
          jql={overdueJql}
          testId={`${testId}-more`}
        />
      )}
    </div>
  );
}
