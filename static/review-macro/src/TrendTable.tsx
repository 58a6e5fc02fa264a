import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import { MoreInJira } from '../../common';
import type { TrackedItemTrendsView } from '../../../src/ui-contract/review-macro-view';
import type { Column } from '../../common';
import { tableOf } from '../../common';
import { muted, subheading } from '../../common/styles';
import { IssueKeyList } from '../../common/IssueKeyLink';

/** A bar whose length shows a count (token colours; the number is always written beside it). */
function Bar({ value, max, color }: { value: number; max: number; color: string }) {
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
      {value}
    </span>
  );
}

type Trend = TrackedItemTrendsView['byMonth'][number];
type SourceTrend = TrackedItemTrendsView['bySource'][number];

const COUNT_COLUMNS = [
  { key: 'opened', title: 'Opened', color: token('color.background.information.bold') },
  { key: 'closed', title: 'Closed', color: token('color.background.success.bold') },
  { key: 'overdue', title: 'Overdue', color: token('color.background.danger.bold') },
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
  const max = Math.max(1, ...trends.byMonth.flatMap((m) => [m.opened, m.closed, m.overdue]));
  const monthColumns: Column<Trend>[] = [
    { key: 'what', title: 'Month', cell: (m) => m.month },
    ...COUNT_COLUMNS.map((c) => ({
      key: c.key,
      title: c.title,
      cell: (m: Trend) => <Bar value={m[c.key]} max={max} color={c.color} />,
    })),
  ];
  const sourceColumns: Column<SourceTrend>[] = [
    { key: 'what', title: 'Source', cell: (s) => s.source },
    ...COUNT_COLUMNS.map((c) => ({
      key: c.key,
      title: c.title,
      cell: (s: SourceTrend) => s[c.key],
    })),
  ];
  return (
    <div data-testid={testId}>
      <h4 style={subheading}>{title}</h4>
      <p>
        Opened {trends.opened}, closed {trends.closed}, overdue {trends.overdue}; open at the end of
        the period: {trends.openAtEnd}.
      </p>
      <DynamicTable
        label={`${title} by month`}
        {...tableOf(monthColumns, trends.byMonth, (m) => m.month)}
      />
      {trends.bySource.length > 0 ? (
        <DynamicTable
          label={`${title} by source`}
          {...tableOf(sourceColumns, trends.bySource, (s) => s.source)}
        />
      ) : (
        <p style={muted}>None that you can see.</p>
      )}
      {trends.overdueItems.length > 0 && (
        <p style={muted}>
          Overdue:{' '}
          <IssueKeyList
            items={trends.overdueItems.map((i) => ({ key: i.key, note: `(due ${i.dueDate})` }))}
          />
        </p>
      )}
      {trends.overdue > trends.overdueItems.length && (
        <MoreInJira
          shown={trends.overdueItems.length}
          total={trends.overdue}
          what="overdue items"
          jql={overdueJql}
          testId={`${testId}-more`}
        />
      )}
    </div>
  );
}
