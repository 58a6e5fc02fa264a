import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { TrackedItemTrendsView } from '../../../src/ui-contract/review-macro-view';
import { muted, subheading } from '../../common/styles';

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

const HEAD = (first: string) => ({
  cells: [
    { key: 'what', content: first },
    { key: 'opened', content: 'Opened' },
    { key: 'closed', content: 'Closed' },
    { key: 'overdue', content: 'Overdue' },
  ],
});

/** Opened / closed / overdue per month and per source, for one kind of record (9.3.2 d). */
export function TrendTable({
  title,
  trends,
  testId,
}: {
  title: string;
  trends: TrackedItemTrendsView;
  testId: string;
}) {
  const max = Math.max(1, ...trends.byMonth.flatMap((m) => [m.opened, m.closed, m.overdue]));
  const monthRows = trends.byMonth.map((m) => ({
    key: m.month,
    cells: [
      { key: 'what', content: m.month },
      {
        key: 'opened',
        content: (
          <Bar value={m.opened} max={max} color={token('color.background.information.bold')} />
        ),
      },
      {
        key: 'closed',
        content: <Bar value={m.closed} max={max} color={token('color.background.success.bold')} />,
      },
      {
        key: 'overdue',
        content: <Bar value={m.overdue} max={max} color={token('color.background.danger.bold')} />,
      },
    ],
  }));
  const sourceRows = trends.bySource.map((s) => ({
    key: s.source,
    cells: [
      { key: 'what', content: s.source },
      { key: 'opened', content: s.opened },
      { key: 'closed', content: s.closed },
      { key: 'overdue', content: s.overdue },
    ],
  }));
  return (
    <div data-testid={testId}>
      <h4 style={subheading}>{title}</h4>
      <p>
        Opened {trends.opened}, closed {trends.closed}, overdue {trends.overdue}; open at the end of
        the period: {trends.openAtEnd}.
      </p>
      <DynamicTable label={`${title} by month`} head={HEAD('Month')} rows={monthRows} />
      {sourceRows.length > 0 ? (
        <DynamicTable label={`${title} by source`} head={HEAD('Source')} rows={sourceRows} />
      ) : (
        <p style={muted}>None that you can see.</p>
      )}
      {trends.overdueItems.length > 0 && (
        <p style={muted}>
          Overdue: {trends.overdueItems.map((i) => `${i.key} (due ${i.dueDate})`).join(', ')}
        </p>
      )}
    </div>
  );
}
